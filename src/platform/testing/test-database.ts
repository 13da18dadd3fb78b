import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-db.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI sets it), so store tests run on both. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

let dumpBytes: Buffer | undefined;

/** A fresh, migrated database of the given kind; close() throws it away. */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    dumpBytes ??= readFileSync(inject('pgliteDumpPath'));
    return createDatabase({ kind: 'pglite', dataDir: 'memory://' }, { loadDataDir: new Blob([dumpBytes]) });
  }
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need DATABASE_URL');
  // The pid is the main process's (from the template name), so the global teardown finds leftovers.
  const runPid = template.split('_')[2];
  const name = `tg_test_${runPid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const handle = await createDatabase({ kind: 'postgres', url: testUrl.toString() }, { poolSize: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      // pg's pool.end() resolves once it has asked its clients to end, not once they have: dropping "with
      // (force)" at once kills a closing connection, whose client then throws an unhandled 57P01 error.
      for (let wait = 0; wait < 100; wait++) {
        const open = await dropper.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (open.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
