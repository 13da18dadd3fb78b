import { comparePairs, PAIR_RESULT_HEADERS } from '../../screening/batch/compare-pairs.ts';
import { readInputTable } from '../../screening/batch/input-table.ts';
import { outputFormatOf, outputPathProblem, writeOutputTable } from '../../screening/batch/output-table.ts';
import { checkNoClash } from '../../screening/batch/result-columns.ts';
import { ENTITY_SCHEMAS } from '../../screening/list-entity.model.ts';
import { DEFAULT_THRESHOLD, entityQuerySchema } from '../../screening/match-query.model.ts';
import { compareParties } from '../../screening/screening.service.ts';
import { UsageError } from '../cli-errors.ts';
import { type Command, type OptionValues, stringOption } from '../command.ts';

async function compareFile(input: string, output: string): Promise<number> {
  const problem = outputPathProblem(input, output);
  if (problem) throw new UsageError(problem);
  const format = outputFormatOf(output) ?? 'csv';
  const table = await readInputTable(input);
  checkNoClash(table, PAIR_RESULT_HEADERS);
  const results = comparePairs(table, DEFAULT_THRESHOLD);
  const rows = table.rows.map((row, i) => [...row, ...(results[i] ?? [])]);
  await writeOutputTable(output, format, [...table.headers, ...PAIR_RESULT_HEADERS], rows, 'Scores');
  const matched = results.filter((cells) => cells[1] === 'true').length;
  process.stdout.write(
    `Compared ${rows.length} pairs of ${input}: ${matched} match at threshold ${DEFAULT_THRESHOLD}; written to ${output}\n`,
  );
  return 0;
}

function compareTwo(values: OptionValues, left: string, right: string): number {
  const given = stringOption(values, 'schema') ?? 'LegalEntity';
  const schema = ENTITY_SCHEMAS.find((known) => known === given);
  if (!schema) throw new UsageError(`--schema must be one of ${ENTITY_SCHEMAS.join(', ')}`);
  const party = (name: string) => entityQuerySchema.parse({ schema, properties: { name: [name] } });
  const result = compareParties(party(left), party(right));
  process.stdout.write(`score ${result.score.toFixed(3)}  match ${result.match}\n${result.explanation}\n`);
  return 0;
}

export const compareCommand: Command = {
  path: ['compare'],
  summary: 'Compare two names, or the pairs of a file, and explain the scores',
  usage: `Usage: tradeguard compare "NAME ONE" "NAME TWO" [--schema Person|Organization|Company|LegalEntity|Vessel|Aircraft]
       tradeguard compare --input PAIRS.csv|xlsx --output SCORES.csv|xlsx

Prints the score in [0, 1], whether it is a match at the default threshold (${DEFAULT_THRESHOLD}), and why.
With --input, each row of the file has the columns schema (LegalEntity when empty), name1 and name2; the output
keeps every row and column in order and adds score, match and explanation. Every row is checked first; a row
with a problem is listed (row, column, reason) and nothing is written. CSV cells that a spreadsheet would run
as formulas get a leading apostrophe.`,
  options: {
    schema: { type: 'string' },
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
  },
  positionals: 2,
  async run(values, positionals) {
    const input = stringOption(values, 'input');
    const output = stringOption(values, 'output');
    if (input !== undefined || output !== undefined) {
      if (!input || !output) throw new UsageError('Give both --input and --output');
      if (positionals.length > 0) throw new UsageError('Give either two names or --input, not both');
      if (values.schema !== undefined) throw new UsageError('With --input, the schema comes from each row');
      return compareFile(input, output);
    }
    const [left, right] = positionals;
    if (!left || !right) throw new UsageError('Give two names to compare, or --input and --output');
    return compareTwo(values, left, right);
  },
};
