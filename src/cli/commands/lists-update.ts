import { resolve } from 'node:path';
import type { ListSourceDefinition } from '../../screening/sources/list-sources.ts';
import {
  readSourcesFile,
  resolveSources,
  SOURCES_FILE_ENV,
  selectSources,
} from '../../screening/sources/sources-config.ts';
import {
  type SourceOutcome,
  type UpdateEvent,
  updateLists,
} from '../../screening/sources/update-lists.service.ts';
import { withDatabase } from '../cli-context.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import { type Command, stringOption, stringsOption } from '../command.ts';
import { createProgressBar } from '../progress-bar.ts';
import { runQueuedScreenings } from '../screening-jobs.ts';

export const listsUpdateCommand: Command = {
  path: ['lists', 'update'],
  summary: 'Download the official sanctions lists and import them as new list versions',
  usage: `Usage: tradeguard lists update [--only SOURCE]... [--sources FILE] [--show-sources]

Downloads each list from its publisher and imports it as \`tradeguard lists import\` does: a new version of
the list, compared with the one in force; a download or file that fails keeps the version in force.

Sources: us_ofac_sdn, us_ofac_cons (OFAC CSV sets), us_csl (trade.gov), un_sc (UN Security Council XML),
eu_fsf (EU Financial Sanctions Files XML), gb_hmt (UK Sanctions List XML), and opensanctions (the
OpenSanctions Default dataset: several GB, CC BY-NC; only when named with --only or enabled).

Options:
  --only SOURCE     update only this source (repeat, or separate names with commas)
  --sources FILE    a JSON sources file that changes addresses (a mirror), adds sources, sets expected
                    SHA-256 sums and download settings; default: the file named by ${SOURCES_FILE_ENV}
  --show-sources    print the sources and their addresses, and download nothing

Downloads time out, are retried with growing waits on network errors and HTTP 5xx answers (not on other
4xx), are limited in size and hashed (SHA-256); unchanged files are not imported again. Files are kept
under TRADEGUARD_DATA_DIR/lists. Exit codes: 0 every source updated or unchanged, 1 a source could not be
downloaded (offline, HTTP error), 3 a file was refused (checksum, size, format) and nothing else failed.`,
  options: {
    only: { type: 'string', multiple: true },
    sources: { type: 'string' },
    'show-sources': { type: 'boolean' },
  },
  positionals: 0,
  async run(values) {
    const sourcesPath = stringOption(values, 'sources') ?? process.env[SOURCES_FILE_ENV];
    const config = resolveSources(sourcesPath ? await readSourcesFile(resolve(sourcesPath)) : undefined);
    const only = stringsOption(values, 'only').flatMap((value) =>
      value
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    );
    const { selected, unknown } = selectSources(config.sources, only);
    if (unknown.length > 0) {
      const names = config.sources.map((source) => source.name).join(', ');
      throw new UsageError(`No source named ${unknown.join(', ')} (there are: ${names})`);
    }
    if (values['show-sources']) {
      process.stdout.write(describeSources(only.length > 0 ? selected : config.sources));
      return EXIT.ok;
    }
    if (selected.length === 0)
      throw new UsageError('Every source is disabled: name the ones to update with --only');
    const outcomes = await withDatabase(async ({ config: appConfig, database }) => {
      const updated = await updateLists(database.db, {
        dataDir: appConfig.dataDir,
        sources: selected,
        download: config.download,
        importedBy: 'cli (lists update)',
        onEvent: reporter(),
      });
      process.stdout.write(`\n${summaryTable(updated)}`);
      // Every organisation's suppliers are screened against what the new versions added or changed.
      await runQueuedScreenings(database.db, (line) => process.stdout.write(line));
      return updated;
    });
    if (
      outcomes.length > 0 &&
      outcomes.every((outcome) => outcome.status === 'failed' && outcome.failure === 'offline')
    ) {
      process.stderr.write(
        'No publisher could be reached: this machine looks offline. Point a sources file at a mirror ' +
          '(--sources), or import downloaded files with tradeguard lists import.\n',
      );
    }
    return exitCodeOf(outcomes);
  },
};

