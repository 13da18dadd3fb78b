import { z } from 'zod';

/**
 * The one shape every list importer produces, whatever the publisher's format: close to the FollowTheMoney
 * model OpenSanctions uses, reduced to what matching, explanations and list differences need.
 */

export const ENTITY_SCHEMAS = [
  'Person',
  'Organization',
  'Company',
  'LegalEntity',
  'Vessel',
  'Aircraft',
] as const;
export type EntitySchema = (typeof ENTITY_SCHEMAS)[number];

/** The lists Tradeguard imports; each list's versions are compared with one another. */
export const LIST_SOURCES = [
  'us_ofac_sdn',
  'us_ofac_cons',
  'us_csl',
  'un_sc',
  'eu_fsf',
  'gb_hmt',
  'opensanctions',
  'senzing',
] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

export const NAME_KINDS = ['primary', 'alias', 'weak_alias', 'former', 'original_script'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const IDENTIFIER_TYPES = [
  'imo',
  'mmsi',
  'call_sign',
  'lei',
  'swift',
  'passport',
  'national_id',
  'registration',
  'tax',
  'aircraft_registration',
  'other',
] as const;
export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

export const listEntitySchema = z.object({
  /** Stable across versions of the same list, prefixed by the list: "us_ofac_sdn:306". */
  id: z.string().min(1).max(200),
  source: z.enum(LIST_SOURCES),
  schema: z.enum(ENTITY_SCHEMAS),
  names: z
    .array(
      z.object({
        value: z.string().min(1).max(1000),
        kind: z.enum(NAME_KINDS),
        /** ISO 639 language or script hint when the publisher gives one. */
        lang: z.string().max(20).nullable().default(null),
      }),
    )
    .min(1),
  /** ISO 8601 dates, possibly partial: "1973", "1973-03", "1973-03-25". */
  birthDates: z.array(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)).default([]),
  /** ISO 3166-1 alpha-2 codes: nationality, citizenship, registration or address countries. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
  identifiers: z
    .array(
      z.object({
        type: z.enum(IDENTIFIER_TYPES),
        value: z.string().min(1).max(200),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .nullable()
          .default(null),
      }),
    )
    .default([]),
  gender: z.enum(['male', 'female']).nullable().default(null),
  /** Sanctions programmes or list sections: "SDGT", "IRAN", "Entity List"... */
  programs: z.array(z.string().max(200)).default([]),
  addresses: z.array(z.string().max(2000)).default([]),
  listedOn: z.string().nullable().default(null),
  remarks: z.string().max(20000).nullable().default(null),
});
export type ListEntity = z.infer<typeof listEntitySchema>;
export type ListEntityInput = z.input<typeof listEntitySchema>;

/** An importer's complaint about one record: the file, where in it, and why. */
export class ListFormatError extends Error {
  readonly code = 'invalid_file';
  readonly file: string;
  readonly record: string;

  constructor(file: string, record: string, reason: string) {
    super(`${file}, ${record}: ${reason}`);
    this.name = 'ListFormatError';
    this.file = file;
    this.record = record;
  }
}
