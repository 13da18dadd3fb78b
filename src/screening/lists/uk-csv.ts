import { type ListEntity, ListFormatError } from '../list-entity.model.ts';
import { type CsvRow, readCsvRows } from './csv-rows.ts';
import { countryFromName } from './list-countries.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { decodeLegacyText, gunzipIfNeeded } from './text-decoding.ts';
import { buildUkEntity, emptyDesignation, type UkDesignation } from './uk-designation.ts';

/**
 * The UK Sanctions List in CSV (FCDO, UK_Sanctions_List.csv). Layout assumed, as the FCDO export writes it:
 * a first line "Report Date: 08-Oct-2026", then a header row of 58 columns - Last Updated, Unique ID, OFSI Group
 * ID, UN Reference Number, Name 6, Name 1 .. Name 5, Name type, Alias strength, Title, Name non-latin script,
 * Non-latin script type, Non-latin script language, Regime Name, Designation Type, Designation source,
 * Sanctions Imposed, Other Information, UK Statement of Reasons, Address Line 1 .. 6, Address Postal Code,
 * Address Country, Phone number, Website, Email address, Date Designated, D.O.B, Nationality(/ies), National
 * Identifier number, ..., Passport number, ..., Gender, ..., Business registration number (s), IMO number, ...,
 * Current believed flag of ship, ... - and one row per name (and per further address, date of birth...) of a
 * designation, the rows of one designation next to each other with the same Unique ID. Columns are found by
 * name, so their order does not matter, and a few other spellings are accepted ("Entity Type", "Regime").
 */

const COLUMNS = {
  uniqueId: ['unique id'],
  kind: ['designation type', 'entity type', 'individual/entity/ship', 'group type'],
  name6: ['name 6'],
  nameType: ['name type', 'alias type'],
  strength: ['alias strength'],
  nonLatin: ['name non-latin script'],
  nonLatinLanguage: ['non-latin script language'],
  regime: ['regime name', 'regime'],
  dateDesignated: ['date designated'],
  dob: ['d.o.b', 'd.o.b.', 'dob', 'date of birth'],
  nationality: ['nationality(/ies)', 'nationality', 'nationalities'],
  gender: ['gender'],
  passport: ['passport number'],
  nationalId: ['national identifier number'],
  registration: [
    'business registration number (s)',
    'business registration number(s)',
    'business registration number',
  ],
  imo: ['imo number'],
  flag: ['current believed flag of ship'],
  postalCode: ['address postal code'],
  country: ['address country'],
  otherInformation: ['other information'],
  statement: ['uk statement of reasons'],
  unReference: ['un reference number'],
} as const;

type Column = keyof typeof COLUMNS;

export async function* parseUkCsv(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  let header: Map<string, number> | undefined;
  let current: { designation: UkDesignation; where: string } | undefined;
  const seen = new Set<string>();
  for await (const row of readCsvRows(file, decodeLegacyText(gunzipIfNeeded(file)))) {
    if (!header) {
      header = headerOf(file.name, row);
      continue;
    }
    stats.records++;
    const where = `line ${row.line}`;
    const cellOf = (name: string): string => (row.fields[header?.get(name) ?? -1] ?? '').trim();
    const get = (column: Column): string => {
      for (const name of COLUMNS[column]) {
        const value = cellOf(name);
        if (value) return value;
      }
      return '';
    };
    const uniqueId = get('uniqueId');
    if (!uniqueId) throw new ListFormatError(file.name, where, 'the row has no Unique ID');
    if (current && current.designation.uniqueId !== uniqueId) {
      yield buildUkEntity(file.name, current.where, current.designation, stats);
      current = undefined;
    }
    if (!current) {
      if (seen.has(uniqueId)) {
        throw new ListFormatError(
          file.name,
          where,
          `Unique ID ${uniqueId} appears again after other designations`,
        );
      }
      seen.add(uniqueId);
      current = { designation: emptyDesignation(uniqueId), where };
    }
    applyRow(current.designation, get, cellOf);
  }
  if (!header) throw new ListFormatError(file.name, 'line 1', 'the file has no header row');
  if (current) yield buildUkEntity(file.name, current.where, current.designation, stats);
  if (stats.records === 0) throw new ListFormatError(file.name, 'the whole file', 'no designations found');
}

/**
 * The header: the first row, or the second when the first is the "Report Date" line. It must name at least
 * the Unique ID and Name 6 columns.
 */
function headerOf(file: string, row: CsvRow): Map<string, number> | undefined {
  if (/^report date/i.test(row.fields[0]?.trim() ?? '')) return undefined;
  const header = new Map(
    row.fields.map((name, index) => [name.trim().replace(/\s+/g, ' ').toLowerCase(), index]),
  );
  if (!header.has('unique id') || !header.has('name 6')) {
    throw new ListFormatError(
      file,
      `line ${row.line}`,
      'not a UK Sanctions List header: no "Unique ID" and "Name 6" columns',
    );
  }
  return header;
}

function applyRow(d: UkDesignation, get: (column: Column) => string, cellOf: (name: string) => string): void {
  d.kind ||= get('kind');
  const name6 = get('name6');
  const parts = [1, 2, 3, 4, 5].map((n) => cellOf(`name ${n}`));
  if (name6 || parts.some(Boolean)) {
    d.names.push({ parts, name6, type: get('nameType'), strength: get('strength') });
  }
  const nonLatin = get('nonLatin');
  if (nonLatin) d.nonLatinNames.push({ value: nonLatin, language: get('nonLatinLanguage') });
  pushIf(d.regimes, get('regime'));
  d.dateDesignated ||= get('dateDesignated');
  pushIf(d.dobs, get('dob'));
  d.nationalities.push(...splitCountries(get('nationality')));
  pushIf(d.genders, get('gender'));
  pushIf(d.passports, get('passport'));
  pushIf(d.nationalIds, get('nationalId'));
  pushIf(d.registrationNumbers, get('registration'));
  pushIf(d.imoNumbers, get('imo'));
  d.flags.push(...splitCountries(get('flag')));
  const lines = [1, 2, 3, 4, 5, 6].map((n) => cellOf(`address line ${n}`)).concat(get('postalCode'));
  const country = get('country');
  if (lines.some(Boolean) || country) d.addresses.push({ lines, country });
  const un = get('unReference');
  if (un) pushIf(d.remarks, `UN reference number: ${un}`);
  pushIf(d.remarks, get('otherInformation'));
  pushIf(d.remarks, get('statement'));
}

function pushIf(values: string[], value: string): void {
  if (value && !values.includes(value)) values.push(value);
}

/** One country, or several in one cell ("Afghanistan, Pakistan") when the whole cell is not one name. */
function splitCountries(value: string): string[] {
  if (!value) return [];
  if (countryFromName(value)) return [value];
  return value
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
