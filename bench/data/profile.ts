import type { Rng } from './rng.ts';

/** A company name as a supplier file carries it: the legal name, and the names it is also known by. */
export interface CompanyName {
  legalName: string;
  /** A Latin-letter form of the name, for e-mail domains (and often one of the other names). */
  latin: string;
  otherNames: string[];
}

export interface Person {
  name: string;
  /** First and last name in ASCII, for the e-mail address. */
  first: string;
  last: string;
}

/** How suppliers of one country look in a file: their names, addresses, people and registers. */
export interface CountryProfile {
  code: string;
  /** How files write the country; ISO codes mostly, English names sometimes. */
  spellings: readonly string[];
  /** Share of the rows (the weights of all profiles add up to 100). */
  weight: number;
  /** Domain endings of the suppliers' e-mail addresses. */
  domains: readonly string[];
  /** One supplier's name, address and registration, drawn together so that they agree. */
  supplier: (r: Rng) => SupplierBasics;
  person: (r: Rng) => Person;
}

export interface SupplierBasics {
  company: CompanyName;
  city: string;
  postalCode: string;
  street: string;
  /** A registration number as written in files (spaces and all); the type is the importer's code. */
  registration: { type: string; number: string };
}

/** For countries where name, place and registration do not depend on each other. */
export function independentParts(parts: {
  company: (r: Rng) => CompanyName;
  place: (r: Rng) => { city: string; postalCode: string };
  street: (r: Rng) => string;
  registration: (r: Rng) => { type: string; number: string };
}): (r: Rng) => SupplierBasics {
  return (r) => ({
    company: parts.company(r),
    ...parts.place(r),
    street: parts.street(r),
    registration: parts.registration(r),
  });
}

const FOLDS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
};

/** Latin letters without accents, as people type them in e-mail addresses. */
export function asciiFold(value: string): string {
  return value
    .replace(/[ßłŁđĐıøØæÆ]/g, (char) => FOLDS[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** The German way (ä → ae): what a German company's e-mail address uses. */
export function germanFold(value: string): string {
  return asciiFold(
    value.replace(
      /[äöüÄÖÜ]/g,
      (char) => ({ ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' })[char] ?? char,
    ),
  );
}

/** "Müller Präzisionstechnik GmbH" → "muller-prazisionstechnik": the first words, for a domain name. */
export function domainLabel(latin: string, words = 2): string {
  const parts = asciiFold(latin)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '');
  return parts.slice(0, words).join('-') || 'supplier';
}

/** Pairs of [local script, Latin] words, picked together. */
export type Pair = readonly [string, string];

/** A place in a list of [city, postal code prefix], with the rest of the postal code drawn. */
export function placeFrom(
  r: Rng,
  cities: readonly (readonly [string, string])[],
  format: (prefix: string) => string,
): { city: string; postalCode: string } {
  const [city, prefix] = r.pick(cities);
  return { city, postalCode: format(prefix) };
}
