import {
  type EntitySchema,
  type IdentifierType,
  type ListEntity,
  ListFormatError,
} from '../list-entity.model.ts';
import { EntityBuilder } from './entity-builder.ts';
import { asObject, readJsonRecords } from './json-records.ts';
import { countryFromCodeOrName } from './list-countries.ts';
import { isoPartialDate } from './list-dates.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';

/**
 * Senzing entity specification JSON (https://senzing.com/docs/entity_specification/): one record per line, or
 * one JSON array of records. Attributes are given flat on the record ("NAME_FIRST": "John") or grouped in lists
 * of objects under any key ("NAMES": [{"NAME_TYPE": "PRIMARY", "NAME_FULL": ...}]), and may carry a usage
 * prefix ("PRIMARY_NAME_ORG", "HOME_ADDR_LINE1").
 */

const SCHEMAS: Record<string, EntitySchema> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  VESSEL: 'Vessel',
  AIRCRAFT: 'Aircraft',
};

const ATTRIBUTES = [
  'NAME_TYPE',
  'NAME_FULL',
  'NAME_ORG',
  'NAME_FIRST',
  'NAME_MIDDLE',
  'NAME_LAST',
  'DATE_OF_BIRTH',
  'NATIONALITY',
  'CITIZENSHIP',
  'REGISTRATION_COUNTRY',
  'GENDER',
  'ADDR_FULL',
  'ADDR_LINE1',
  'ADDR_LINE2',
  'ADDR_LINE3',
  'ADDR_CITY',
  'ADDR_STATE',
  'ADDR_POSTAL_CODE',
  'ADDR_COUNTRY',
  'PASSPORT_NUMBER',
  'PASSPORT_COUNTRY',
  'NATIONAL_ID_NUMBER',
  'NATIONAL_ID_COUNTRY',
  'SSN_NUMBER',
  'DRIVERS_LICENSE_NUMBER',
  'TAX_ID_NUMBER',
  'TAX_ID_COUNTRY',
  'LEI_NUMBER',
  'DUNS_NUMBER',
  'OTHER_ID_NUMBER',
  'OTHER_ID_COUNTRY',
] as const;
type Attribute = (typeof ATTRIBUTES)[number];

/** A group of attributes that belong together (one name, one address), with the usage prefix of its keys. */
interface Group {
  values: Partial<Record<Attribute, string>>;
  usage: string;
}

const IDENTIFIERS: ReadonlyArray<readonly [Attribute, IdentifierType, Attribute | undefined]> = [
  ['PASSPORT_NUMBER', 'passport', 'PASSPORT_COUNTRY'],
  ['NATIONAL_ID_NUMBER', 'national_id', 'NATIONAL_ID_COUNTRY'],
  ['SSN_NUMBER', 'national_id', undefined],
  ['DRIVERS_LICENSE_NUMBER', 'national_id', undefined],
  ['TAX_ID_NUMBER', 'tax', 'TAX_ID_COUNTRY'],
  ['LEI_NUMBER', 'lei', undefined],
  ['DUNS_NUMBER', 'other', undefined],
  ['OTHER_ID_NUMBER', 'other', 'OTHER_ID_COUNTRY'],
];

export async function* parseSenzingJson(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  for await (const { value, where } of readJsonRecords(file, decodeUtf8(file, gunzipIfNeeded(file)))) {
    stats.records++;
    const record = asObject(value);
    if (!record) throw new ListFormatError(file.name, where, 'not a Senzing record: expected a JSON object');
    const dataSource = scalar(record.DATA_SOURCE);
    const recordId = scalar(record.RECORD_ID);
    if (!dataSource || !recordId)
      throw new ListFormatError(file.name, where, 'the record has no DATA_SOURCE or RECORD_ID');
    if (isRelationshipAnchorOnly(record)) {
      stats.skipped++;
      continue;
    }
    const groups = groupsOf(record);
    const entity = new EntityBuilder('senzing', `${dataSource}:${recordId}`, schemaOf(record, groups), stats);
    entity.addProgram(dataSource);
    for (const group of groups) applyGroup(entity, group);
    yield entity.build(file.name, `${where} (RECORD_ID ${recordId})`);
  }
  if (stats.records === 0) throw new ListFormatError(file.name, 'the whole file', 'no records found');
}

