import { sql } from 'kysely';
import type { SupplierRow } from '../platform/db/database.ts';
import type { Executor } from '../platform/db/transaction.ts';
import type { Supplier, SupplierFilter, SupplierSort } from './supplier.model.ts';
import {
  filteredSuppliers,
  SUPPLIER_SORT_COLUMNS,
  type SupplierScope,
  toSupplier,
} from './suppliers.store.ts';

/** A supplier row as `row_to_json` writes it: the timestamps as ISO 8601 text, jsonb columns as JSON. */
type SupplierJsonRow = Omit<SupplierRow, 'created_at' | 'updated_at'> & {
  created_at: string;
  updated_at: string;
};

function supplierFromJson(text: string): Supplier {
  const row: SupplierJsonRow = JSON.parse(text);
  return toSupplier({ ...row, created_at: new Date(row.created_at), updated_at: new Date(row.updated_at) });
}

/**
 * One page of suppliers. The database writes each row as one JSON text: PGlite then hands over one string
 * per row instead of decoding fifteen columns (five of them jsonb) in JavaScript, about half the cost of
 * `select *` there (bench/diagnose-list.ts). Same order and tie-break as the export.
 */
export async function findSupplierPage(
  db: Executor,
  scope: SupplierScope,
  filter: SupplierFilter,
  options: { sort: SupplierSort; descending: boolean; limit: number; offset: number },
): Promise<Supplier[]> {
  const direction = options.descending ? 'desc' : 'asc';
  const rows = await filteredSuppliers(db, scope, filter)
    .select(sql<string>`row_to_json(suppliers)::text`.as('json'))
    .orderBy(SUPPLIER_SORT_COLUMNS[options.sort], direction)
    .orderBy('id', direction)
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((row) => supplierFromJson(row.json));
}

/** How many suppliers match, all pages together. */
export async function countSuppliers(
  db: Executor,
  scope: SupplierScope,
  filter: SupplierFilter,
): Promise<number> {
  const row = await filteredSuppliers(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
