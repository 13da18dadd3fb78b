import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type RawBuilder, sql } from 'kysely';
import { findSessionWithUser } from '../src/platform/auth/auth.store.ts';
import { createDatabase } from '../src/platform/db/create-db.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { seedDemoIfEmpty } from '../src/platform/demo/seed-demo.ts';
import { systemActor } from '../src/platform/tenancy/actor.ts';
import { listOrganizations } from '../src/platform/tenancy/organizations.service.ts';
import { executeImport, prepareImport, uploadImport } from '../src/suppliers/import/imports.service.ts';
import type { SupplierFilter } from '../src/suppliers/supplier.model.ts';
import { listSuppliers } from '../src/suppliers/suppliers.service.ts';
import { countSuppliers, findSupplierPage } from '../src/suppliers/suppliers-list.store.ts';
import { generateSuppliersCsv } from './generate-suppliers.ts';
import { printHeader } from './lib/machine.ts';

/**
 * What one supplier-list request costs in the database, query by query, on the data the API benchmark
 * serves (the demo plus generated suppliers, on PGlite on disk): wall and CPU time per call, the plans of
 * the count and of a search page, and the same after `VACUUM ANALYZE suppliers` (PGlite runs no autovacuum;
 * the import only merges the trigram index's pending list and refreshes statistics). "total from the cache"
 * is what a request costs once the list's total is known (suppliers.service.ts). A diagnosis, not a figure.
 *
 *   node bench/diagnose-list.ts [--suppliers 10000] [--iterations 100]
 */

const { values } = parseArgs({
  options: {
    suppliers: { type: 'string', default: '10000' },
    iterations: { type: 'string', default: '100' },
  },
});
const iterations = Math.min(10_000, Math.max(1, Number(values.iterations)));
printHeader('Diagnosis: the supplier list query by query on PGlite', {
  data: `demo + ${values.suppliers} generated suppliers`,
});

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-diagnose-'));
const database = await createDatabase({ kind: 'pglite', dataDir: join(dir, 'db') });

async function time(label: string, work: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 5; i++) await work();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) await work();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - started) / iterations;
  const cpuMs = (used.user + used.system) / 1000 / iterations;
  process.stdout.write(
    `${wall.toFixed(2).padStart(7)} ms wall ${cpuMs.toFixed(2).padStart(7)} ms CPU  ${label}\n`,
  );
}

async function explain(db: typeof database.db, query: RawBuilder<unknown>): Promise<void> {
  const plan = await sql<Record<string, string>>`explain analyze ${query}`.execute(db);
  const lines = plan.rows.map((row) => Object.values(row)[0] ?? '');
  process.stdout.write(`${lines.map((line) => `    ${line}`).join('\n')}\n`);
}

try {
  const db = database.db;
  await migrateToLatest(db);
  await seedDemoIfEmpty(db);
  const [organization] = await listOrganizations(db);
  if (!organization) throw new Error('No organisation after the demo seed');
  const actor = systemActor(organization.id, 'bench: diagnosis');
  const csv = generateSuppliersCsv({ rows: Number(values.suppliers) });
  const preview = await uploadImport(db, actor, {
    fileName: 'suppliers.csv',
    bytes: new TextEncoder().encode(csv),
  });
  const job = await prepareImport(db, actor, preview.id, {
    mapping: preview.suggestedMapping,
    acceptInvalidRows: true,
  });
  await executeImport(db, job);

  const scope = { organizationId: organization.id };
  const order = { sort: 'legalName', descending: false, limit: 25, offset: 0 } as const;
  const pageAndCount = (filter: SupplierFilter) => () =>
    Promise.all([findSupplierPage(db, scope, filter, order), countSuppliers(db, scope, filter)]);
  const listed = (filter: SupplierFilter) => () =>
    listSuppliers(db, actor, filter, { page: 1, pageSize: 25, sort: 'legalName', descending: false });
  const measureAll = async () => {
    await time('select 1 (one round trip)', () => sql`select 1`.execute(db));
    await time('session lookup (sessions ⋈ users ⋈ organizations)', () =>
      findSessionWithUser(db, 'a'.repeat(64)),
    );
    await time('count(*) of the organisation', () => countSuppliers(db, scope, {}));
    await time('first page, 25 by name, select *', () =>
      db
        .selectFrom('suppliers')
        .selectAll()
        .where('organization_id', '=', organization.id)
        .orderBy('legal_name')
        .orderBy('id')
        .limit(25)
        .execute(),
    );
    await time('first page, 25 by name, row_to_json (findSupplierPage)', () =>
      findSupplierPage(db, scope, {}, order),
    );
    for (const [label, filter] of [
      ['list', {}],
      ['q=müller', { q: 'müller' }],
      ['q=电子', { q: '电子' }],
    ] as const) {
      await time(`${label}: page + count`, pageAndCount(filter));
      await time(`${label}: listSuppliers (total from the cache)`, listed(filter));
    }
  };
  const countQuery = sql`select count(*) from suppliers where organization_id = ${organization.id}`;
  const searchQuery = sql`select row_to_json(suppliers)::text from suppliers
    where organization_id = ${organization.id} and search_text like '%muller%' order by legal_name, id limit 25`;
  process.stdout.write('\nas the import leaves it:\n');
  await measureAll();
  await explain(db, countQuery);
  await explain(db, searchQuery);
  await sql`vacuum analyze suppliers`.execute(db);
  process.stdout.write('\nafter VACUUM ANALYZE suppliers:\n');
  await measureAll();
  await explain(db, countQuery);
  await explain(db, searchQuery);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