/**
 * OpenSanctions' Senzing export writes positions ("United States senator", an FtM Position) as records without
 * RECORD_TYPE that only anchor the persons' occupancy relationships (REL_ANCHOR_KEY). They are not parties.
 */
function isRelationshipAnchorOnly(record: Record<string, unknown>): boolean {
  if (scalar(record.RECORD_TYPE)) return false;
  const relationships = Array.isArray(record.RELATIONSHIPS) ? record.RELATIONSHIPS : [];
  return relationships.some((relationship) => scalar(asObject(relationship)?.REL_ANCHOR_KEY));
}

/** The record's flat attributes as one group, then each object of each list. */
function groupsOf(record: Record<string, unknown>): Group[] {
  const groups = [toGroup(record)];
  for (const value of Object.values(record)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const object = asObject(item);
      if (object) groups.push(toGroup(object));
    }
  }
  return groups;
}

function toGroup(object: Record<string, unknown>): Group {
  const group: Group = { values: {}, usage: '' };
  for (const [key, raw] of Object.entries(object)) {
    const value = scalar(raw);
    if (!value) continue;
    const attribute = ATTRIBUTES.find((name) => key === name || key.endsWith(`_${name}`));
    if (!attribute) continue;
    group.values[attribute] = value;
    if (key !== attribute) group.usage = key.slice(0, key.length - attribute.length - 1);
  }
  return group;
}

function schemaOf(record: Record<string, unknown>, groups: Group[]): EntitySchema {
  const type = scalar(record.RECORD_TYPE)?.toUpperCase();
  if (type && SCHEMAS[type]) return SCHEMAS[type];
  if (groups.some((group) => group.values.NAME_ORG)) return 'Organization';
  if (groups.some((group) => group.values.NAME_FIRST || group.values.NAME_LAST)) return 'Person';
  return 'LegalEntity';
}

function applyGroup(entity: EntityBuilder, { values: v, usage }: Group): void {
  const type = (v.NAME_TYPE ?? usage).toUpperCase();
  const name =
    v.NAME_FULL ?? v.NAME_ORG ?? [v.NAME_FIRST, v.NAME_MIDDLE, v.NAME_LAST].filter(Boolean).join(' ');
  if (name)
    entity.addName(name, type === 'PRIMARY' || (!type && !entity.hasName('primary')) ? 'primary' : 'alias');
  entity.addBirthDates([isoPartialDate(v.DATE_OF_BIRTH)]);
  entity.addCountryCodeOrName(v.NATIONALITY);
  entity.addCountryCodeOrName(v.CITIZENSHIP);
  entity.addCountryCodeOrName(v.REGISTRATION_COUNTRY);
  entity.setGender(v.GENDER);
  const address = v.ADDR_FULL
    ? [v.ADDR_FULL]
    : [v.ADDR_LINE1, v.ADDR_LINE2, v.ADDR_LINE3, v.ADDR_CITY, v.ADDR_STATE, v.ADDR_POSTAL_CODE];
  if (address.some(Boolean)) entity.addAddress([...address, v.ADDR_FULL ? undefined : v.ADDR_COUNTRY]);
  entity.addCountryCodeOrName(v.ADDR_COUNTRY);
  for (const [attribute, kind, countryAttribute] of IDENTIFIERS) {
    const country = countryAttribute ? v[countryAttribute] : undefined;
    entity.addIdentifier(
      kind,
      v[attribute],
      country ? entity.countryOf(country, countryFromCodeOrName) : null,
    );
  }
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
