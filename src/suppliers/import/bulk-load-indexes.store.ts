import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.ts';

export interface DeferredIndexes {
  /** The indexes dropped for the load, recreated by rebuild(); empty when they are kept up row by row. */
  names: string[];
  rebuild: () => Promise<void>;
}

const KEPT_UP: DeferredIndexes = { names: [], rebuild: async () => {} };

/**
 * Building an index over loaded rows costs about half of keeping it up row by row (the trigram index on
 * search_text: ≈ 3 s against ≈ 5.5 s for 100,000 suppliers on PGlite; docs/benchmarks.md section 1), which
 * is PostgreSQL's own advice for bulk loads ("Populating a Database": remove indexes, load, recreate them).
 * So the table's plain indexes are dropped before a large load and recreated, from their stored
 * definitions, before the transaction commits:
 *
 * - on PGlite only: it is one connection, and the import's transaction holds it exclusively, so nobody sees
 *   the table without its indexes, and a failure rolls the drop back with the rows. On PostgreSQL, dropping
 *   an index would lock every other organisation's reads of the table out until the import commits;
 * - only when the load is at least as large as the table: the rebuild covers the whole table, so for a small
 *   import into a large registry it would cost more than it saves;
 * - unique and primary-key indexes stay: they check the rows as they come and name the constraint an import
 *   that lost a race reports (suppliers_registration_key).
 */
export async function deferIndexesForBulkLoad(
  trx: Tx,
  table: string,
  incomingRows: number,
): Promise<DeferredIndexes> {
  const engine = await sql<{ version: string }>`select version() as version`.execute(trx);
  if (!engine.rows[0]?.version.includes('PGlite')) return KEPT_UP;
  const existing = await sql<{ n: number }>`
    select count(*)::int as n from (select 1 from ${sql.table(table)} limit ${incomingRows + 1}) as t`.execute(
    trx,
  );
  if ((existing.rows[0]?.n ?? 0) > incomingRows) return KEPT_UP;
  const { rows: indexes } = await sql<{ name: string; definition: string }>`
    select i.relname as name, pg_get_indexdef(i.oid) as definition
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = ${table}::regclass
      and not x.indisunique and not x.indisprimary and not x.indisexclusion and x.indisvalid
    order by i.relname`.execute(trx);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  return {
    names: indexes.map((index) => index.name),
    rebuild: async () => {
      // A GIN build sorts its entries in memory: 64 MB (the default) makes it spill for large tables.
      await sql`set local maintenance_work_mem = '256MB'`.execute(trx);
      for (const index of indexes) await sql.raw(index.definition).execute(trx);
    },
  };
}
