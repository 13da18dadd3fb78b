import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code.
//
// Substance lists (the EU cosmetics annexes, ECHA's Candidate List, REACH Annexes XIV and XVII, the POPs list):
// public reference data like the sanctions lists, so no organization_id. Each import is a version of its list,
// compared with the one in force (entries added, changed, removed by reference); the version in force answers
// ingredient checks, and a file that fails to read leaves it in force.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table substance_list_versions (
      id text primary key,
      list text not null,
      file_name text not null,
      sha256 text not null,
      entry_count integer not null,
      added integer not null,
      changed integer not null,
      removed integer not null,
      imported_by text not null,
      imported_at timestamptz not null default now(),
      is_current boolean not null default false
    )`.execute(db);
  await sql`create unique index substance_list_versions_current_idx on substance_list_versions (list) where is_current`.execute(
    db,
  );
  await sql`
    create table substance_list_entries (
      version_id text not null references substance_list_versions(id) on delete cascade,
      position integer not null,
      reference text not null,
      content_hash text not null,
      content jsonb not null,
      primary key (version_id, position)
    )`.execute(db);
  await sql`
    create table substance_list_changes (
      version_id text not null references substance_list_versions(id) on delete cascade,
      reference text not null,
      change text not null check (change in ('added', 'changed', 'removed')),
      primary key (version_id, reference)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists substance_list_changes`.execute(db);
  await sql`drop table if exists substance_list_entries`.execute(db);
  await sql`drop table if exists substance_list_versions`.execute(db);
}
