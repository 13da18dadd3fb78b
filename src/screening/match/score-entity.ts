import type { EntitySchema, ListEntity } from '../list-entity.model.ts';
import { compareNames, type NameComparison, type TokenWeight } from './compare-names.ts';
import {
  compareBirthDates,
  compareCountries,
  compareGender,
  compareIdentifiers,
  type FeatureEffect,
  type Identifier,
} from './entity-features.ts';
import { type NameType, type PreparedName, prepareName } from './prepare-name.ts';

/** A party to screen, in the terms of the FollowTheMoney-style query the API takes. */
export interface ScreeningQuery {
  schema: EntitySchema;
  names: string[];
  birthDates: string[];
  countries: string[];
  identifiers: Identifier[];
  gender: 'male' | 'female' | null;
}

export function nameTypeOf(schema: EntitySchema): NameType {
  if (schema === 'Person') return 'person';
  if (schema === 'Vessel' || schema === 'Aircraft') return 'vessel';
  return 'organization';
}

/** Persons are never companies and ships are never persons; LegalEntity stands for either kind of party. */
export function schemasComparable(a: EntitySchema, b: EntitySchema): boolean {
  if (a === b) return true;
  const kind = (schema: EntitySchema) =>
    schema === 'Person' ? 'person' : schema === 'Vessel' || schema === 'Aircraft' ? 'craft' : 'organization';
  if (a === 'LegalEntity' || b === 'LegalEntity') return kind(a) !== 'craft' && kind(b) !== 'craft';
  return kind(a) === kind(b);
}

export interface PreparedQuery {
  query: ScreeningQuery;
  names: PreparedName[];
}

export function prepareQuery(query: ScreeningQuery): PreparedQuery {
  const type = nameTypeOf(query.schema);
  return { query, names: query.names.map((name) => prepareName(name, type)) };
}

export interface EntityScore {
  score: number;
  /** The best of the name comparisons: the names, the word pairs and the adjustments behind the score. */
  name: NameComparison;
  features: FeatureEffect[];
}

/**
 * Scores a listed entity against a query: the best name comparison, moved up or down by dates of birth,
 * countries, identifiers and gender. Each effect is listed so the result explains itself.
 */
export function scoreEntity(
  query: PreparedQuery,
  entity: ListEntity,
  entityNames: PreparedName[],
  weightOf: TokenWeight,
  compare: (query: PreparedName, candidate: PreparedName) => NameComparison = (q, c) =>
    compareNames(q, c, weightOf),
): EntityScore | null {
  if (!schemasComparable(query.query.schema, entity.schema)) return null;
  let best: NameComparison | null = null;
  for (const q of query.names) {
    for (const c of entityNames) {
      const comparison = compare(q, c);
      if (!best || comparison.score > best.score) best = comparison;
    }
  }
  if (!best) return null;
  const features: FeatureEffect[] = [];
  const add = (effect: FeatureEffect | null) => {
    if (effect) features.push(effect);
  };
  if (query.query.schema === 'Person' || entity.schema === 'Person') {
    add(compareBirthDates(query.query.birthDates, entity.birthDates));
    add(compareGender(query.query.gender, entity.gender));
  }
  add(compareCountries(query.query.countries, entity.countries));
  add(compareIdentifiers(query.query.identifiers, entity.identifiers));
  // Features confirm or weaken a name match; they never make a match out of names that do not agree.
  let score = best.score;
  for (const feature of features) {
    score += feature.delta > 0 ? feature.delta * best.score : feature.delta;
  }
  return { score: Math.min(1, Math.max(0, score)), name: best, features };
}

export function prepareEntityNames(entity: ListEntity): PreparedName[] {
  const type = nameTypeOf(entity.schema);
  return entity.names.map((name) => prepareName(name.value, type));
}
