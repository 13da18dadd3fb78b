import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code.
//
// Sanctions lists are public reference data shared by every organisation: list versions and entities carry
// no organization_id. What an organisation does with them (its screenings, matches and decisions) does.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table list_versions (
      id text primary key,
      source text not null,
      label text not null,
      imported_at timestamptz not null default now(),
      imported_by text not null,
      files jsonb not null,
      entity_count integer not null,
      added integer not null,
      changed integer not null,
      removed integer not null,
      previous_id text references list_versions(id),
      is_current boolean not null default false
    )`.execute(db);
  await sql`create unique index list_versions_current_key on list_versions (source) where is_current`.execute(
    db,
  );
  await sql`create index list_versions_source_idx on list_versions (source, imported_at)`.execute(db);

  // Entity contents, stored once per distinct content: versions that keep an entity unchanged share its row.
  await sql`
    create table list_entities (
      source text not null,
      entity_id text not null,
      content_hash text not null,
      schema text not null,
      caption text not null,
      content jsonb not null,
      primary key (source, entity_id, content_hash)
    )`.execute(db);

  await sql`
    create table list_version_entities (
      version_id text not null references list_versions(id),
      entity_id text not null,
      content_hash text not null,
      primary key (version_id, entity_id)
    )`.execute(db);

  await sql`
    create table list_version_changes (
      version_id text not null references list_versions(id),
      entity_id text not null,
      change text not null check (change in ('added', 'changed', 'removed')),
      primary key (version_id, entity_id)
    )`.execute(db);

  // One row per (party, listed entity) pair found at or above the threshold: the review item. A decision
  // holds while both sides stay as they were (party_hash, entity_hash); a change of either reopens it.
  await sql`
    create table screening_matches (
      id text primary key,
      organization_id text not null references organizations(id),
      party_type text not null,
      party_id text not null,
      party_hash text not null,
      source text not null,
      entity_id text not null,
      entity_hash text not null,
      list_version_id text not null references list_versions(id),
      score real not null,
      explanation jsonb not null,
      status text not null check (status in ('open', 'true_match', 'false_positive', 'delisted')),
      decided_by text,
      decided_at timestamptz,
      reason text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    )`.execute(db);
  await sql`
    create unique index screening_matches_pair_key
    on screening_matches (organization_id, party_type, party_id, source, entity_id)`.execute(db);
  await sql`create index screening_matches_queue_idx on screening_matches (organization_id, status, score)`.execute(
    db,
  );
  await sql`create index screening_matches_entity_idx on screening_matches (source, entity_id)`.execute(db);

  // Each time a party was screened: when, why, against which list versions, and what came out.
  await sql`
    create table screening_runs (
      id text primary key,
      organization_id text not null references organizations(id),
      party_type text not null,
      party_id text not null,
      trigger text not null check (trigger in ('created', 'updated', 'imported', 'list_update', 'manual')),
      list_versions jsonb not null,
      matches integer not null,
      ran_at timestamptz not null
    )`.execute(db);
  await sql`create index screening_runs_party_idx on screening_runs (organization_id, party_type, party_id, ran_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'screening_runs',
    'screening_matches',
    'list_version_changes',
    'list_version_entities',
    'list_entities',
    'list_versions',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
