import { createHash } from 'node:crypto';
import { type EntitySchema, type ListEntity, ListFormatError } from '../list-entity.model.ts';
import { type CsvRow, readCsvRows } from './csv-rows.ts';
import { EntityBuilder } from './entity-builder.ts';
import { countryFromCode } from './list-countries.ts';
import { isoPartialDate, rangeDates } from './list-dates.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { identifierTypeOfLabel, imoDigits } from './ofac-identifiers.ts';
import { decodeLegacyText, gunzipIfNeeded } from './text-decoding.ts';

/**
 * The US Consolidated Screening List as trade.gov publishes it in CSV (developer.trade.gov, "Consolidated
 * Screening List", consolidated.csv): a header row, one row per listed party and source list, multi-valued
 * cells separated by "; ". Plain or gzip. Two layouts are read by column name: the current one starts with
 * "_id", the older one (2019) has no "_id".
 */

const REQUIRED_COLUMNS = ['source', 'name', 'type'] as const;

const SCHEMAS: Record<string, EntitySchema> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  '': 'LegalEntity',
};

type Columns = Map<string, number>;

/**
 * One entity per _id. The same OFAC party is listed once per source list that names it (SDN and SSI and
 * CAP...), on consecutive rows with the same _id: they are merged, with every source kept in programs.
 */
export async function* parseUsCsl(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  let columns: Columns | undefined;
  let current: { entity: EntityBuilder; record: string } | undefined;
  const seen = new Set<string>();
  for await (const row of readCsvRows(file, decodeLegacyText(gunzipIfNeeded(file)))) {
    if (!columns) {
      columns = headerColumns(file.name, row);
      continue;
    }
    stats.records++;
    const get = (name: string): string => (row.fields[columns?.get(name) ?? -1] ?? '').trim();
    const record = `line ${row.line}`;
    const name = get('name');
    if (!name) throw new ListFormatError(file.name, record, 'the row has no name');
    const localId = get('_id') || get('entity_number') || derivedId(get('source'), name);
    if (current && current.entity.id !== `us_csl:${localId}`) {
      yield current.entity.build(file.name, current.record);
      current = undefined;
    }
    if (!current) {
      if (seen.has(localId)) {
        throw new ListFormatError(file.name, record, `_id ${localId} appears again after other rows`);
      }
      seen.add(localId);
      current = {
        entity: new EntityBuilder('us_csl', localId, schemaOf(file.name, record, get('type')), stats),
        record,
      };
    }
    applyRow(current.entity, get);
  }
  if (!columns) throw new ListFormatError(file.name, 'line 1', 'the file is empty');
  if (current) yield current.entity.build(file.name, current.record);
  if (stats.records === 0) throw new ListFormatError(file.name, 'the whole file', 'no records found');
}

function headerColumns(file: string, row: CsvRow): Columns {
  const columns: Columns = new Map(row.fields.map((name, index) => [name.trim().toLowerCase(), index]));
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new ListFormatError(
      file,
      `line ${row.line}`,
      `not a Consolidated Screening List header: no ${missing.join(', ')} column`,
    );
  }
  return columns;
}

function schemaOf(file: string, record: string, type: string): EntitySchema {
  const schema = SCHEMAS[type.toLowerCase()];
  if (!schema) throw new ListFormatError(file, record, `unknown type "${type}"`);
  return schema;
}

/** Rows without an _id (the older layout, non-OFAC sources) get a stable id from what identifies them. */
function derivedId(source: string, name: string): string {
  return createHash('sha256').update(`${source}\n${name}`).digest('hex').slice(0, 24);
}

function applyRow(entity: EntityBuilder, get: (name: string) => string): void {
  entity.addName(get('name'), 'primary');
  for (const alias of splitList(get('alt_names'))) entity.addName(alias, 'alias');
  entity.addProgram(get('source'));
  for (const program of splitList(get('programs'))) entity.addProgram(program);
  for (const date of splitList(get('dates_of_birth'))) entity.addBirthDates(cslBirthDates(date));
  for (const country of [...splitList(get('nationalities')), ...splitList(get('citizenships'))]) {
    entity.addCountryCodeOrName(country);
  }
  for (const address of splitList(get('addresses'))) {
    // Each address ends with its country as an ISO code ("..., SEAGOVILLE, TX, 75159, US"); many are only that.
    const last = address.split(',').pop()?.trim() ?? '';
    if (/^[A-Z]{2}$/.test(last)) entity.addCountryIso(last);
    if (address !== last) entity.addAddress([address]);
  }
  entity.addCountryCodeOrName(get('vessel_flag'));
  entity.addIdentifier('call_sign', get('call_sign'));
  for (const item of splitList(get('ids'))) applyIdItem(entity, item);
  const title = get('title');
  if (title) entity.addRemark(`Title: ${title}`);
  entity.addRemark(get('remarks'));
  const start = isoPartialDate(get('start_date'));
  if (!entity.listedOn && start?.length === 10) entity.listedOn = start;
}

/**
 * One item of the "ids" cell: "CC, [issue date, expiry date,] number, Type", e.g. "JO, 2014-08-30,
 * 2009-08-31, K475336, Passport", "K048787, Passport", "Male, Gender". Items of other kinds (sanctions
 * information, websites) are left alone.
 */
function applyIdItem(entity: EntityBuilder, item: string): void {
  const parts = item.split(', ').map((part) => part.trim());
  const label = parts[parts.length - 1] ?? '';
  if (label === 'Gender') {
    entity.setGender(parts[0]);
    return;
  }
  const type = identifierTypeOfLabel(label);
  const value = parts[parts.length - 2];
  if (!type || !value || parts.length < 2) return;
  if (type === 'imo') {
    entity.addIdentifier('imo', imoDigits(value));
    return;
  }
  const country =
    parts.length >= 3 && /^[A-Z]{2}$/.test(parts[0] ?? '')
      ? entity.countryOf(parts[0], countryFromCode)
      : null;
  entity.addIdentifier(type, value, country);
}

/** "1973-03-25", "1967", "circa 1967", "1950 to 1952". */
function cslBirthDates(value: string): string[] {
  const text = value.replace(/^circa\s+/i, '').trim();
  const [from, to] = text.split(/\s+to\s+/);
  if (from && to) {
    const start = isoPartialDate(from);
    const end = isoPartialDate(to);
    return start && end ? rangeDates(start, end) : [];
  }
  const date = isoPartialDate(text);
  return date ? [date] : [];
}

function splitList(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
