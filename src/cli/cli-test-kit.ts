import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, vi } from 'vitest';
import { createDatabase } from '../platform/db/create-db.ts';
import type { Db } from '../platform/db/transaction.ts';
import { createOrganization } from '../platform/tenancy/organizations.service.ts';
import { runCli } from './main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string | undefined>;

function applyEnv(env: Env): Env {
  const saved: Env = {};
  for (const [key, value] of Object.entries(env)) {
    saved[key] = process.env[key];
    if (value === undefined) Reflect.deleteProperty(process.env, key);
    else process.env[key] = value;
  }
  return saved;
}

const asText = (chunk: string | Uint8Array) =>
  typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();

/** Runs the CLI in this process with extra environment variables, and captures what it writes. */
export async function runCommand(argv: string[], env: Env = {}): Promise<CliResult> {
  const saved = applyEnv(env);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += asText(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += asText(chunk);
    return true;
  });
  try {
    const code = await runCli(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    applyEnv(saved);
  }
}

export type CliWorkspace = Awaited<ReturnType<typeof createCliWorkspace>>;

/**
 * A temporary TRADEGUARD_DATA_DIR holding a migrated embedded database with one organisation ("org"). The
 * CLI always uses it, even when the test run has DATABASE_URL set. The database is closed between uses: the
 * embedded database has one holder at a time.
 */
export async function createCliWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'tg-cli-'));
  const dataDir = join(root, 'db');
  const saved = applyEnv({
    TRADEGUARD_DATA_DIR: root,
    DATABASE_URL: undefined,
    TRADEGUARD_PASSWORD: undefined,
  });
  const first = await createDatabase(
    { kind: 'pglite', dataDir },
    { loadDataDir: new Blob([readFileSync(inject('pgliteDumpPath'))]) },
  );
  let orgId: string;
  try {
    const { organization } = await createOrganization(first.db, {
      name: 'CLI Organisation',
      slug: 'org',
      admin: { email: 'admin@cli.test', name: 'Admin', password: 'a long enough password' },
    });
    orgId = organization.id;
  } finally {
    await first.close();
  }

  /** Opens the workspace database for the work, and closes it again before the CLI needs it. */
  async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const handle = await createDatabase({ kind: 'pglite', dataDir });
    try {
      return await work(handle.db);
    } finally {
      await handle.close();
    }
  }

  return {
    root,
    dataDir,
    orgId,
    withDb,
    open: () => createDatabase({ kind: 'pglite', dataDir }),
    cleanup() {
      applyEnv(saved);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
