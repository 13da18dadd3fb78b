import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { recordAudit } from '../src/platform/audit/audit.service.ts';
import { chainEntries, GENESIS_HASH, toJsonValue } from '../src/platform/audit/audit-chain.ts';
import { newId } from '../src/platform/auth/tokens.ts';
import { createDatabase } from '../src/platform/db/create-db.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { systemActor } from '../src/platform/tenancy/actor.ts';
import { createOrganization } from '../src/platform/tenancy/organizations.service.ts';
import { suggestMapping } from '../src/suppliers/import/column-mapping.ts';
import { findImportContent, insertImport } from '../src/suppliers/import/imports.store.ts';
import { parseTable } from '../src/suppliers/import/parse-table.ts';
import { validateRows } from '../src/suppliers/import/validate-rows.ts';
import { toRecord } from '../src/suppliers/suppliers.service.ts';
import { findTakenRegistrations, insertSuppliers } from '../src/suppliers/suppliers.store.ts';
import { generateSuppliersCsv } from './generate-suppliers.ts';
import { printHeader } from './lib/machine.ts';

/**
 * Where the import's database time goes, step by step, on PGlite: the same store calls as the import
 * service makes, timed one by one (storing and reading the file, the registry check, each chunk's supplier
 * insert and audit entries). --drop-indexes drops the named indexes first, to see what maintaining them costs.
 * A diagnosis, not a figure: it bypasses the service, so its total is not the import's.
 *
 *   node bench/diagnose-import.ts [--rows 100000] [--drop-indexes suppliers_search_idx,...] [--memory]
 */

const CHUNK = 5000; // as in imports.service.ts

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    'drop-indexes': { type: 'string', default: '' },
    memory: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const dropped = values['drop-indexes'].split(',').filter((name) => /^[a-z_]+$/.test(name));
printHeader('Diagnosis: the import step by step on PGlite', {
  database: values.memory ? 'PGlite in memory' : 'PGlite on disk under the temp dir',
  'indexes dropped': dropped.join(', ') || 'none',
});

const bytes = new TextEncoder().encode(generateSuppliersCsv({ rows }));
const { table } = await parseTable(bytes, 'suppliers.csv');
const { valid } = validateRows(table, suggestMapping(table.headers));
const dir = mkdtempSync(join(tmpdir(), 'tg-bench-diagnose-'));
const database = await createDatabase({
  kind: 'pglite',
  dataDir: values.memory ? 'memory://' : join(dir, 'db'),
});
const timings: [string, number][] = [];
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const found = timings.find(([name]) => name === label);
  const ms = performance.now() - started;
  if (found) found[1] += ms;
  else timings.push([label, ms]);
  return result;
}
try {
  const db = database.db;
  await migrateToLatest(db);
  for (const name of dropped) await sql`drop index ${sql.id(name)}`.execute(db);
  const { organization } = await createOrganization(db, {
    name: 'Diagnosis Ltd',
    slug: 'diagnosis',
    admin: { email: 'admin@diagnosis.invalid', name: 'Diagnosis', password: 'diagnosis-password-1' },
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
  await timed('read the file back once (findImportContent)', () =>
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
    for (let start = 0; start < valid.length; start += CHUNK) {
      const chunk = valid.slice(start, start + CHUNK);
      const records = await timed('toRecord (search text)', async () =>
        chunk.map((row) => toRecord(newId(), row.input)),
      );
      await timed('insertSuppliers', () => insertSuppliers(trx, organization.id, records, new Date()));
      await timed('recordAudit (chain hashes + insert)', () =>
        recordAudit(
          trx,
          actor,
          records.map((record, i) => ({
            action: 'supplier.imported',
            entityType: 'supplier',
            entityId: record.id,
            after: { ...chunk[i]?.input, id: record.id, importId, fileRow: chunk[i]?.row },
          })),
        ),
      );
    }
  });
  // The JavaScript part of recordAudit alone: plain JSON of each entry, canonical JSON, SHA-256 chain.
  await timed(
    '  of which the audit chain in JavaScript (toJsonValue + chainEntries, no database)',
    async () => {
      const at = new Date().toISOString();
      chainEntries(
        { lastSeq: 0, lastHash: GENESIS_HASH },
        valid.map((row) => ({
          organizationId: organization.id,
          at,
          actorType: actor.type,
          actorId: actor.id,
          actorLabel: actor.label,
          action: 'supplier.imported',
          entityType: 'supplier',
          entityId: newId(),
          before: null,
          after: toJsonValue({ ...row.input, id: newId(), importId, fileRow: row.row }),
        })),
      );
    },
  );
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
for (const [label, ms] of timings)
  process.stdout.write(`${(ms / 1000).toFixed(2).padStart(7)} s  ${label}\n`);
