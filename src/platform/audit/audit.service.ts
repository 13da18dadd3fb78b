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
import {
  type AuditEntryContent,
  type ChainBreak,
  chainEntries,
  createChainVerifier,
  toJsonValue,
} from './audit-chain.ts';
import { findEvidenceCheck } from './audit-evidence.ts';

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

/**
 * Recomputes every link of the organisation's chain and reports the first that does not hold: an entry
 * changed, missing or out of line, or the data an entry commits to (audit-evidence.ts) no longer matching it.
 */
export async function verifyAuditChain(db: Db, organizationId: string): Promise<ChainReport> {
  const verifier = createChainVerifier();
  for await (const rows of readAuditChain(db, organizationId)) {
    for (const row of rows) {
      const entry = {
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
      };
      const broken = verifier.push({ ...entry, prevHash: row.prev_hash, hash: row.hash });
      if (broken) return { ok: false, checked: verifier.checked(), firstBroken: broken };
      // The entry is as written; what it stands for must be too (an entry counts as checked with its evidence).
      const missing = await checkEvidence(db, entry);
      if (missing) return { ok: false, checked: verifier.checked() - 1, firstBroken: missing };
    }
  }
  const broken = verifier.finish(await findAuditHead(db, organizationId));
  return { ok: broken === null, checked: verifier.checked(), firstBroken: broken };
}

async function checkEvidence(db: Db, entry: AuditEntryContent): Promise<ChainBreak | null> {
  const check = findEvidenceCheck(entry.action);
  const reason = check ? await check(db, entry) : null;
  return reason
    ? { seq: entry.seq, reason: `the evidence of entry ${entry.seq} does not hold: ${reason}` }
    : null;
}

export async function verifyAuditChainFor(db: Db, actor: Actor): Promise<ChainReport> {
  requirePermission(actor, 'audit:read');
  return verifyAuditChain(db, actor.organizationId);
}
