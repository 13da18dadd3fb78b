import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code.
//
// Products: an organisation's catalogue, checked against the regulations knowledge base. `category_text` keeps
// the user's own words, `category_id` the taxonomy id they were resolved to (null when nothing fitted), so a
// better resolution later never loses what the user wrote. Incidents (a clearance delay, a seizure) raise a
// product's or a category's risk in a market. Rule-pack versions record what each shipped knowledge base
// changed; subscriptions and notifications tell users of changes when published and again before they apply.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table products (
      id text primary key,
      organization_id text not null references organizations(id),
      sku text not null,
      name text not null,
      category_text text not null default '',
      category_id text,
      hs_code text,
      brand text,
      third_party_brand boolean,
      materials text[] not null default '{}',
      ingredients text[] not null default '{}',
      specifications text not null default '',
      supplier_id text references suppliers(id),
      origin text,
      target_markets text[] not null default '{}',
      certifications text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organization_id, sku)
    )`.execute(db);
  await sql`create index products_org_name_idx on products (organization_id, name)`.execute(db);
  await sql`create index products_org_category_idx on products (organization_id, category_id)`.execute(db);

  await sql`
    create table product_incidents (
      id text primary key,
      organization_id text not null references organizations(id),
      product_id text references products(id),
      category_id text,
      market text not null,
      kind text not null check (kind in ('clearance_delay', 'seizure', 'rejection', 'recall')),
      occurred_on date not null,
      note text not null default '',
      created_at timestamptz not null default now(),
      check (product_id is not null or category_id is not null)
    )`.execute(db);
  await sql`create index product_incidents_org_idx on product_incidents (organization_id, market)`.execute(
    db,
  );

  await sql`
    create table rule_pack_versions (
      id text primary key,
      digest text not null unique,
      rule_count integer not null,
      rules jsonb not null,
      changes jsonb not null,
      previous_id text references rule_pack_versions(id),
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table regulation_subscriptions (
      id text primary key,
      organization_id text not null references organizations(id),
      user_id text not null references users(id),
      markets text[] not null default '{}',
      topics text[] not null default '{}',
      categories text[] not null default '{}',
      email boolean not null default false,
      webhook_url text,
      webhook_secret text,
      created_at timestamptz not null default now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`create index regulation_subscriptions_org_idx on regulation_subscriptions (organization_id)`.execute(
    db,
  );

  await sql`
    create table regulation_notifications (
      id text primary key,
      organization_id text not null references organizations(id),
      subscription_id text not null references regulation_subscriptions(id) on delete cascade,
      rule_id text not null,
      rule_version integer not null,
      kind text not null check (kind in ('published', 'reminder')),
      -- The rule-pack version that published it ('' for reminders): a rule version changed by a later pack is
      -- announced again.
      pack_version_id text not null default '',
      effective_from date not null,
      title text not null,
      payload jsonb not null,
      email_status text not null default 'none',
      webhook_status text not null default 'none',
      read_at timestamptz,
      created_at timestamptz not null default now(),
      unique (subscription_id, rule_id, rule_version, kind, pack_version_id)
    )`.execute(db);
  await sql`create index regulation_notifications_inbox_idx on regulation_notifications (organization_id, subscription_id, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'regulation_notifications',
    'regulation_subscriptions',
    'rule_pack_versions',
    'product_incidents',
    'products',
  ]) {
    await sql`drop table if exists ${sql.raw(table)}`.execute(db);
  }
}
