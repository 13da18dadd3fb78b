import type { IdentifierType } from '../list-entity.model.ts';

export interface FeatureEffect {
  feature: 'birthDate' | 'country' | 'identifier' | 'gender';
  /** Added to the name score (negative lowers it); identifiers can also set a floor. */
  delta: number;
  detail: string;
}

type DateParts = { year: number; month?: number | undefined; day?: number | undefined };

function parseDate(value: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: match[2] ? Number(match[2]) : undefined,
    day: match[3] ? Number(match[3]) : undefined,
  };
}

/**
 * Dates of birth: the same day confirms, day and month swapped (a common data-entry slip) nearly so, the same
 * year a little; years further than one apart speak against the match.
 */
export function compareBirthDates(query: string[], candidate: string[]): FeatureEffect | null {
  if (query.length === 0 || candidate.length === 0) return null;
  let best: FeatureEffect | null = null;
  for (const q of query) {
    for (const c of candidate) {
      const a = parseDate(q);
      const b = parseDate(c);
      if (!a || !b) continue;
      let effect: FeatureEffect;
      if (
        a.year === b.year &&
        a.month &&
        b.month &&
        a.day &&
        b.day &&
        a.month === b.month &&
        a.day === b.day
      ) {
        effect = { feature: 'birthDate', delta: 0.06, detail: `same date of birth ${q}` };
      } else if (
        a.year === b.year &&
        a.month &&
        b.month &&
        a.day &&
        b.day &&
        a.month === b.day &&
        a.day === b.month
      ) {
        effect = { feature: 'birthDate', delta: 0.04, detail: `${q} and ${c}: day and month swapped` };
      } else if (a.year === b.year && (!a.month || !b.month || a.month === b.month)) {
        effect = { feature: 'birthDate', delta: 0.03, detail: `same year of birth ${a.year}` };
      } else if (Math.abs(a.year - b.year) <= 1) {
        effect = {
          feature: 'birthDate',
          delta: 0,
          detail: `years of birth ${a.year} and ${b.year} are one apart`,
        };
      } else {
        effect = { feature: 'birthDate', delta: -0.15, detail: `dates of birth differ (${q} / ${c})` };
      }
      if (!best || effect.delta > best.delta) best = effect;
    }
  }
  return best;
}

export function compareCountries(query: string[], candidate: string[]): FeatureEffect | null {
  if (query.length === 0 || candidate.length === 0) return null;
  const shared = query.filter((country) => candidate.includes(country));
  if (shared.length > 0)
    return { feature: 'country', delta: 0.02, detail: `country ${shared.join(', ')} in common` };
  return {
    feature: 'country',
    delta: -0.05,
    detail: `no country in common (${query.join(', ')} / ${candidate.join(', ')})`,
  };
}

export interface Identifier {
  type: IdentifierType;
  value: string;
}

/** Identifiers compared without spaces, dashes and dots, upper case ("IMO 9187629" = "9187629"). */
export function normalizeIdentifier(identifier: Identifier): string {
  const value = identifier.value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return identifier.type === 'imo' ? value.replace(/^IMO/, '') : value;
}

/** IMO ship numbers carry a check digit (IMO Res. A.1117(30)): 7 digits, weighted sum of the first six. */
export function isValidImo(value: string): boolean {
  const digits = value.replace(/^IMO/i, '').replace(/\D/g, '');
  if (digits.length !== 7) return false;
  const sum = [...digits.slice(0, 6)].reduce((total, digit, i) => total + Number(digit) * (7 - i), 0);
  return sum % 10 === Number(digits[6]);
}

/** LEI (ISO 17442): 20 characters, ISO 7064 MOD 97-10 check digits. */
export function isValidLei(value: string): boolean {
  const lei = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!/^[A-Z0-9]{18}\d{2}$/.test(lei)) return false;
  const numeric = [...lei].map((char) => (/\d/.test(char) ? char : String(char.charCodeAt(0) - 55))).join('');
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

/**
 * The same identifier on both sides all but settles a match; two different IMO numbers (one per hull, for
 * life) settle that vessels differ. Other differing numbers say little: people hold several passports.
 */
export function compareIdentifiers(query: Identifier[], candidate: Identifier[]): FeatureEffect | null {
  if (query.length === 0 || candidate.length === 0) return null;
  for (const q of query) {
    const qValue = normalizeIdentifier(q);
    if (qValue.length < 4) continue;
    for (const c of candidate) {
      if (normalizeIdentifier(c) === qValue) {
        return { feature: 'identifier', delta: 0.3, detail: `same ${c.type} number ${c.value}` };
      }
    }
  }
  const qImo = query.filter((id) => id.type === 'imo').map(normalizeIdentifier);
  const cImo = candidate.filter((id) => id.type === 'imo').map(normalizeIdentifier);
  if (qImo.length > 0 && cImo.length > 0) {
    return {
      feature: 'identifier',
      delta: -0.4,
      detail: `different IMO numbers (${qImo.join(', ')} / ${cImo.join(', ')})`,
    };
  }
  return null;
}

export function compareGender(query: string | null, candidate: string | null): FeatureEffect | null {
  if (!query || !candidate || query === candidate) return null;
  return { feature: 'gender', delta: -0.1, detail: `gender differs (${query} / ${candidate})` };
}
