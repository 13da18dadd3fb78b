import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code. A later change is a new migration.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table organizations (
      id text primary key,
      name text not null,
      slug text not null unique,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table users (
      id text primary key,
      organization_id text not null references organizations(id),
      email text not null,
      name text not null,
      role text not null check (role in ('admin','compliance_officer','procurement','legal','customs','auditor','supplier')),
      password_hash text not null,
      supplier_id text,
      disabled boolean not null default false,
      created_at timestamptz not null default now(),
      last_sign_in_at timestamptz,
      constraint users_email_lowercase check (email = lower(email))
    )`.execute(db);
  // One e-mail signs in to one organisation: sign-in asks for e-mail and password only.
  await sql`create unique index users_email_key on users (email)`.execute(db);
  await sql`create index users_org_idx on users (organization_id, email)`.execute(db);

  await sql`
    create table sessions (
      token_hash text primary key,
      user_id text not null references users(id),
      organization_id text not null references organizations(id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);

  await sql`
    create table api_keys (
      id text primary key,
      organization_id text not null references organizations(id),
      name text not null,
      role text not null,
      prefix text not null,
      secret_hash text not null unique,
      created_by text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index api_keys_org_idx on api_keys (organization_id, created_at)`.execute(db);

  await sql`
    create table login_attempts (
      id bigserial primary key,
      email text not null,
      ip text not null,
      succeeded boolean not null,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index login_attempts_email_idx on login_attempts (email, at)`.execute(db);
  await sql`create index login_attempts_ip_idx on login_attempts (ip, at)`.execute(db);

  // The audit chain: one chain per organisation; audit_heads holds the last link and is locked
  // (select ... for update) by every writer, so links are appended one at a time.
  await sql`
    create table audit_heads (
      organization_id text primary key references organizations(id),
      last_seq bigint not null,
      last_hash text not null
    )`.execute(db);
  await sql`
    create table audit_log (
      organization_id text not null references organizations(id),
      seq bigint not null,
      at timestamptz not null,
      actor_type text not null,
      actor_id text not null,
      actor_label text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null,
      primary key (organization_id, seq)
    )`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (organization_id, entity_type, entity_id, seq)`.execute(
    db,
  );
  await sql`create index audit_log_actor_idx on audit_log (organization_id, actor_id, seq)`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (organization_id, at)`.execute(db);

  await sql`
    create table suppliers (
      id text primary key,
      organization_id text not null references organizations(id),
      legal_name text not null,
      other_names jsonb not null default '[]',
      country text not null,
      registration_number text,
      registration_type text,
      address jsonb not null default '{}',
      contacts jsonb not null default '[]',
      product_categories jsonb not null default '[]',
      status text not null check (status in ('prospect','onboarding','approved','conditional','suspended','blacklisted')),
      tags jsonb not null default '[]',
      search_text text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    )`.execute(db);
  await sql`create index suppliers_org_name_idx on suppliers (organization_id, legal_name, id)`.execute(db);
  await sql`create index suppliers_org_updated_idx on suppliers (organization_id, updated_at, id)`.execute(
    db,
  );
  await sql`create index suppliers_org_country_idx on suppliers (organization_id, country)`.execute(db);
  await sql`create index suppliers_org_status_idx on suppliers (organization_id, status)`.execute(db);
  await sql`create index suppliers_tags_idx on suppliers using gin (tags jsonb_path_ops)`.execute(db);
  await sql`create index suppliers_search_idx on suppliers using gin (search_text gin_trgm_ops)`.execute(db);
  // A registration number identifies one company in its country's register.
  await sql`
    create unique index suppliers_registration_key on suppliers (organization_id, country, registration_number)
    where registration_number is not null`.execute(db);
  await sql`alter table users add constraint users_supplier_fk foreign key (supplier_id) references suppliers(id)`.execute(
    db,
  );

  await sql`
    create table supplier_imports (
      id text primary key,
      organization_id text not null references organizations(id),
      created_by text not null,
      file_name text not null,
      format text not null,
      content bytea not null,
      total_rows integer not null,
      status text not null check (status in ('uploaded','running','completed','failed')),
      created integer,
      skipped integer,
      error jsonb,
      created_at timestamptz not null default now(),
      completed_at timestamptz
    )`.execute(db);
  await sql`create index supplier_imports_org_idx on supplier_imports (organization_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'supplier_imports',
    'audit_log',
    'audit_heads',
    'login_attempts',
    'api_keys',
    'sessions',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table users drop constraint if exists users_supplier_fk`.execute(db);
  for (const table of ['suppliers', 'users', 'organizations']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
