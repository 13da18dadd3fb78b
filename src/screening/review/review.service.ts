import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { ScreeningMatchesTable } from '../../platform/db/database.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type Actor, requirePermission } from '../../platform/tenancy/actor.ts';
import type { PartyDirectories } from '../parties/party-directory.ts';
import { requestPartyScreening } from '../parties/party-screening.service.ts';
import type { Decision, MatchStatus } from '../parties/reconcile-matches.ts';
import {
  findMatchRow,
  listMatchRows,
  listRunRows,
  type MatchFilter,
  recordDecision,
} from '../parties/screening-matches.store.ts';
import type { PartyType } from '../parties/screening-party.ts';

export interface MatchView {
  id: string;
  partyType: string;
  partyId: string;
  partyLabel: string;
  source: string;
  entityId: string;
  entityCaption: string;
  listVersionId: string;
  score: number;
  status: MatchStatus;
  explanation: unknown;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  previousDecision: unknown;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

function toView(row: Selectable<ScreeningMatchesTable>): MatchView {
  return {
    id: row.id,
    partyType: row.party_type,
    partyId: row.party_id,
    partyLabel: row.party_label,
    source: row.source,
    entityId: row.entity_id,
    entityCaption: row.entity_caption,
    listVersionId: row.list_version_id,
    score: row.score,
    status: row.status,
    explanation: row.explanation,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    reason: row.reason,
    previousDecision: row.previous_decision,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The review queue and its history: open items first by default, best scores first. */
export async function listMatches(
  db: Db,
  actor: Actor,
  filter: MatchFilter,
  page: { page: number; pageSize: number },
) {
  requirePermission(actor, 'screening:read');
  const { rows, total } = await listMatchRows(db, actor.organizationId, filter, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: rows.map(toView), page: page.page, pageSize: page.pageSize, total };
}

export async function getMatch(db: Db, actor: Actor, id: string): Promise<MatchView> {
  requirePermission(actor, 'screening:read');
  const row = await findMatchRow(db, actor.organizationId, id);
  if (!row) throw notFound('Screening match');
  return toView(row);
}

export interface DecisionInput {
  decision: Decision;
  reason: string;
}

/**
 * A reviewer's decision on a potential match, remembered for this party and this entity as they are now
 * (it is reopened if either changes). A true match suspends the party and says why, in the same transaction;
 * a later false positive does not lift the suspension by itself: someone changes the status knowingly.
 */
export async function decideMatch(
  db: Db,
  actor: Actor,
  parties: PartyDirectories,
  id: string,
  input: DecisionInput,
): Promise<MatchView & { partySuspended: boolean }> {
  requirePermission(actor, 'screening:review');
  return db.transaction().execute(async (trx) => {
    const row = await findMatchRow(trx, actor.organizationId, id, true);
    if (!row) throw notFound('Screening match');
    if (row.status === 'cleared' || row.status === 'delisted') {
      throw new AppError(
        'conflict',
        `This item is ${row.status}: ${row.note ?? 'it no longer needs a decision'}`,
        { status: row.status },
      );
    }
    if (row.status === input.decision && row.reason === input.reason)
      return { ...toView(row), partySuspended: false };
    const at = new Date();
    const after = await recordDecision(trx, actor.organizationId, id, {
      status: input.decision,
      decidedBy: actor.label,
      reason: input.reason,
      at,
    });
    await recordAudit(trx, actor, [
      {
        action: 'screening.match_decided',
        entityType: 'screening_match',
        entityId: id,
        before: decisionFacts(row),
        after: decisionFacts(after),
      },
    ]);
    let partySuspended = false;
    if (input.decision === 'true_match' && row.status !== 'true_match') {
      const directory = parties.get(row.party_type as PartyType);
      if (!directory) throw new AppError('internal', `No directory of ${row.party_type} parties`);
      await directory.suspend(
        trx,
        actor,
        row.party_id,
        `Confirmed sanctions match: ${row.entity_caption} (${row.entity_id}, list ${row.source}), ` +
          `score ${row.score.toFixed(2)}, decided by ${actor.label} on ${at.toISOString().slice(0, 10)}: ${input.reason}`,
      );
      partySuspended = true;
    }
    return { ...toView(after), partySuspended };
  });
}

function decisionFacts(row: Selectable<ScreeningMatchesTable>) {
  return {
    status: row.status,
    partyId: row.party_id,
    party: row.party_label,
    entityId: row.entity_id,
    entity: row.entity_caption,
    score: row.score,
    partyHash: row.party_hash,
    entityHash: row.entity_hash,
    decidedBy: row.decided_by,
    reason: row.reason,
  };
}

/** A party's screening history: every screening that looked at it, and every item it had in the queue. */
export async function getPartyScreening(
  db: Db,
  actor: Actor,
  parties: PartyDirectories,
  partyType: PartyType,
  partyId: string,
) {
  requirePermission(actor, 'screening:read');
  const directory = parties.get(partyType);
  const createdAt = await directory?.createdAt(db, actor.organizationId, partyId);
  if (!createdAt) throw notFound('Party');
  const [runs, matches] = await Promise.all([
    listRunRows(db, actor.organizationId, partyType, partyId, createdAt, 200),
    listMatchRows(db, actor.organizationId, { partyType, partyId }, { limit: 200, offset: 0 }),
  ]);
  return {
    runs: runs.map((run) => ({
      id: run.id,
      trigger: run.trigger,
      scope: run.party_id === '*' ? ('all_parties' as const) : ('this_party' as const),
      listVersions: run.list_versions,
      matches: run.matches,
      ranAt: run.ran_at.toISOString(),
    })),
    matches: matches.rows.map(toView),
  };
}

/** Screens a party again now (after a reviewer asks, say): queued, and done within moments by the runner. */
export async function requestManualScreening(
  db: Db,
  actor: Actor,
  parties: PartyDirectories,
  partyType: PartyType,
  partyId: string,
) {
  requirePermission(actor, 'screening:review');
  const createdAt = await parties.get(partyType)?.createdAt(db, actor.organizationId, partyId);
  if (!createdAt) throw notFound('Party');
  const [jobId] = await requestPartyScreening(db, actor.organizationId, partyType, [partyId], 'manual');
  return { jobId: jobId ?? '' };
}
