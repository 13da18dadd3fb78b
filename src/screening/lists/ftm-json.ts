import { z } from 'zod';
import {
  type EntitySchema,
  type IdentifierType,
  type ListEntity,
  ListFormatError,
} from '../list-entity.model.ts';
import { EntityBuilder } from './entity-builder.ts';
import { readJsonRecords } from './json-records.ts';
import { isoPartialDate } from './list-dates.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { imoDigits } from './ofac-identifiers.ts';
import { decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';

/**
 * FollowTheMoney entities as OpenSanctions publishes them (https://www.opensanctions.org/docs/bulk/json/):
 * JSON lines, either the full form (id, caption, schema, properties, datasets, first_seen...) or the minimal
 * one (id, schema, properties), and delta files of {"op": "ADD" | "MOD" | "DEL", "entity": ...}. Property
 * names are those of the FtM model (followthemoney defaultModel.json).
 */

/** The schemata that are parties; Sanction, Address, Ownership... are other kinds of records and are skipped. */
const SCHEMAS: Record<string, EntitySchema> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

const IDENTIFIERS: ReadonlyArray<readonly [string, IdentifierType]> = [
  ['imoNumber', 'imo'],
  ['mmsi', 'mmsi'],
  ['callSign', 'call_sign'],
  ['leiCode', 'lei'],
  ['swiftBic', 'swift'],
  ['registrationNumber', 'registration'],
  ['ogrnCode', 'registration'],
  ['taxNumber', 'tax'],
  ['innCode', 'tax'],
  ['vatCode', 'tax'],
  ['idNumber', 'national_id'],
  ['passportNumber', 'passport'],
];

const COUNTRY_PROPERTIES = ['nationality', 'citizenship', 'country', 'jurisdiction', 'flag'] as const;

/** Most first × last name pairs a person gets; beyond that the pairs are spelling variants of each other. */
const MAX_NAME_PAIRS = 25;

const ftmEntitySchema = z.object({
  id: z.string().min(1),
  schema: z.string().min(1),
  caption: z.string().optional(),
  properties: z.record(z.string(), z.array(z.string())).default({}),
  datasets: z.array(z.string()).optional(),
  first_seen: z.string().optional(),
});
type FtmEntity = z.infer<typeof ftmEntitySchema>;

const deltaSchema = z.object({
  op: z.enum(['ADD', 'MOD', 'DEL']),
  entity: z.object({ id: z.string().min(1) }).passthrough(),
});

export type FtmChange = { op: 'upsert'; entity: ListEntity } | { op: 'delete'; id: string };

/** The party entities of an FtM entities file; records of other schemata are counted as skipped. */
export async function* parseFtmJson(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  for await (const { value, where } of readJsonRecords(file, decodeUtf8(file, gunzipIfNeeded(file)))) {
    stats.records++;
    const entity = toListEntity(
      file.name,
      where,
      parseRecord(file.name, where, ftmEntitySchema, value),
      stats,
    );
    if (entity) yield entity;
  }
  if (stats.records === 0) throw new ListFormatError(file.name, 'the whole file', 'no entities found');
}

/** The changes of an FtM delta file: ADD and MOD of a party become upserts, DEL deletes by id. */
export async function* parseFtmDelta(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<FtmChange> {
  for await (const { value, where } of readJsonRecords(file, decodeUtf8(file, gunzipIfNeeded(file)))) {
    stats.records++;
    const change = parseRecord(file.name, where, deltaSchema, value);
    if (change.op === 'DEL') {
      yield { op: 'delete', id: `opensanctions:${change.entity.id}` };
      continue;
    }
    const entity = toListEntity(
      file.name,
      where,
      parseRecord(file.name, where, ftmEntitySchema, change.entity),
      stats,
    );
    if (entity) yield { op: 'upsert', entity };
  }
}

function parseRecord<T>(file: string, where: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ListFormatError(
    file,
    where,
    `not an FtM record: ${issue?.path.join('.') || 'value'} ${issue?.message ?? ''}`.trim(),
  );
}

function toListEntity(
  file: string,
  where: string,
  ftm: FtmEntity,
  stats: ParseStats,
): ListEntity | undefined {
  const schema = SCHEMAS[ftm.schema];
  if (!schema) {
    stats.skipped++;
    return undefined;
  }
  const props = (name: string): string[] => ftm.properties[name] ?? [];
  const entity = new EntityBuilder('opensanctions', ftm.id, schema, stats);
  const names = props('name');
  // The caption is the name OpenSanctions picked for display, one of the entity's names or aliases.
  entity.addName(ftm.caption ?? names[0], 'primary');
  for (const name of names) entity.addName(name, 'alias');
  for (const name of props('alias')) entity.addName(name, 'alias');
  for (const name of props('weakAlias')) entity.addName(name, 'weak_alias');
  for (const name of props('previousName')) entity.addName(name, 'former');
  if (schema === 'Person') {
    for (const pair of namePairs(props('firstName'), props('lastName'))) entity.addName(pair, 'alias');
  }
  entity.addBirthDates(props('birthDate').map(isoPartialDate));
  for (const property of COUNTRY_PROPERTIES) for (const code of props(property)) entity.addCountryIso(code);
  for (const [property, type] of IDENTIFIERS) {
    for (const value of props(property)) {
      if (type === 'imo') entity.addIdentifier('imo', imoDigits(value));
      else
        entity.addIdentifier(
          schema === 'Aircraft' && type === 'registration' ? 'aircraft_registration' : type,
          value,
        );
    }
  }
  for (const gender of props('gender')) entity.setGender(gender);
  for (const dataset of ftm.datasets ?? []) entity.addProgram(dataset);
  for (const program of props('programId')) entity.addProgram(program);
  for (const address of props('address')) entity.addAddress([address]);
  for (const note of props('notes')) entity.addRemark(note);
  const listed = isoPartialDate(props('createdAt')[0]) ?? isoPartialDate(ftm.first_seen);
  entity.listedOn = listed ?? null;
  return entity.build(file, `${where} (id ${ftm.id})`);
}

/** "Vitaly" + "KUZMENKO": given and family names paired when written in the same script. */
function namePairs(firstNames: string[], lastNames: string[]): string[] {
  const pairs: string[] = [];
  for (const first of firstNames) {
    for (const last of lastNames) {
      if (scriptOf(first) === scriptOf(last)) pairs.push(`${first} ${last}`);
      if (pairs.length >= MAX_NAME_PAIRS) return pairs;
    }
  }
  return pairs;
}

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Han',
  'Hangul',
  'Hebrew',
  'Georgian',
  'Armenian',
].map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

function scriptOf(text: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