/** Prints what happens: a progress bar per file on a terminal, retries, and each source's outcome. */
function reporter() {
  let bar: { url: string; update: (done: number, total: number) => void; finish: () => void } | undefined;
  let drawnAt = 0;
  const endBar = () => {
    bar?.finish();
    bar = undefined;
  };
  return (event: UpdateEvent) => {
    if (event.type === 'progress') {
      const { progress } = event;
      // Only a terminal gets a bar: in a log, per-10 % lines for every file would drown the outcomes.
      if (!process.stderr.isTTY || progress.total === null) return;
      if (bar?.url !== progress.url) {
        endBar();
        bar = {
          url: progress.url,
          ...createProgressBar(`${event.source}: ${new URL(progress.url).pathname}`),
        };
      }
      const now = Date.now();
      if (now - drawnAt >= 100 || progress.bytes === progress.total) {
        drawnAt = now;
        bar.update(progress.bytes, progress.total);
      }
      return;
    }
    endBar();
    if (event.type === 'retry') {
      const { notice } = event;
      process.stderr.write(
        `${event.source}: ${notice.reason}; retrying in ${(notice.delayMs / 1000).toFixed(1)} s ` +
          `(attempt ${notice.attempt} of ${notice.of})\n`,
      );
      return;
    }
    reportOutcome(event.outcome);
  };
}

function reportOutcome(outcome: SourceOutcome) {
  switch (outcome.status) {
    case 'updated':
      process.stdout.write(
        `${outcome.source}: version ${outcome.versionId}: ${outcome.entityCount} entities, ${outcome.added} added, ` +
          `${outcome.changed} changed, ${outcome.removed} removed (${describeFiles(outcome)}).\n`,
      );
      return;
    case 'unchanged': {
      const why = outcome.files.every((file) => file.notModified)
        ? 'not modified since the last download'
        : outcome.reason === 'same_files'
          ? 'the same files as the version in force'
          : 'the same entities as the version in force';
      process.stdout.write(
        `${outcome.source}: unchanged, ${why} (${outcome.entityCount} entities); the version in force stays.\n`,
      );
      return;
    }
    case 'failed':
      process.stderr.write(
        outcome.failure === 'offline'
          ? `${outcome.source}: offline: ${outcome.message}. The version in force stays.\n`
          : `${outcome.source}: failed (${outcome.failure}): ${outcome.message}. The version in force stays.\n`,
      );
      return;
  }
}

function describeFiles(outcome: SourceOutcome): string {
  return outcome.files
    .map((file) => `${file.name} ${formatBytes(file.bytes)} sha256 ${file.sha256.slice(0, 12)}`)
    .join('; ');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The summary: one row per source, numbers right-aligned. */
export function summaryTable(outcomes: SourceOutcome[]): string {
  const rows = outcomes.map((outcome) => {
    const status =
      outcome.status === 'failed' ? (outcome.failure === 'offline' ? 'offline' : 'failed') : outcome.status;
    const counts =
      outcome.status === 'updated'
        ? [outcome.entityCount, outcome.added, outcome.changed, outcome.removed].map(String)
        : outcome.status === 'unchanged'
          ? [String(outcome.entityCount), '0', '0', '0']
          : ['-', '-', '-', '-'];
    return [outcome.source, status, ...counts];
  });
  const header = ['source', 'status', 'entities', 'added', 'changed', 'removed'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function describeSources(sources: ListSourceDefinition[]): string {
  return sources
    .map((source) => {
      const mark = source.optIn ? ' (opt-in: updated only when named with --only)' : '';
      const files = source.files
        .map((file) => `  ${file.name}  ${file.url}${file.sha256 ? `  sha256 ${file.sha256}` : ''}`)
        .join('\n');
      return `${source.name} → ${source.list}: ${source.title}${mark}\n${files}\n`;
    })
    .join('');
}

const INPUT_FAILURES = new Set(['invalid_file', 'wrong_list', 'checksum_mismatch', 'too_large']);

function exitCodeOf(outcomes: SourceOutcome[]): number {
  const failures = outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [outcome.failure] : []));
  if (failures.length === 0) return EXIT.ok;
  return failures.every((failure) => INPUT_FAILURES.has(failure)) ? EXIT.invalidInput : EXIT.failed;
}
