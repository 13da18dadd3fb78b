import { sql } from 'kysely';
import type { Executor, Tx } from '../../platform/db/transaction.ts';
import type { SupplierRecord } from '../suppliers.store.ts';

export interface ImportedSupplierRecord extends SupplierRecord {
  /** The row of the file the supplier came from, as a spreadsheet numbers it (the header is row 1). */
  importRow: number;
}

/**
 * Inserts a chunk of an import's suppliers in one statement (each column one array parameter, turned into
 * rows by unnest), each marked with the import and its file row so that its origin can be traced.
 */
export async function insertImportedSuppliers(
  trx: Tx,
  organizationId: string,
  importId: string,
  records: ImportedSupplierRecord[],
  at: Date,
) {
  if (records.length === 0) return;
  const col = <T>(pick: (record: ImportedSupplierRecord) => T) => records.map(pick);
  const json = (pick: (record: ImportedSupplierRecord) => unknown) =>
    records.map((record) => JSON.stringify(pick(record)));
  await sql`
    insert into suppliers (id, organization_id, legal_name, other_names, country, registration_number,
      registration_type, address, contacts, product_categories, status, tags, search_text, created_at, updated_at,
      import_id, import_row)
    select id, ${organizationId}, legal_name, other_names::jsonb, country, registration_number, registration_type,
      address::jsonb, contacts::jsonb, product_categories::jsonb, status, tags::jsonb, search_text,
      ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz, ${importId}, import_row
    from unnest(${col((r) => r.id)}::text[], ${col((r) => r.legalName)}::text[], ${json((r) => r.otherNames)}::text[],
      ${col((r) => r.country)}::text[], ${col((r) => r.registrationNumber)}::text[],
      ${col((r) => r.registrationType)}::text[], ${json((r) => r.address)}::text[], ${json((r) => r.contacts)}::text[],
      ${json((r) => r.productCategories)}::text[], ${col((r) => r.status)}::text[], ${json((r) => r.tags)}::text[],
      ${col((r) => r.searchText)}::text[], ${col((r) => r.importRow)}::int[])
      as t(id, legal_name, other_names, country, registration_number, registration_type, address, contacts,
        product_categories, status, tags, search_text, import_row)`.execute(trx);
}

/**
 * The suppliers that name an import as their origin: how many, and the SHA-256 of their `<file row> <id>`
 * lines in file-row order joined by newlines (the digest the import's audit entry recorded).
 */
export async function digestImportedSuppliers(db: Executor, organizationId: string, importId: string) {
  const { rows } = await sql<{ count: number; digest: string | null }>`
    select count(*)::int as count,
      encode(sha256(convert_to(string_agg(import_row::text || ' ' || id, E'\\n' order by import_row, id), 'UTF8')), 'hex')
        as digest
    from suppliers
    where organization_id = ${organizationId} and import_id = ${importId}`.execute(db);
  return { count: rows[0]?.count ?? 0, digest: rows[0]?.digest ?? null };
}
