import type { Finding } from './screen-parties.ts';

export const MATCH_STATUSES = ['open', 'true_match', 'false_positive', 'delisted', 'cleared'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const DECISIONS = ['true_match', 'false_positive'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A review item as stored: a (party, listed entity) pair, its status, and the facts its decision was taken on. */
export interface StoredMatch {
  id: string;
  partyId: string;
  entityId: string;
  partyHash: string;
  entityHash: string;
  status: MatchStatus;
  score: number;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface PreviousDecision {
  status: Decision;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  partyHash: string;
  entityHash: string;
}

/** What a screening changes in the review queue; each change carries the sentence a reviewer will read. */
export type MatchChange =
  | { kind: 'insert'; finding: Finding }
  | { kind: 'refresh'; id: string; finding: Finding; status: 'open'; note: string | null }
  | { kind: 'reopen'; id: string; finding: Finding; previous: PreviousDecision; note: string }
  | { kind: 'clear'; id: string; note: string }
  | { kind: 'delist'; id: string; note: string };

/** What was screened: these parties, against every entity or only those a list version added or changed. */
export interface ScreeningScope {
  partyIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string> | 'all';
}

const key = (partyId: string, entityId: string) => `${partyId}\u0000${entityId}`;

function isDecision(status: MatchStatus): status is Decision {
  return status === 'true_match' || status === 'false_positive';
}

function whatChanged(stored: StoredMatch, finding: Finding): string {
  const party = stored.partyHash !== finding.partyHash;
  const entity = stored.entityHash !== finding.entityHash;
  if (party && entity) return "both the party's details and the listed entity changed";
  if (party) return "the party's details changed";
  return 'the listed entity changed';
}

/**
 * Compares what a screening found with the review items already stored for the same scope:
 * - a new pair becomes an open item;
 * - a decided pair whose party and entity are unchanged keeps its decision, whatever the new score;
 * - a decided pair where either side changed is reopened, with the earlier decision kept beside it;
 * - an open pair is refreshed (score, explanation, hashes); a cleared or delisted pair found again reopens;
 * - an open pair in scope that is no longer found is cleared; decided pairs keep their decision.
 */
export function reconcileMatches(
  scope: ScreeningScope,
  stored: readonly StoredMatch[],
  findings: readonly Finding[],
): MatchChange[] {
  const storedByKey = new Map(stored.map((match) => [key(match.partyId, match.entityId), match]));
  const found = new Set<string>();
  const changes: MatchChange[] = [];
  for (const finding of findings) {
    const k = key(finding.partyId, finding.entityId);
    found.add(k);
    const match = storedByKey.get(k);
    if (!match) {
      changes.push({ kind: 'insert', finding });
      continue;
    }
    const same = match.partyHash === finding.partyHash && match.entityHash === finding.entityHash;
    if (isDecision(match.status)) {
      if (same) continue;
      changes.push({
        kind: 'reopen',
        id: match.id,
        finding,
        previous: {
          status: match.status,
          decidedBy: match.decidedBy,
          decidedAt: match.decidedAt,
          reason: match.reason,
          partyHash: match.partyHash,
          entityHash: match.entityHash,
        },
        note: `Reopened: ${whatChanged(match, finding)} since it was decided ${match.status.replace('_', ' ')}`,
      });
    } else if (match.status === 'open') {
      if (same && Math.abs(match.score - finding.score) < 0.0005) continue;
      changes.push({ kind: 'refresh', id: match.id, finding, status: 'open', note: null });
    } else {
      changes.push({
        kind: 'refresh',
        id: match.id,
        finding,
        status: 'open',
        note: `Found again after it was ${match.status}`,
      });
    }
  }
  for (const match of stored) {
    const inScope =
      scope.partyIds.has(match.partyId) && (scope.entityIds === 'all' || scope.entityIds.has(match.entityId));
    if (!inScope || match.status !== 'open' || found.has(key(match.partyId, match.entityId))) continue;
    changes.push({
      kind: 'clear',
      id: match.id,
      note: 'Cleared: no longer reaches the threshold after the party or the listed entity changed',
    });
  }
  return changes;
}

/**
 * Entities a list version removed: their open and confirmed items are marked delisted (a confirmed match's
 * party stays suspended until someone lifts it: being delisted is a reason to look, not an acquittal).
 */
export function delistMatches(stored: readonly StoredMatch[], removed: ReadonlySet<string>, label: string) {
  const changes: MatchChange[] = [];
  for (const match of stored) {
    if (!removed.has(match.entityId)) continue;
    if (match.status !== 'open' && match.status !== 'true_match') continue;
    changes.push({
      kind: 'delist',
      id: match.id,
      note:
        match.status === 'true_match'
          ? `Delisted by ${label}: the entity was confirmed as a match; review whether the party's suspension can be lifted`
          : `Delisted by ${label}: the entity is no longer on the list`,
    });
  }
  return changes;
}
