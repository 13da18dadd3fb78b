import { sql } from 'kysely';
import type { Executor, Tx } from '../db/transaction.ts';
import { type ChainedAuditEntry, GENESIS_HASH, type JsonValue } from './audit-chain.ts';

export interface AuditHead {
  lastSeq: number;
  lastHash: string;
}

export async function createAuditHead(trx: Executor, organizationId: string): Promise<void> {
  await trx
    .insertInto('audit_heads')
    .values({ organization_id: organizationId, last_seq: 0, last_hash: GENESIS_HASH })
    .execute();
}

/** Locks the organisation's chain head until the transaction ends: writers append one after another. */
export async function lockAuditHead(trx: Tx, organizationId: string): Promise<AuditHead> {
  const row = await trx
    .selectFrom('audit_heads')
    .select(['last_seq', 'last_hash'])
    .where('organization_id', '=', organizationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { lastSeq: row.last_seq, lastHash: row.last_hash };
}

export async function findAuditHead(db: Executor, organizationId: string): Promise<AuditHead | null> {
  const row = await db
    .selectFrom('audit_heads')
    .select(['last_seq', 'last_hash'])
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row ? { lastSeq: row.last_seq, lastHash: row.last_hash } : null;
}

function jsonOrNull(value: JsonValue | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

/** Writes entries in one statement (unnest), whatever their number, and moves the head. */
export async function insertAuditEntries(trx: Tx, entries: ChainedAuditEntry[]): Promise<void> {
  const last = entries.at(-1);
  if (!last) return;
  const column = <K extends keyof ChainedAuditEntry>(key: K) => entries.map((entry) => entry[key]);
  await sql`
    insert into audit_log (organization_id, seq, at, actor_type, actor_id, actor_label, action, entity_type,
      entity_id, before, after, prev_hash, hash)
    select o, s, a::timestamptz, at_, ai, al, ac, et, ei, b::jsonb, af::jsonb, ph, h
    from unnest(${column('organizationId')}::text[], ${column('seq')}::bigint[], ${column('at')}::text[],
      ${column('actorType')}::text[], ${column('actorId')}::text[], ${column('actorLabel')}::text[],
      ${column('action')}::text[], ${column('entityType')}::text[], ${column('entityId')}::text[],
      ${entries.map((e) => jsonOrNull(e.before))}::text[], ${entries.map((e) => jsonOrNull(e.after))}::text[],
      ${column('prevHash')}::text[], ${column('hash')}::text[])
      as t(o, s, a, at_, ai, al, ac, et, ei, b, af, ph, h)`.execute(trx);
  await trx
    .updateTable('audit_heads')
    .set({ last_seq: last.seq, last_hash: last.hash })
    .where('organization_id', '=', last.organizationId)
    .execute();
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

function filtered(db: Executor, organizationId: string, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').where('organization_id', '=', organizationId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query;
}

export async function listAuditEntries(
  db: Executor,
  organizationId: string,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const [items, total] = await Promise.all([
    filtered(db, organizationId, filter)
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    filtered(db, organizationId, filter)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}

/** Reads the chain in seq order, one page after another. */
export async function* readAuditChain(db: Executor, organizationId: string, pageSize = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)?.seq ?? after;
  }
}
