import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code.
//
// Jobs: work done after a change commits (screening new suppliers, re-screening after a list update), taken
// from this table with FOR UPDATE SKIP LOCKED so that several processes can share it. A job is enqueued in the
// same transaction as the change that asks for it: the change and its follow-up are recorded together.
//
// Review: a match that was decided and is found again after either side changed is reopened, and the earlier
// decision is kept beside it; a match that no longer reaches the threshold after a change is `cleared`.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table jobs (
      id text primary key,
      organization_id text references organizations(id),
      kind text not null,
      payload jsonb not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      attempts integer not null default 0,
      max_attempts integer not null default 3,
      run_after timestamptz not null default now(),
      locked_until timestamptz,
      progress jsonb,
      result jsonb,
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    )`.execute(db);
  await sql`create index jobs_ready_idx on jobs (run_after, created_at) where status in ('queued', 'running')`.execute(
    db,
  );
  await sql`create index jobs_org_idx on jobs (organization_id, kind, created_at)`.execute(db);

  await sql`alter table screening_matches drop constraint screening_matches_status_check`.execute(db);
  await sql`
    alter table screening_matches add constraint screening_matches_status_check
    check (status in ('open', 'true_match', 'false_positive', 'delisted', 'cleared'))`.execute(db);
  await sql`alter table screening_matches add column party_label text not null default ''`.execute(db);
  await sql`alter table screening_matches add column entity_caption text not null default ''`.execute(db);
  await sql`alter table screening_matches add column previous_decision jsonb`.execute(db);
  await sql`alter table screening_matches add column note text`.execute(db);
  await sql`create index screening_matches_party_idx on screening_matches (organization_id, party_type, party_id)`.execute(
    db,
  );

  // Why a supplier has its status, when the platform set it (a confirmed sanctions match suspends it).
  await sql`alter table suppliers add column status_reason text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table suppliers drop column if exists status_reason`.execute(db);
  await sql`drop index if exists screening_matches_party_idx`.execute(db);
  for (const column of ['note', 'previous_decision', 'entity_caption', 'party_label']) {
    await sql`alter table screening_matches drop column if exists ${sql.ref(column)}`.execute(db);
  }
  await sql`alter table screening_matches drop constraint screening_matches_status_check`.execute(db);
  await sql`
    alter table screening_matches add constraint screening_matches_status_check
    check (status in ('open', 'true_match', 'false_positive', 'delisted'))`.execute(db);
  await sql`drop table if exists jobs`.execute(db);
}
