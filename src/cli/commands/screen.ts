import { loadCurrentEntities } from '../../screening/batch/current-entities.ts';
import { readInputTable } from '../../screening/batch/input-table.ts';
import { outputFormatOf, outputPathProblem, writeOutputTable } from '../../screening/batch/output-table.ts';
import { readPartyQueries } from '../../screening/batch/party-queries.ts';
import { checkNoClash, resultCells, screeningHeaders } from '../../screening/batch/result-columns.ts';
import { POOL_MIN_QUERIES, screenBatch } from '../../screening/batch/screen-batch.ts';
import { LIST_SOURCES, type ListSource } from '../../screening/list-entity.model.ts';
import { DEFAULT_THRESHOLD } from '../../screening/match-query.model.ts';
import { withDatabase } from '../cli-context.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import { type Command, type OptionValues, stringOption } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';

/** Results just under the threshold are listed too (match false), as the API shows them. */
const NEAR_MISS = 0.15;
const MAX_WORKERS = 64;

function numberOption(values: OptionValues, name: string, min: number, max: number, integer: boolean) {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  }
  return value;
}

function listsOption(values: OptionValues): ListSource[] | null {
  const text = stringOption(values, 'lists');
  if (text === undefined) return null;
  const lists = text
    .split(',')
    .map((list) => list.trim())
    .filter((list) => list !== '');
  const known: readonly string[] = LIST_SOURCES;
  const unknown = lists.filter((list) => !known.includes(list));
  if (lists.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--lists: ${unknown.join(', ') || 'empty'}; the lists are ${LIST_SOURCES.join(', ')}`,
    );
  }
  return LIST_SOURCES.filter((source) => lists.includes(source));
}

export const screenCommand: Command = {
  path: ['screen'],
  summary: 'Screen the parties of a CSV or XLSX file against the sanctions lists',
  usage: `Usage: tradeguard screen --input PARTIES.csv|xlsx --output RESULTS.csv|xlsx [--threshold ${DEFAULT_THRESHOLD}]
                        [--lists us_ofac_sdn,un_sc,...] [--limit 3] [--workers N]

Input columns (headers in any case): name (required), and optionally schema (Person, Organization, Company,
LegalEntity, Vessel, Aircraft; LegalEntity when empty), country (names or ISO codes, ";" between several),
birth_date (YYYY-MM-DD, YYYY-MM or YYYY), id_number. Every row is checked first; a row with a problem is
listed (row, column, reason) and nothing is screened.

The output keeps every input row and column in order and adds: match (true when the best score reaches the
threshold), score (the best), then for the best --limit matches (near misses down to ${NEAR_MISS} under the
threshold included): match_N_list, match_N_entity_id, match_N_name, match_N_score, match_N_explanation; and
error for a row that could not be screened. CSV cells that a spreadsheet would run as formulas get a leading
apostrophe. The file is written whole or not at all.

The lists are the versions in force in the data directory (tradeguard lists import); --lists keeps to some.
Large files are screened on worker threads, one per core (--workers N; 0 screens in this thread; files under
${POOL_MIN_QUERIES} rows use this thread unless --workers is given).

Exit codes: 0 done, 1 failed (or some rows could not be screened), 2 wrong usage, 3 the input has problems.`,
  options: {
    input: { type: 'string', short: 'i' },
    output: { type: 'string', short: 'o' },
    threshold: { type: 'string' },
    lists: { type: 'string' },
    limit: { type: 'string' },
    workers: { type: 'string' },
  },
  positionals: 0,
  async run(values) {
    const input = stringOption(values, 'input');
    const output = stringOption(values, 'output');
    if (!input || !output)
      throw new UsageError('Give the parties file with --input and the results file with --output');
    const problem = outputPathProblem(input, output);
    if (problem) throw new UsageError(problem);
    const format = outputFormatOf(output) ?? 'csv';
    const threshold = numberOption(values, 'threshold', 0, 1, false) ?? DEFAULT_THRESHOLD;
    const limit = numberOption(values, 'limit', 1, 10, true) ?? 3;
    const workers = numberOption(values, 'workers', 0, MAX_WORKERS, true);
    const lists = listsOption(values);

    const table = await readInputTable(input);
    const added = screeningHeaders(limit);
    checkNoClash(table, added);
    const { queries } = readPartyQueries(table);
    const loaded = await withDatabase((context) => loadCurrentEntities(context.database.db, lists));
    const used = loaded.versions.filter((version) => !lists || lists.some((list) => list === version.source));
    process.stdout.write(
      `Screening ${queries.length} rows of ${input} against ${used.map((v) => `${v.source} (${v.entityCount} entities, imported ${v.importedAt.toISOString().slice(0, 10)})`).join(', ')}\n`,
    );

    const bar = createProgressBar('Screening');
    bar.update(0, queries.length);
    const started = performance.now();
    const run = await screenBatch(
      loaded.entities,
      queries,
      { limit, minScore: Math.max(0, threshold - NEAR_MISS), lists },
      { ...(workers === undefined ? {} : { workers }), onProgress: (done, total) => bar.update(done, total) },
    );
    bar.finish();
    const seconds = (performance.now() - started) / 1000;

    const rows = table.rows.map((row, i) => [
      ...row,
      ...resultCells(run.outcomes[i], loaded.entities, threshold, limit),
    ]);
    await writeOutputTable(output, format, [...table.headers, ...added], rows);

    const matched = rows.filter((row) => row[table.headers.length] === 'true').length;
    const failed = run.outcomes.filter((outcome) => !outcome.ok).length;
    process.stdout.write(
      `${matched} of ${queries.length} rows match at threshold ${threshold}. ` +
        `Screened in ${seconds.toFixed(1)} s ${run.workers === 0 ? 'in one thread' : `on ${run.workers} worker threads`}; written to ${output}\n`,
    );
    if (failed > 0) {
      process.stderr.write(`${failed} rows could not be screened: see the "error" column of ${output}\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
