import { captionOf } from '../entity-hash.ts';
import { summarize } from '../explain.ts';
import type { ListEntity } from '../list-entity.model.ts';
import type { NameComparison } from '../match/compare-names.ts';
import type { FeatureEffect } from '../match/entity-features.ts';
import {
  type EntityScore,
  type PreparedQuery,
  prepareEntityNames,
  prepareQuery,
  scoreEntity,
} from '../match/score-entity.ts';
import type { ScreeningIndex } from '../match/screening-index.ts';
import { hashParty, type ScreeningParty } from './screening-party.ts';

/** One listed entity found for a party at or above the threshold: a potential match to review. */
export interface Finding {
  partyId: string;
  partyHash: string;
  partyLabel: string;
  entityId: string;
  source: string;
  entityHash: string;
  entityCaption: string;
  listVersionId: string;
  score: number;
  explanation: { names: NameComparison; features: FeatureEffect[]; summary: string };
}

/** What the screening needs to know of each listed entity beyond the index: its content hash and version. */
export type EntityVersions = ReadonlyMap<string, { hash: string; versionId: string }>;

export interface ScreeningLists {
  index: ScreeningIndex;
  entities: EntityVersions;
}

/** Potential matches are at most this many per party: a reviewer reads the best, not a hundred weak ones. */
export const FINDINGS_PER_PARTY = 10;

function toFinding(
  party: ScreeningParty,
  partyHash: string,
  entity: ListEntity,
  score: EntityScore,
  entities: EntityVersions,
): Finding | null {
  const known = entities.get(entity.id);
  if (!known) return null;
  const rounded = Math.round(score.score * 1000) / 1000;
  return {
    partyId: party.id,
    partyHash,
    partyLabel: party.label,
    entityId: entity.id,
    source: entity.source,
    entityHash: known.hash,
    entityCaption: captionOf(entity),
    listVersionId: known.versionId,
    score: rounded,
    explanation: {
      names: score.name,
      features: score.features,
      summary: summarize(score.name, score.features, rounded),
    },
  };
}

/** Screens one party against every list in force. */
export function screenParty(lists: ScreeningLists, party: ScreeningParty, threshold: number): Finding[] {
  const partyHash = hashParty(party);
  const prepared = prepareQuery(party.query);
  return lists.index
    .search(prepared, { limit: FINDINGS_PER_PARTY, threshold })
    .map((result) => toFinding(party, partyHash, result.entity, result, lists.entities))
    .filter((finding): finding is Finding => finding !== null);
}

/**
 * A small index of the entities a list version added or changed, to screen every party against them only.
 * Its own word weights come from a few entities, so it only gathers candidates (with a low bar); each
 * candidate is then scored with the weights of the full index, and scores equal a full screening's.
 */
export interface DeltaLists {
  full: ScreeningLists;
  delta: ScreeningIndex;
  preparedNames: Map<string, ReturnType<typeof prepareEntityNames>>;
}

const DELTA_CANDIDATE_BAR = 0.3;

export function screenPartyDelta(lists: DeltaLists, party: ScreeningParty, threshold: number): Finding[] {
  const prepared: PreparedQuery = prepareQuery(party.query);
  const candidates = lists.delta.search(prepared, {
    limit: FINDINGS_PER_PARTY * 2,
    threshold: DELTA_CANDIDATE_BAR,
  });
  if (candidates.length === 0) return [];
  const partyHash = hashParty(party);
  const findings: Finding[] = [];
  for (const candidate of candidates) {
    let names = lists.preparedNames.get(candidate.entity.id);
    if (!names) {
      names = prepareEntityNames(candidate.entity);
      lists.preparedNames.set(candidate.entity.id, names);
    }
    const score = scoreEntity(prepared, candidate.entity, names, lists.full.index.weightOf);
    if (!score || score.score < threshold) continue;
    const finding = toFinding(party, partyHash, candidate.entity, score, lists.full.entities);
    if (finding) findings.push(finding);
  }
  return findings.sort((a, b) => b.score - a.score).slice(0, FINDINGS_PER_PARTY);
}
