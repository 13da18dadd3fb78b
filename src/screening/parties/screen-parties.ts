import type { ScreeningPool } from '../batch/screening-pool.ts';
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
import { ScreeningIndex } from '../match/screening-index.ts';
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

function findingsOf(
  lists: ScreeningLists,
  party: ScreeningParty,
  results: readonly (EntityScore & { entity: ListEntity })[],
): Finding[] {
  const partyHash = hashParty(party);
  return results
    .map((result) => toFinding(party, partyHash, result.entity, result, lists.entities))
    .filter((finding): finding is Finding => finding !== null);
}

/** Screens one party against every list in force. */
export function screenParty(lists: ScreeningLists, party: ScreeningParty, threshold: number): Finding[] {
  const prepared = prepareQuery(party.query);
  return findingsOf(lists, party, lists.index.search(prepared, { limit: FINDINGS_PER_PARTY, threshold }));
}

/**
 * Screens parties on worker threads whose indexes were built from `lists.index.entities`, in that order (see
 * ScreeningPoolKeeper): a match names its entity by position, read back here. The same search as
 * screenParty with the same options, so the findings are the same as in this thread (tested). Parties with
 * no name to screen stay in this thread (the pool answers them with an error row); a row the matcher failed
 * on fails the whole call, as it would in this thread.
 */
export async function screenPartiesOnPool(
  lists: ScreeningLists,
  pool: Pick<ScreeningPool, 'screen'>,
  parties: readonly ScreeningParty[],
  threshold: number,
): Promise<Finding[][]> {
  const named = (party: ScreeningParty) => party.query.names.some((name) => name.trim() !== '');
  const onPool = parties.filter(named);
  const outcomes = await pool.screen(
    onPool.map((party) => party.query),
    { limit: FINDINGS_PER_PARTY, minScore: threshold },
  );
  const byParty = new Map<ScreeningParty, Finding[]>();
  onPool.forEach((party, i) => {
    const outcome = outcomes[i];
    if (!outcome?.ok) {
      throw new Error(`Screening ${party.type} ${party.id} failed: ${outcome?.error ?? 'no answer'}`);
    }
    const results = outcome.matches.map((match) => {
      const entity = lists.index.entities[match.entity];
      if (!entity) throw new Error(`The screening pool answered an unknown entity position ${match.entity}`);
      return { entity, score: match.score, name: match.name, features: match.features };
    });
    byParty.set(party, findingsOf(lists, party, results));
  });
  return parties.map((party) => byParty.get(party) ?? screenParty(lists, party, threshold));
}

/**
 * Screening every party against the few entities a list version added or changed, turned around: the parties are
 * indexed once, each new or changed entity is searched among them (a few hundred searches instead of one per
 * party), and each candidate pair is then scored exactly as a full screening scores it (the party as the query,
 * the full index's word weights), so a delta finds what a full screening would.
 */
export interface PartyIndex {
  index: ScreeningIndex;
  parties: Map<string, ScreeningParty>;
}

const DELTA_CANDIDATE_BAR = 0.4;
const DELTA_CANDIDATES = 100;

/** Lets the event loop breathe every few milliseconds: a server answers requests while a job runs. */
async function breathe(state: { since: number }) {
  if (performance.now() - state.since < 20) return;
  await new Promise((resolve) => setImmediate(resolve));
  state.since = performance.now();
}

export async function indexParties(parties: Iterable<ScreeningParty>): Promise<PartyIndex> {
  const index = new ScreeningIndex();
  const byId = new Map<string, ScreeningParty>();
  const state = { since: performance.now() };
  for (const party of parties) {
    await breathe(state);
    byId.set(party.id, party);
    index.add({
      id: party.id,
      source: 'opensanctions',
      schema: party.query.schema,
      names: party.query.names.map((value, i) => ({
        value,
        kind: i === 0 ? 'primary' : 'alias',
        lang: null,
      })),
      birthDates: party.query.birthDates,
      countries: party.query.countries,
      identifiers: party.query.identifiers.map((identifier) => ({ ...identifier, country: null })),
      gender: party.query.gender,
      programs: [],
      addresses: [],
      listedOn: null,
      remarks: null,
    });
  }
  index.freeze();
  return { index, parties: byId };
}

export async function screenEntitiesAgainstParties(
  lists: ScreeningLists,
  parties: PartyIndex,
  entities: readonly ListEntity[],
  threshold: number,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const preparedParties = new Map<string, PreparedQuery>();
  const state = { since: performance.now() };
  for (const entity of entities) {
    await breathe(state);
    const asQuery = prepareQuery({
      schema: entity.schema,
      names: entity.names.map((name) => name.value),
      birthDates: entity.birthDates,
      countries: entity.countries,
      identifiers: entity.identifiers,
      gender: entity.gender,
    });
    const candidates = parties.index.search(asQuery, {
      limit: DELTA_CANDIDATES,
      threshold: DELTA_CANDIDATE_BAR,
      candidates: DELTA_CANDIDATES,
    });
    if (candidates.length === 0) continue;
    const entityNames = prepareEntityNames(entity);
    for (const candidate of candidates) {
      const party = parties.parties.get(candidate.entity.id);
      if (!party) continue;
      let prepared = preparedParties.get(party.id);
      if (!prepared) {
        prepared = prepareQuery(party.query);
        preparedParties.set(party.id, prepared);
      }
      const score = scoreEntity(prepared, entity, entityNames, lists.index.weightOf);
      if (!score || score.score < threshold) continue;
      const finding = toFinding(party, hashParty(party), entity, score, lists.entities);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
