import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code.
//
// Imports record one audit entry per import instead of one per supplier (docs/decisions.md, "Supplier
// imports: one audit entry per import"). Each imported supplier keeps where it came from: the import and the
// row of the file (as a spreadsheet numbers it, the header being row 1). Suppliers created by hand have
// neither. No foreign key to supplier_imports: checking it would cost every imported row a lookup, and
// `audit verify` checks the link against the import's audit entry instead.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table suppliers add column import_id text, add column import_row integer`.execute(db);
  await sql`
    alter table suppliers add constraint suppliers_import_origin_check
      check ((import_id is null) = (import_row is null))`.execute(db);
  await sql`
    create index suppliers_import_idx on suppliers (organization_id, import_id, import_row)
    where import_id is not null`.execute(db);
  // Uploaded files are stored gzip-compressed by the application (fast level): a third of the bytes to pass
  // through PGlite's parameters and to write, and nothing left for the database's own compression to try.
  await sql`
    alter table supplier_imports
      add column content_encoding text not null default 'identity'
        check (content_encoding in ('identity', 'gzip'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table supplier_imports drop column if exists content_encoding`.execute(db);
  await sql`drop index if exists suppliers_import_idx`.execute(db);
  await sql`alter table suppliers drop constraint if exists suppliers_import_origin_check`.execute(db);
  await sql`alter table suppliers drop column if exists import_row, drop column if exists import_id`.execute(
    db,
  );
}
