import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { ListFormatError, type ListSource } from '../list-entity.model.ts';
import { importListVersion } from '../list-versions.service.ts';
import { listCurrentVersions } from '../list-versions.store.ts';
import { detectFormat, SOURCE_OF_FORMAT } from '../lists/detect-format.ts';
import { DownloadError, type DownloadFailure } from './download-errors.ts';
import { type DownloadSettings, downloadFile, type RetryNotice } from './download-file.ts';
import { type DownloadedFile, readDownloadState, recordDownload } from './download-state.ts';
import type { ListSourceDefinition, SourceFile } from './list-sources.ts';

export interface FileReport {
  name: string;
  url: string;
  sha256: string;
  bytes: number;
  /** The server answered 304: the copy kept from the last update was used. */
  notModified: boolean;
  attempts: number;
  /** The server's validators, sent back on the next update for a conditional request. */
  etag: string | null;
  lastModified: string | null;
}

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
  | { type: 'done'; outcome: SourceOutcome };

export interface UpdateListsInput {
  /** The data directory: downloads are kept under `lists/` in it. */
  dataDir: string;
  sources: ListSourceDefinition[];
  download: DownloadSettings;
  importedBy: string;
  onEvent?: (event: UpdateEvent) => void;
}

/** Incoming folders older than this are leftovers of an interrupted update. */
const STALE_INCOMING_MS = 24 * 60 * 60 * 1000;

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
  for (const source of input.sources) {
    const outcome = await updateSource(db, listsDir, source, input);
    outcomes.push(outcome);
    input.onEvent?.({ type: 'done', outcome });
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
      reports.push(await fetchFile(file, source, { incoming, kept, previous }, input));
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

interface Places {
  incoming: string;
  kept: string;
  previous: DownloadedFile[];
}

/** One file into the incoming folder: downloaded, or the kept copy when the server says it has not changed. */
async function fetchFile(
  file: SourceFile,
  source: ListSourceDefinition,
  places: Places,
  input: UpdateListsInput,
): Promise<FileReport> {
  const destination = join(places.incoming, file.name);
  const keptPath = join(places.kept, file.name);
  const last = places.previous.find((item) => item.name === file.name && item.url === file.url);
  const keptSize = last ? await sizeOf(keptPath) : undefined;
  const usable = last && keptSize === last.bytes;
  const result = await downloadFile(
    {
      url: file.url,
      destination,
      maxBytes: source.maxBytes,
      expectedSha256: file.sha256,
      ifNoneMatch: usable ? last.etag : null,
      ifModifiedSince: usable ? last.lastModified : null,
    },
    input.download,
    (notice) => input.onEvent?.({ type: 'retry', source: source.name, notice }),
  );
  if (result.status === 'downloaded') {
    return {
      name: file.name,
      url: file.url,
      sha256: result.sha256,
      bytes: result.bytes,
      notModified: false,
      attempts: result.attempts,
      etag: result.etag,
      lastModified: result.lastModified,
    };
  }
  await link(keptPath, destination).catch(() => copyFile(keptPath, destination));
  const { sha256, bytes } = await hashFile(destination);
  if (file.sha256 && sha256 !== file.sha256) {
    throw new DownloadError(
      'checksum_mismatch',
      file.url,
      `the kept copy of ${file.url} has SHA-256 ${sha256}, not the expected ${file.sha256}`,
    );
  }
  return {
    name: file.name,
    url: file.url,
    sha256,
    bytes,
    notModified: true,
    attempts: result.attempts,
    etag: last?.etag ?? null,
    lastModified: last?.lastModified ?? null,
  };
}

function toDownloaded(previous: DownloadedFile[]) {
  const now = new Date().toISOString();
  return (report: FileReport): DownloadedFile => {
    const last = previous.find((item) => item.name === report.name && item.url === report.url);
    return {
      name: report.name,
      url: report.url,
      sha256: report.sha256,
      bytes: report.bytes,
      etag: report.etag,
      lastModified: report.lastModified,
      downloadedAt: report.notModified ? (last?.downloadedAt ?? now) : now,
    };
  };
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

/** Moves the incoming files to where the kept copy was, replacing it folder for folder. */
async function keepDownload(workDir: string, incoming: string, kept: string) {
  await rename(kept, join(workDir, 'previous')).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(incoming, kept);
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function removeStaleIncoming(listsDir: string) {
  for (const entry of await readdir(listsDir)) {
    if (!entry.startsWith('.incoming-')) continue;
    const path = join(listsDir, entry);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_INCOMING_MS)
      await rm(path, { recursive: true, force: true });
  }
}
