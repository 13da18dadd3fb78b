import { toJsonValue } from '../platform/audit/audit-chain.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { summarize } from './explain.ts';
import type { ListEntity } from './list-entity.model.ts';
import { defaultTokenWeight, type NameComparison } from './match/compare-names.ts';
import type { FeatureEffect } from './match/entity-features.ts';
import { prepareEntityNames, prepareQuery, scoreEntity } from './match/score-entity.ts';
import type { SearchResult } from './match/screening-index.ts';
import { DEFAULT_THRESHOLD, type EntityQuery, type MatchRequest } from './match-query.model.ts';
import { toScreeningQuery } from './query-from-properties.ts';
import type { ScreeningIndexHolder } from './screening-index.holder.ts';

export interface Explanation {
  names: NameComparison;
  features: FeatureEffect[];
  summary: string;
}

export interface MatchResult {
  id: string;
  caption: string;
  schema: string;
  score: number;
  match: boolean;
  datasets: string[];
  properties: {
    name: string[];
    birthDate: string[];
    country: string[];
    program: string[];
  };
  explanation: Explanation;
}

export { summarize };

export function toMatchResult(
  entity: ListEntity,
  result: Omit<SearchResult, 'entity'>,
  threshold: number,
): MatchResult {
  const score = Math.round(result.score * 1000) / 1000;
  return {
    id: entity.id,
    caption: (entity.names.find((name) => name.kind === 'primary') ?? entity.names[0])?.value ?? entity.id,
    schema: entity.schema,
    score,
    match: score >= threshold,
    datasets: [entity.source],
    properties: {
      name: entity.names.map((name) => name.value),
      birthDate: entity.birthDates,
      country: entity.countries,
      program: entity.programs,
    },
    explanation: {
      names: result.name,
      features: result.features,
      summary: summarize(result.name, result.features, score),
    },
  };
}

export interface MatchResponse {
  responses: Record<string, { status: 200; total: number; results: MatchResult[] }>;
  threshold: number;
  limit: number;
  listVersions: string[];
}

/** Screens every query of a request against the lists in force (yente's /match, with explanations). */
export async function matchQueries(
  holder: ScreeningIndexHolder,
  actor: Actor,
  request: MatchRequest,
): Promise<MatchResponse> {
  requirePermission(actor, 'screening:read');
  const { index, versions } = await holder.get();
  const lists = request.lists ? new Set<string>(request.lists) : null;
  const excluded = new Set(request.exclude);
  const filter =
    lists || excluded.size > 0
      ? (entity: ListEntity) => (!lists || lists.has(entity.source)) && !excluded.has(entity.id)
      : undefined;
  const responses: MatchResponse['responses'] = {};
  for (const [key, query] of Object.entries(request.queries)) {
    const prepared = prepareQuery(toScreeningQuery(query));
    // Results just under the threshold are shown too (as non-matches), so a reviewer sees near misses.
    const floor = Math.max(0, request.threshold - 0.15);
    const results = index.search(prepared, {
      limit: request.limit,
      threshold: floor,
      ...(filter ? { filter } : {}),
    });
    responses[key] = {
      status: 200,
      total: results.length,
      results: results.map((result) => toMatchResult(result.entity, result, request.threshold)),
    };
  }
  return { responses, threshold: request.threshold, limit: request.limit, listVersions: versions };
}

function asEntity(query: EntityQuery, id: string): ListEntity {
  const screening = toScreeningQuery(query);
  return {
    id,
    source: 'opensanctions',
    schema: screening.schema,
    names: screening.names.map((value, i) => ({ value, kind: i === 0 ? 'primary' : 'alias', lang: null })),
    birthDates: screening.birthDates,
    countries: screening.countries,
    identifiers: screening.identifiers.map((identifier) => ({ ...identifier, country: null })),
    gender: screening.gender,
    programs: [],
    addresses: [],
    listedOn: null,
    remarks: null,
  };
}

/** Compares two parties (or two names) directly, with the default word weights. */
export function compareParties(left: EntityQuery, right: EntityQuery, threshold = DEFAULT_THRESHOLD) {
  const entity = asEntity(right, 'right');
  const result = scoreEntity(
    prepareQuery(toScreeningQuery(left)),
    entity,
    prepareEntityNames(entity),
    defaultTokenWeight,
  );
  if (!result) {
    return {
      score: 0,
      match: false,
      explanation: `a ${left.schema} is never the same party as a ${right.schema}`,
      details: null,
    };
  }
  const score = Math.round(result.score * 1000) / 1000;
  return {
    score,
    match: score >= threshold,
    explanation: summarize(result.name, result.features, score),
    details: toJsonValue(result),
  };
}
