import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../platform/auth/passwords.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

const COMMANDS = [
  ['serve'],
  ['migrate'],
  ['user', 'create'],
  ['suppliers', 'import'],
  ['suppliers', 'export'],
  ['audit', 'verify'],
];
const PASSWORD = 'a password long enough';

describe('tradeguard CLI', () => {
  let workspace: CliWorkspace;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
  });
  afterAll(() => workspace.cleanup());

  describe('help and usage', () => {
    it.each([[[]], [['--help']], [['-h']], [['help']]])('prints the overview for %j', async (argv) => {
      const result = await runCommand(argv);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Usage: tradeguard COMMAND [options]');
      for (const path of COMMANDS)
        expect(result.stdout).toMatch(new RegExp(`^  ${path.join(' ')} +\\S`, 'm'));
    });

    it.each(COMMANDS.map((path) => [path.join(' '), path] as const))(
      'prints the help of "%s"',
      async (_name, path) => {
        for (const flag of ['--help', '-h']) {
          const result = await runCommand([...path, flag]);
          expect(result.code).toBe(0);
          expect(result.stdout.startsWith(`tradeguard ${path.join(' ')} — `)).toBe(true);
          expect(result.stdout).toContain(`Usage: tradeguard ${path.join(' ')}`);
        }
      },
    );

    it('exits 2 on an unknown command and shows the overview', async () => {
      for (const argv of [['frobnicate', 'now'], ['suppliers'], ['suppliers', 'delete']]) {
        const result = await runCommand(argv);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.startsWith(`Unknown command: ${argv.join(' ')}\n`)).toBe(true);
        expect(result.stderr).toContain('Usage: tradeguard COMMAND [options]');
      }
    });

    it('exits 2 on an unknown option or an extra argument', async () => {
      const option = await runCommand(['migrate', '--force']);
      expect(option.code).toBe(2);
      expect(option.stderr).toContain("Unknown option '--force'");
      expect(option.stderr).toContain('Run with --help for usage.');
      const extra = await runCommand(['audit', 'verify', 'extra']);
      expect(extra).toEqual({
        code: 2,
        stdout: '',
        stderr: 'Unexpected argument: extra\nRun with --help for usage.\n',
      });
    });
  });

  describe('migrate', () => {
    it('says the schema is up to date when it is', async () => {
      expect(await runCommand(['migrate'])).toEqual({
        code: 0,
        stdout: 'The schema is up to date.\n',
        stderr: '',
      });
    });

    it('creates and migrates a database in a new data directory', async () => {
      const fresh = mkdtempSync(join(tmpdir(), 'tg-cli-fresh-'));
      try {
        const first = await runCommand(['migrate'], { TRADEGUARD_DATA_DIR: fresh });
        expect(first.code).toBe(0);
        expect(first.stderr).toBe('');
        // Every migration, in order, starting with the platform's (later modules add theirs).
        expect(first.stdout).toMatch(
          /^Applied: 2026-11-22-01-platform(, \d{4}-\d{2}-\d{2}-\d{2}-[a-z-]+)*\n$/,
        );
        const second = await runCommand(['migrate'], { TRADEGUARD_DATA_DIR: fresh });
        expect(second.stdout).toBe('The schema is up to date.\n');
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    }, 60_000);
  });

  describe('user create', () => {
    const args = (email: string, role = 'procurement') => [
      'user',
      'create',
      '--email',
      email,
      '--name',
      'Pat Buyer',
      '--role',
      role,
    ];

    it('creates a user with the password from TRADEGUARD_PASSWORD', async () => {
      const result = await runCommand(args('Pat@CLI.test'), { TRADEGUARD_PASSWORD: PASSWORD });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^Created procurement pat@cli\.test \([0-9a-f-]{36}\)\n$/);
      const user = await workspace.withDb((db) =>
        db
          .selectFrom('users')
          .select(['id', 'role', 'organization_id', 'password_hash', 'name'])
          .where('email', '=', 'pat@cli.test')
          .executeTakeFirstOrThrow(),
      );
      expect(result.stdout).toContain(user.id);
      expect(user).toMatchObject({
        role: 'procurement',
        organization_id: workspace.orgId,
        name: 'Pat Buyer',
      });
      expect(await verifyPassword(PASSWORD, user.password_hash)).toBe(true);
    });

    it('exits 2 with a clear message when TRADEGUARD_PASSWORD is missing or short', async () => {
      const missing = await runCommand(args('nopass@cli.test'));
      expect(missing.code).toBe(2);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toBe(
        "TRADEGUARD_PASSWORD: set it to the new user's password (at least 12 characters)\nRun with --help for usage.\n",
      );
      const short = await runCommand(args('short@cli.test'), { TRADEGUARD_PASSWORD: 'short' });
      expect(short).toEqual({
        code: 2,
        stdout: '',
        stderr: 'TRADEGUARD_PASSWORD: At least 12 characters\nRun with --help for usage.\n',
      });
    });

    it('exits 2 on bad options and 3 when the user cannot be created', async () => {
      const env = { TRADEGUARD_PASSWORD: PASSWORD };
      const badRole = await runCommand(args('role@cli.test', 'owner'), env);
      expect(badRole.code).toBe(2);
      expect(badRole.stderr.startsWith('--role: ')).toBe(true);
      const badOrg = await runCommand([...args('org@cli.test'), '--org', 'nope'], env);
      expect(badOrg.code).toBe(2);
      expect(badOrg.stderr).toContain('No organisation with the slug "nope" (there are: org)');
      const taken = await runCommand(args('admin@cli.test'), env);
      expect(taken.code).toBe(3);
      expect(taken.stderr).toBe('Error (conflict): A user with the e-mail admin@cli.test already exists\n');
      const unlinked = await runCommand(args('portal@cli.test', 'supplier'), env);
      expect(unlinked.code).toBe(3);
      expect(unlinked.stderr).toBe(
        'Error (validation_failed): A supplier user needs the supplier they belong to\n',
      );
      const created = await workspace.withDb((db) =>
        db
          .selectFrom('users')
          .select('email')
          .where('email', 'in', ['role@cli.test', 'org@cli.test', 'portal@cli.test'])
          .execute(),
      );
      expect(created).toEqual([]);
    });
  });

  describe('audit verify', () => {
    it('exits 1 and names the holder while another handle holds the embedded database', async () => {
      const handle = await workspace.open();
      try {
        const result = await runCommand(['audit', 'verify']);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(
          `Error (database_locked): The embedded database in ${workspace.dataDir}`,
        );
        expect(result.stderr).toContain(`in use by process ${process.pid}`);
      } finally {
        await handle.close();
      }
    });

    it('answers OK for an untouched chain', async () => {
      const result = await runCommand(['audit', 'verify']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^org: OK, \d+ entries verified\n$/);
      const orgOnly = await runCommand(['audit', 'verify', '--org', 'org']);
      expect(orgOnly.stdout).toBe(result.stdout);
      expect(await runCommand(['audit', 'verify', '--org', 'nope'])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'No organisation with the slug "nope"\n',
      });
    });

    it('exits 1 and names the first broken entry after a row was edited in the database', async () => {
      await workspace.withDb((db) =>
        sql`update audit_log set actor_label = 'someone else' where organization_id = ${workspace.orgId} and seq = 2`.execute(
          db,
        ),
      );
      const result = await runCommand(['audit', 'verify']);
      expect(result).toEqual({
        code: 1,
        stdout:
          'org: BROKEN at entry 2: entry 2 was changed after it was written (hash mismatch) (1 entries verified before it)\n',
        stderr: '',
      });
    });
  });
});
