import { toCountryCode } from '../../platform/reference/countries.ts';
import { ENTITY_SCHEMAS, type EntitySchema } from '../list-entity.model.ts';
import type { ScreeningQuery } from '../match/score-entity.ts';
import { findColumns, headerKey, type InputTable, type RowProblem, throwProblems } from './input-table.ts';

/** The columns `tradeguard screen` reads; every other column is carried through to the output untouched. */
const PARTY_COLUMNS = [
  { field: 'name', names: ['name'], required: true },
  { field: 'schema', names: ['schema', 'type'], required: false },
  { field: 'country', names: ['country', 'countries', 'nationality'], required: false },
  { field: 'birthDate', names: ['birth_date', 'date_of_birth', 'dob', 'birthdate'], required: false },
  { field: 'idNumber', names: ['id_number', 'idnumber', 'identifier'], required: false },
] as const;

// As the API's: a name longer than this is not a name, and control characters are not part of one.
const MAX_NAME_LENGTH = 500;
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

const SCHEMA_BY_KEY = new Map<string, EntitySchema>([
  ...ENTITY_SCHEMAS.map((schema): [string, EntitySchema] => [headerKey(schema), schema]),
  ['individual', 'Person'],
  ['organisation', 'Organization'],
  ['legal_entity', 'LegalEntity'],
  ['entity', 'LegalEntity'],
  ['ship', 'Vessel'],
]);

/** Several values in one cell are separated by semicolons ("RU; BY"). */
function values(cell: string): string[] {
  return cell
    .split(';')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** An ISO 8601 date, whole or partial ("1973", "1973-03", "1973-03-25"), that exists in the calendar. */
function checkDate(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  if (month && day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) return null;
  }
  return value;
}

export interface PartyQueries {
  queries: ScreeningQuery[];
  /** Positions of the columns read, for the output and for messages. */
  columns: Map<string, number>;
}

/**
 * Turns the rows of a parties file into screening queries. Every row is checked first: an empty name, an
 * unknown schema or country, or a date that is not YYYY-MM-DD (or YYYY-MM, YYYY) refuses the file with each
 * problem listed by row and column, so that no row is screened on a misread value.
 */
export function readPartyQueries(table: InputTable): PartyQueries {
  const columns = findColumns(table, PARTY_COLUMNS);
  const cell = (row: string[], field: (typeof PARTY_COLUMNS)[number]['field']) => {
    const at = columns.get(field);
    return at === undefined ? '' : (row[at] ?? '').trim();
  };
  const header = (field: (typeof PARTY_COLUMNS)[number]['field']) => {
    const at = columns.get(field);
    return at === undefined ? null : (table.headers[at] ?? null);
  };
  const problems: RowProblem[] = [];
  const queries = table.rows.map((row, i): ScreeningQuery => {
    const rowNumber = table.rowNumbers[i] ?? i + 2;
    const problem = (field: (typeof PARTY_COLUMNS)[number]['field'], reason: string) =>
      problems.push({ row: rowNumber, column: header(field), reason });
    const name = cell(row, 'name');
    if (name === '') problem('name', 'the name is empty');
    else if (name.length > MAX_NAME_LENGTH)
      problem('name', `the name is longer than ${MAX_NAME_LENGTH} characters`);
    else if (CONTROL.test(name)) problem('name', 'the name contains control characters');
    const schemaText = cell(row, 'schema');
    const schema = schemaText === '' ? 'LegalEntity' : SCHEMA_BY_KEY.get(headerKey(schemaText));
    if (!schema) problem('schema', `"${schemaText}" is not one of ${ENTITY_SCHEMAS.join(', ')}`);
    const countries: string[] = [];
    for (const value of values(cell(row, 'country'))) {
      const code = toCountryCode(value);
      if (code) countries.push(code);
      else problem('country', `"${value}" is not a country name or ISO 3166 code`);
    }
    const birthDates: string[] = [];
    for (const value of values(cell(row, 'birthDate'))) {
      const date = checkDate(value);
      if (date) birthDates.push(date);
      else problem('birthDate', `"${value}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY`);
    }
    return {
      schema: schema ?? 'LegalEntity',
      names: [name],
      birthDates,
      countries: [...new Set(countries)],
      identifiers: values(cell(row, 'idNumber')).map((value) => ({ type: 'national_id' as const, value })),
      gender: null,
    };
  });
  throwProblems(table.file, problems);
  return { queries, columns: new Map(columns) };
}
