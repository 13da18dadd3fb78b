import { ENTITY_SCHEMAS, type EntitySchema } from '../list-entity.model.ts';
import { entityQuerySchema } from '../match-query.model.ts';
import { compareParties } from '../screening.service.ts';
import { findColumns, headerKey, type InputTable, type RowProblem, throwProblems } from './input-table.ts';
import type { OutputCell } from './result-columns.ts';

const PAIR_COLUMNS = [
  { field: 'schema', names: ['schema', 'type'], required: false },
  { field: 'name1', names: ['name1', 'name_1'], required: true },
  { field: 'name2', names: ['name2', 'name_2'], required: true },
] as const;

export const PAIR_RESULT_HEADERS = ['score', 'match', 'explanation'];

const SCHEMA_BY_KEY = new Map(
  ENTITY_SCHEMAS.map((schema): [string, EntitySchema] => [headerKey(schema), schema]),
);

/**
 * Compares the two names of every row of a pairs file (columns schema, name1, name2; schema LegalEntity when
 * empty) and answers the cells each row gains: score, match at the threshold, explanation. Every row is
 * checked first; problems refuse the file, listed by row and column.
 */
export function comparePairs(table: InputTable, threshold: number): OutputCell[][] {
  const columns = findColumns(table, PAIR_COLUMNS);
  const problems: RowProblem[] = [];
  const pairs = table.rows.map((row, i) => {
    const rowNumber = table.rowNumbers[i] ?? i + 2;
    const cell = (field: (typeof PAIR_COLUMNS)[number]['field']) => {
      const at = columns.get(field);
      return at === undefined ? '' : (row[at] ?? '').trim();
    };
    const problem = (field: (typeof PAIR_COLUMNS)[number]['field'], reason: string) => {
      const at = columns.get(field);
      problems.push({
        row: rowNumber,
        column: at === undefined ? field : (table.headers[at] ?? field),
        reason,
      });
    };
    const schemaText = cell('schema');
    const schema = schemaText === '' ? 'LegalEntity' : SCHEMA_BY_KEY.get(headerKey(schemaText));
    if (!schema) problem('schema', `"${schemaText}" is not one of ${ENTITY_SCHEMAS.join(', ')}`);
    const parties = (['name1', 'name2'] as const).map((field) => {
      const name = cell(field);
      if (name === '') problem(field, 'the name is empty');
      const parsed = entityQuerySchema.safeParse({
        schema: schema ?? 'LegalEntity',
        properties: { name: [name] },
      });
      if (!parsed.success) problem(field, parsed.error.issues.map((issue) => issue.message).join('; '));
      return parsed.data;
    });
    return () => {
      const [left, right] = parties;
      if (!left || !right) throw new Error('A pair was compared that did not pass its checks');
      return compareParties(left, right, threshold);
    };
  });
  throwProblems(table.file, problems);
  return pairs.map((compare) => {
    const result = compare();
    return [result.score, result.match ? 'true' : 'false', result.explanation];
  });
}
