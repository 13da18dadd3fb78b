import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { recordAudit } from '../src/platform/audit/audit.service.ts';
import { newId } from '../src/platform/auth/tokens.ts';
import { createDatabase } from '../src/platform/db/create-db.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { systemActor } from '../src/platform/tenancy/actor.ts';
import { createOrganization } from '../src/platform/tenancy/organizations.service.ts';
import { deferIndexesForBulkLoad } from '../src/suppliers/import/bulk-load-indexes.store.ts';
import { suggestMapping } from '../src/suppliers/import/column-mapping.ts';
import { type CreatedRow, createImportDigests } from '../src/suppliers/import/import-digest.ts';
import { insertImportedSuppliers } from '../src/suppliers/import/imported-suppliers.store.ts';
import { findImportContent, insertImport } from '../src/suppliers/import/imports.store.ts';
import { parseTable } from '../src/suppliers/import/parse-table.ts';
import { describeBytes } from '../src/suppliers/import/parsed-files.ts';
import { validateRows } from '../src/suppliers/import/validate-rows.ts';
import { toRecord } from '../src/suppliers/suppliers.service.ts';
import { analyzeSuppliers, findTakenRegistrations } from '../src/suppliers/suppliers.store.ts';
import { generateSuppliersCsv } from './generate-suppliers.ts';
import { printHeader } from './lib/machine.ts';

/**
 * Where the import's time goes, step by step: the same calls as the import service makes (parsing, checking,
 * storing and reading the file, the registry check, and in the import's transaction each chunk's search
 * text, supplier insert and digests, the index rebuild and the one audit entry), timed one by one, in wall
 * time and in this process's CPU time (PGlite runs inside it, so its CPU time is the database's too and
 * stays meaningful on a busy machine). --drop-indexes drops the named indexes first, to see what keeping
 * them up costs; --keep-indexes keeps every index up row by row (no rebuild). A diagnosis, not a figure.
 *
 *   node bench/diagnose-import.ts [--rows 100000] [--engine pglite|postgres] [--drop-indexes a,b] [--keep-indexes]
 */

const CHUNK = 5000; // as in write-import.ts

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    engine: { type: 'string', default: 'pglite' },
    'drop-indexes': { type: 'string', default: '' },
    'keep-indexes': { type: 'boolean', default: false },
    memory: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const dropped = values['drop-indexes'].split(',').filter((name) => /^[a-z_]+$/.test(name));
const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
printHeader('Diagnosis: the import step by step', {
  database:
    values.engine === 'postgres'
      ? `PostgreSQL at ${new URL(postgresUrl).host} (a scratch schema is NOT made: use an empty test database)`
      : values.memory
        ? 'PGlite in memory'
        : 'PGlite on disk under the temp dir',
  'indexes dropped': dropped.join(', ') || 'none',
  'index upkeep': values['keep-indexes'] ? 'row by row (no rebuild)' : 'as the import does it',
});

const timings: [string, { wall: number; cpu: number }][] = [];
async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  const spent = { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  const found = timings.find(([name]) => name === label);
  if (found) {
    found[1].wall += spent.wall;
    found[1].cpu += spent.cpu;
  } else timings.push([label, spent]);
  return result;
}

const bytes = new TextEncoder().encode(generateSuppliersCsv({ rows }));
const { table } = await timed('parse the file (parseTable)', () => parseTable(bytes, 'suppliers.csv'));
const mapping = suggestMapping(table.headers);
const { valid } = await timed('check every row (validateRows)', () => validateRows(table, mapping));
await timed('SHA-256 of the file', () => describeBytes(bytes));
const dir = mkdtempSync(join(tmpdir(), 'tg-bench-diagnose-'));
const database = await createDatabase(
  values.engine === 'postgres'
    ? { kind: 'postgres', url: postgresUrl }
    : { kind: 'pglite', dataDir: values.memory ? 'memory://' : join(dir, 'db') },
);
try {
  const db = database.db;
  await migrateToLatest(db);
  for (const name of dropped) await sql`drop index ${sql.id(name)}`.execute(db);
  const { organization } = await createOrganization(db, {
    name: 'Diagnosis Ltd',
    slug: `diagnosis-${newId().slice(0, 8)}`,
    admin: {
      email: `admin-${newId()}@diagnosis.invalid`,
      name: 'Diagnosis',
      password: 'diagnosis-password-1',
    },
  });
  const actor = systemActor(organization.id, 'bench: diagnosis');
  const importId = newId();
  await timed(`store the file (insertImport, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB bytea)`, () =>
    insertImport(db, {
      id: importId,
      organizationId: organization.id,
      createdBy: actor.id,
      fileName: 'suppliers.csv',
      format: 'csv',
      content: bytes,
      totalRows: rows,
    }),
  );
  await timed('read the file back once (findImportContent; only in another process)', () =>
    findImportContent(db, organization.id, importId),
  );
  const keys = valid.flatMap((row) =>
    row.input.registrationNumber
      ? [{ country: row.input.country, registrationNumber: row.input.registrationNumber }]
      : [],
  );
  await timed('registry check (findTakenRegistrations)', () =>
    findTakenRegistrations(db, organization.id, keys),
  );
  await db.transaction().execute(async (trx) => {
    const digests = createImportDigests();
    const indexes = values['keep-indexes']
      ? { names: [], rebuild: async () => {} }
      : await timed('drop the plain indexes (PGlite, large load)', () =>
          deferIndexesForBulkLoad(trx, 'suppliers', valid.length),
        );
    for (let start = 0; start < valid.length; start += CHUNK) {
      const created = valid
        .slice(start, start + CHUNK)
        .map((row): CreatedRow => ({ id: newId(), fileRow: row.row, input: row.input }));
      const records = await timed('toRecord (search text)', () =>
        created.map((row) => ({ ...toRecord(row.id, row.input), importRow: row.fileRow })),
      );
      await timed('insertImportedSuppliers', () =>
        insertImportedSuppliers(trx, organization.id, importId, records, new Date()),
      );
      await timed('digests of the created rows (canonical JSON, SHA-256)', () => digests.add(created));
    }
    await timed(`rebuild the indexes (${indexes.names.join(', ') || 'none dropped'})`, () =>
      indexes.rebuild(),
    );
    const digest = digests.finish();
    await timed('recordAudit (one entry for the import)', () =>
      recordAudit(trx, actor, [
        {
          action: 'supplier_import.completed',
          entityType: 'supplier_import',
          entityId: importId,
          after: { rows: { created: digest.count }, ...digest },
        },
      ]),
    );
  });
  await timed('analyze suppliers', () => analyzeSuppliers(db));
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write('   wall s    cpu s  step\n');
for (const [label, { wall, cpu }] of timings) {
  process.stdout.write(
    `${(wall / 1000).toFixed(2).padStart(9)} ${(cpu / 1000).toFixed(2).padStart(8)}  ${label}\n`,
  );
}
