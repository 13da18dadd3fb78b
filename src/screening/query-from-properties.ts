import { toCountryCode } from '../platform/reference/countries.ts';
import type { Identifier } from './match/entity-features.ts';
import type { ScreeningQuery } from './match/score-entity.ts';
import type { EntityQuery } from './match-query.model.ts';

function dateOf(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

/** Turns FollowTheMoney-style properties into what the matcher compares; unknown countries are left out. */
export function toScreeningQuery(query: EntityQuery): ScreeningQuery {
  const p = query.properties;
  const identifiers: Identifier[] = [
    ...p.idNumber.map((value) => ({ type: 'national_id' as const, value })),
    ...p.passportNumber.map((value) => ({ type: 'passport' as const, value })),
    ...p.registrationNumber.map((value) => ({ type: 'registration' as const, value })),
    ...p.taxNumber.map((value) => ({ type: 'tax' as const, value })),
    ...p.imoNumber.map((value) => ({ type: 'imo' as const, value })),
    ...p.leiCode.map((value) => ({ type: 'lei' as const, value })),
  ];
  const countries = [...p.country, ...p.nationality, ...p.jurisdiction]
    .map((value) => toCountryCode(value))
    .filter((code): code is string => Boolean(code));
  const gender = p.gender[0]?.toLowerCase();
  return {
    schema: query.schema,
    names: [...p.name, ...p.alias].filter((name) => name.trim() !== ''),
    birthDates: p.birthDate.map(dateOf).filter((date): date is string => date !== null),
    countries: [...new Set(countries)],
    identifiers,
    gender: gender === 'male' || gender === 'female' ? gender : null,
  };
}
