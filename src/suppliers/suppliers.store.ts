import { sql } from 'kysely';
import type { SupplierRow } from '../platform/db/database.ts';
import type { Executor, Tx } from '../platform/db/transaction.ts';
import { queryForms } from './search-key.ts';
import type {
  Supplier,
  SupplierFilter,
  SupplierInput,
  SupplierSort,
  SupplierStatus,
} from './supplier.model.ts';

export function toSupplier(row: SupplierRow): Supplier {
  return {
    id: row.id,
    legalName: row.legal_name,
    otherNames: row.other_names,
    country: row.country,
    registrationNumber: row.registration_number,
    registrationType: row.registration_type as Supplier['registrationType'],
    address: row.address,
    contacts: row.contacts,
    productCategories: row.product_categories,
    status: row.status as SupplierStatus,
    statusReason: row.status_reason,
    tags: row.tags,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export interface SupplierRecord extends SupplierInput {
  id: string;
  searchText: string;
}

/**
 * Inserts any number of suppliers in one statement: each column travels as one array parameter and
 * unnest() turns them into rows (about 25 times faster than row-by-row inserts on PGlite).
 */
export async function insertSuppliers(trx: Tx, organizationId: string, records: SupplierRecord[], at: Date) {
  if (records.length === 0) return;
  const col = <T>(pick: (record: SupplierRecord) => T) => records.map(pick);
  const json = (pick: (record: SupplierRecord) => unknown) =>
    records.map((record) => JSON.stringify(pick(record)));
  await sql`
    insert into suppliers (id, organization_id, legal_name, other_names, country, registration_number,
      registration_type, address, contacts, product_categories, status, tags, search_text, created_at, updated_at)
    select id, ${organizationId}, legal_name, other_names::jsonb, country, registration_number, registration_type,
      address::jsonb, contacts::jsonb, product_categories::jsonb, status, tags::jsonb, search_text,
      ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.legalName)}::text[], ${json((r) => r.otherNames)}::text[],
      ${col((r) => r.country)}::text[], ${col((r) => r.registrationNumber)}::text[],
      ${col((r) => r.registrationType)}::text[], ${json((r) => r.address)}::text[], ${json((r) => r.contacts)}::text[],
      ${json((r) => r.productCategories)}::text[], ${col((r) => r.status)}::text[], ${json((r) => r.tags)}::text[],
      ${col((r) => r.searchText)}::text[])
      as t(id, legal_name, other_names, country, registration_number, registration_type, address, contacts,
        product_categories, status, tags, search_text)`.execute(trx);
}

export async function findSupplierRow(db: Executor, organizationId: string, id: string, lock = false) {
  let query = db
    .selectFrom('suppliers')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updateSupplierRow(
  trx: Tx,
  organizationId: string,
  id: string,
  record: SupplierRecord,
  expectedVersion: number,
) {
  return trx
    .updateTable('suppliers')
    .set({
      legal_name: record.legalName,
      other_names: JSON.stringify(record.otherNames),
      country: record.country,
      registration_number: record.registrationNumber,
      registration_type: record.registrationType,
      address: JSON.stringify(record.address),
      contacts: JSON.stringify(record.contacts),
      product_categories: JSON.stringify(record.productCategories),
      status: record.status,
      // A person who changes the status replaces the platform's reason for the old one.
      status_reason: sql<string | null>`case when status = ${record.status} then status_reason end`,
      tags: JSON.stringify(record.tags),
      search_text: record.searchText,
      updated_at: new Date(),
      version: sql<number>`version + 1`,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/**
 * True for the unique-index violation of suppliers_registration_key: another transaction took the number
 * after this one checked it was free. (PostgreSQL and PGlite errors both carry code and constraint.)
 */
export function isRegistrationTakenError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    error.code === '23505' &&
    'constraint' in error &&
    error.constraint === 'suppliers_registration_key'
  );
}

/** Registration numbers (per country) already used in the organisation, among the ones given. */
export async function findTakenRegistrations(
  db: Executor,
  organizationId: string,
  keys: { country: string; registrationNumber: string }[],
) {
  if (keys.length === 0) return new Map<string, string>();
  const rows = await sql<{ id: string; country: string; registration_number: string }>`
    select s.id, s.country, s.registration_number from suppliers s
    join unnest(${keys.map((k) => k.country)}::text[], ${keys.map((k) => k.registrationNumber)}::text[]) as k(c, n)
      on s.country = k.c and s.registration_number = k.n
    where s.organization_id = ${organizationId}`.execute(db);
  return new Map(rows.rows.map((row) => [`${row.country}|${row.registration_number}`, row.id]));
}

export const SUPPLIER_SORT_COLUMNS = {
  legalName: 'legal_name',
  country: 'country',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<SupplierSort, keyof SupplierRow>;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export interface SupplierScope {
  organizationId: string;
  /** Restricts to one supplier (a supplier's own user). */
  onlyId?: string | null | undefined;
}

/** The organisation's suppliers (or the one a supplier's user may see) that match the filter. */
export function filteredSuppliers(db: Executor, scope: SupplierScope, filter: SupplierFilter) {
  let query = db.selectFrom('suppliers').where('organization_id', '=', scope.organizationId);
  if (scope.onlyId) query = query.where('id', '=', scope.onlyId);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.tag) query = query.where(sql<boolean>`tags @> ${JSON.stringify([filter.tag])}::jsonb`);
  const forms = filter.q ? queryForms(filter.q) : [];
  if (forms.length > 0) {
    query = query.where((eb) =>
      eb.or(forms.map((form) => eb('search_text', 'like', `%${escapeLike(form)}%`))),
    );
  }
  return query;
}

/** Streams matching suppliers in name order, a page at a time (keyset pagination), for exports. */
export async function* streamSupplierRows(
  db: Executor,
  scope: SupplierScope,
  filter: SupplierFilter,
  pageSize = 2000,
) {
  let after: { name: string; id: string } | undefined;
  for (;;) {
    let query = filteredSuppliers(db, scope, filter).selectAll();
    if (after) {
      const { name, id } = after;
      query = query.where((eb) =>
        eb.or([eb('legal_name', '>', name), eb.and([eb('legal_name', '=', name), eb('id', '>', id)])]),
      );
    }
    const rows = await query.orderBy('legal_name').orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { name: last.legal_name, id: last.id };
  }
}

/**
 * After a bulk write: the trigram index's pending list merged and the planner's statistics refreshed.
 * Rows inserted into a GIN index wait in its pending list (up to gin_pending_list_limit, 4 MB) until a
 * vacuum merges them, and PGlite runs no autovacuum; while they wait the planner prices the index so high
 * that `q=müller` scans the whole table (10 ms instead of 2 on 10,000 suppliers, bench/diagnose-list.ts).
 * Merging takes about 0.1 s; a full VACUUM would take a second and more.
 */
export async function analyzeSuppliers(db: Executor) {
  await sql`select gin_clean_pending_list('suppliers_search_idx'::regclass)`.execute(db);
  await sql`analyze suppliers`.execute(db);
}

/** Sets a supplier's status with the platform's reason for it (a new version, like any other change). */
export async function setSupplierStatus(
  trx: Tx,
  organizationId: string,
  id: string,
  status: SupplierStatus,
  reason: string,
) {
  return trx
    .updateTable('suppliers')
    .set({ status, status_reason: reason, updated_at: new Date(), version: sql<number>`version + 1` })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
