import type { Db, Tx } from '../db/transaction.ts';
import { type Actor, requirePermission } from '../tenancy/actor.ts';
import {
  type AuditFilter,
  findAuditHead,
  insertAuditEntries,
  listAuditEntries,
  lockAuditHead,
  readAuditChain,
} from './audit.store.ts';
import { type ChainBreak, chainEntries, createChainVerifier, toJsonValue } from './audit-chain.ts';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records changes in the audit chain inside the caller's transaction: the change and its audit entry are
 * written together or not at all.
 */
export async function recordAudit(trx: Tx, actor: Actor, changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const head = await lockAuditHead(trx, actor.organizationId);
  const at = new Date().toISOString();
  const entries = chainEntries(
    head,
    changes.map((change) => ({
      organizationId: actor.organizationId,
      at,
      actorType: actor.type,
      actorId: actor.id,
      actorLabel: actor.label,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: toJsonValue(change.before),
      after: toJsonValue(change.after),
    })),
  );
  await insertAuditEntries(trx, entries);
}

export async function listAudit(
  db: Db,
  actor: Actor,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
) {
  requirePermission(actor, 'audit:read');
  const { items, total } = await listAuditEntries(db, actor.organizationId, filter, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return {
    items: items.map((row) => ({
      seq: row.seq,
      at: row.at.toISOString(),
      actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before,
      after: row.after,
      hash: row.hash,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total,
  };
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken: ChainBreak | null;
}

/** Recomputes every link of the organisation's chain and reports the first that does not hold. */
export async function verifyAuditChain(db: Db, organizationId: string): Promise<ChainReport> {
  const verifier = createChainVerifier();
  for await (const rows of readAuditChain(db, organizationId)) {
    for (const row of rows) {
      const broken = verifier.push({
        organizationId: row.organization_id,
        seq: row.seq,
        at: row.at.toISOString(),
        actorType: row.actor_type,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: toJsonValue(row.before),
        after: toJsonValue(row.after),
        prevHash: row.prev_hash,
        hash: row.hash,
      });
      if (broken) return { ok: false, checked: verifier.checked(), firstBroken: broken };
    }
  }
  const broken = verifier.finish(await findAuditHead(db, organizationId));
  return { ok: broken === null, checked: verifier.checked(), firstBroken: broken };
}

export async function verifyAuditChainFor(db: Db, actor: Actor): Promise<ChainReport> {
  requirePermission(actor, 'audit:read');
  return verifyAuditChain(db, actor.organizationId);
}
