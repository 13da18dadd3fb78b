import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

// An import is audited by one entry that commits to the stored file and the suppliers it created:
// `tradeguard audit verify` reports a change to them at that entry.
describe('tradeguard audit verify after an import', () => {
  let workspace: CliWorkspace;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
  });
  afterAll(() => workspace.cleanup());

  it('answers OK after an import, and names the import entry once its stored file is edited', async () => {
    const path = join(workspace.root, 'three.csv');
    writeFileSync(path, 'Legal name,Country\nAlpha Ltd,GB\nBeta GmbH,DE\nGamma SAS,FR\n');
    expect((await runCommand(['suppliers', 'import', path])).code).toBe(0);
    const entries = await workspace.withDb((db) =>
      db
        .selectFrom('audit_log')
        .select(['seq', 'action', 'entity_id'])
        .where('organization_id', '=', workspace.orgId)
        .where('entity_type', '=', 'supplier_import')
        .execute(),
    );
    expect(entries).toEqual([
      { seq: expect.any(Number), action: 'supplier_import.completed', entity_id: expect.any(String) },
    ]);
    const [entry] = entries;
    if (!entry) throw new Error('no import entry');
    const ok = await runCommand(['audit', 'verify']);
    expect(ok).toEqual({ code: 0, stdout: `org: OK, ${entry.seq} entries verified\n`, stderr: '' });

    await workspace.withDb((db) =>
      sql`update supplier_imports set content = convert_to('Legal name,Country\nAlpha Ltd,GB\n', 'UTF8')
        where id = ${entry.entity_id}`.execute(db),
    );
    const broken = await runCommand(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      new RegExp(
        `^org: BROKEN at entry ${entry.seq}: the evidence of entry ${entry.seq} does not hold: the stored file of import ${entry.entity_id} was changed .*\\(${entry.seq - 1} entries verified before it\\)\\n$`,
      ),
    );
  });
});
