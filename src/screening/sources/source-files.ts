import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DownloadError } from './download-errors.ts';
import {
  type DownloadProgress,
  type DownloadSettings,
  downloadFile,
  type RetryNotice,
} from './download-file.ts';
import type { DownloadedFile } from './download-state.ts';
import type { SourceFile } from './list-sources.ts';

/**
 * The files of one source on disk: fetched into the incoming folder (or taken from the copy kept from the last
 * update when the server says they have not changed), then kept in place of that copy.
 */

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

/** Incoming folders older than this are leftovers of an interrupted update. */
const STALE_INCOMING_MS = 24 * 60 * 60 * 1000;

export interface Places {
  incoming: string;
  kept: string;
  previous: DownloadedFile[];
}

/** One file into the incoming folder: downloaded, or the kept copy when the server says it has not changed. */
export async function fetchFile(
  file: SourceFile,
  maxBytes: number,
  places: Places,
  download: DownloadSettings,
  listeners: { onRetry: (notice: RetryNotice) => void; onProgress: (progress: DownloadProgress) => void },
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
      maxBytes,
      expectedSha256: file.sha256,
      ifNoneMatch: usable ? last.etag : null,
      ifModifiedSince: usable ? last.lastModified : null,
    },
    download,
    listeners,
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

export function toDownloaded(previous: DownloadedFile[]) {
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

/** Moves the incoming files to where the kept copy was, replacing it folder for folder. */
export async function keepDownload(workDir: string, incoming: string, kept: string) {
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

export async function removeStaleIncoming(listsDir: string) {
  for (const entry of await readdir(listsDir)) {
    if (!entry.startsWith('.incoming-')) continue;
    const path = join(listsDir, entry);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_INCOMING_MS)
      await rm(path, { recursive: true, force: true });
  }
}
