import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { ListFormatError, type ListSource } from '../list-entity.model.ts';
import { importListVersion } from '../list-versions.service.ts';
import { listCurrentVersions } from '../list-versions.store.ts';
import { detectFormat, SOURCE_OF_FORMAT } from '../lists/detect-format.ts';
import { DownloadError, type DownloadFailure } from './download-errors.ts';
import type { DownloadProgress, DownloadSettings, RetryNotice } from './download-file.ts';
import { readDownloadState, recordDownload } from './download-state.ts';
import type { ListSourceDefinition } from './list-sources.ts';
import {
  type FileReport,
  fetchFile,
  keepDownload,
  removeStaleIncoming,
  toDownloaded,
} from './source-files.ts';

export type { FileReport } from './source-files.ts';

export type UpdateFailure = DownloadFailure | 'invalid_file' | 'wrong_list';

export type SourceOutcome = { source: string; list: ListSource; files: FileReport[] } & (
  | {
      status: 'updated';
      versionId: string;
      entityCount: number;
      added: number;
      changed: number;
      removed: number;
    }
  | {
      status: 'unchanged';
      /** same_files: the files are byte for byte those of the version in force, so they were not read again. */
      reason: 'same_files' | 'same_entities';
      versionId: string;
      entityCount: number;
    }
  | { status: 'failed'; failure: UpdateFailure; message: string; url: string | null }
);

export type UpdateEvent =
  | { type: 'retry'; source: string; notice: RetryNotice }
  | { type: 'progress'; source: string; progress: DownloadProgress }
  | { type: 'done'; outcome: SourceOutcome };

export interface UpdateListsInput {
  /** The data directory: downloads are kept under `lists/` in it. */
  dataDir: string;
  sources: ListSourceDefinition[];
  download: DownloadSettings;
  importedBy: string;
  onEvent?: (event: UpdateEvent) => void;
}

/**
 * Downloads each source's files into a temporary folder of the data directory and imports them as a new
 * version of their list, exactly as `lists import` does. One source failing (offline, an HTTP error, a bad
 * checksum, a file that does not parse) keeps its version in force and does not stop the others.
 */
export async function updateLists(db: Db, input: UpdateListsInput): Promise<SourceOutcome[]> {
  const listsDir = join(input.dataDir, 'lists');
  await mkdir(listsDir, { recursive: true });
  await removeStaleIncoming(listsDir);
  const outcomes: SourceOutcome[] = [];
  let download = input.download;
  for (const source of input.sources) {
    const outcome = await updateSource(db, listsDir, source, { ...input, download });
    outcomes.push(outcome);
    input.onEvent?.({ type: 'done', outcome });
    // Once one publisher stayed unreachable through its retries, the machine is probably offline: the next
    // sources are still tried, once each, so an offline run ends in seconds instead of waits per source.
    if (outcome.status === 'failed' && outcome.failure === 'offline')
      download = { ...download, retryOffline: false };
  }
  return outcomes;
}

async function updateSource(
  db: Db,
  listsDir: string,
  source: ListSourceDefinition,
  input: UpdateListsInput,
): Promise<SourceOutcome> {
  const base = { source: source.name, list: source.list };
  const workDir = await mkdtemp(join(listsDir, '.incoming-'));
  const incoming = join(workDir, source.name);
  await mkdir(incoming);
  const kept = join(listsDir, source.name);
  const reports: FileReport[] = [];
  try {
    const previous = (await readDownloadState(listsDir))[source.name]?.files ?? [];
    for (const file of source.files) {
      reports.push(
        await fetchFile(file, source.maxBytes, { incoming, kept, previous }, input.download, {
          onRetry: (notice) => input.onEvent?.({ type: 'retry', source: source.name, notice }),
          onProgress: (progress) => input.onEvent?.({ type: 'progress', source: source.name, progress }),
        }),
      );
    }
    const importPath =
      source.files.length === 1 && source.files[0] ? join(incoming, source.files[0].name) : incoming;
    const detected = SOURCE_OF_FORMAT[await detectFormat(importPath)];
    if (detected !== source.list) {
      return {
        ...base,
        files: reports,
        status: 'failed',
        failure: 'wrong_list',
        message: `the downloaded file is the ${detected} list, not ${source.list}; check the source's address`,
        url: source.files[0]?.url ?? null,
      };
    }
    const current = (await listCurrentVersions(db)).find((version) => version.source === source.list);
    let outcome: SourceOutcome;
    if (current && sameFiles(current.files, reports)) {
      outcome = {
        ...base,
        files: reports,
        status: 'unchanged',
        reason: 'same_files',
        versionId: current.id,
        entityCount: current.entity_count,
      };
    } else {
      const imported = await importListVersion(db, importPath, input.importedBy);
      outcome = imported.unchanged
        ? {
            ...base,
            files: reports,
            status: 'unchanged',
            reason: 'same_entities',
            versionId: imported.versionId,
            entityCount: imported.entityCount,
          }
        : {
            ...base,
            files: reports,
            status: 'updated',
            versionId: imported.versionId,
            entityCount: imported.entityCount,
            added: imported.added,
            changed: imported.changed,
            removed: imported.removed,
          };
    }
    await keepDownload(workDir, incoming, kept);
    await recordDownload(listsDir, source.name, reports.map(toDownloaded(previous)));
    return outcome;
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) throw error;
    return { ...base, files: reports, status: 'failed', ...failure };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function sameFiles(versionFiles: { name: string; sha256: string }[], reports: FileReport[]): boolean {
  const key = (files: { name: string; sha256: string }[]) =>
    files
      .map((file) => `${file.name.toLowerCase()} ${file.sha256}`)
      .sort()
      .join('\n');
  return key(versionFiles) === key(reports);
}

function failureOf(
  error: unknown,
): { failure: UpdateFailure; message: string; url: string | null } | undefined {
  if (error instanceof DownloadError) {
    const tries = error.attempts > 1 ? ` (after ${error.attempts} attempts)` : '';
    return { failure: error.failure, message: `${error.message}${tries}`, url: error.url };
  }
  if (error instanceof ListFormatError) return { failure: 'invalid_file', message: error.message, url: null };
  if (error instanceof AppError && error.code === 'invalid_file')
    return { failure: 'invalid_file', message: error.message, url: null };
  return undefined;
}
