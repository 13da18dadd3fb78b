import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import type { ListFile } from './list-file.ts';

/** Test helpers: real list files from the shared data folder, and small fixtures written in the tests. */

/** A real file under shared/data/watchlists, streamed as it would be in production. */
export function watchlistFile(...segments: string[]): ListFile {
  const path = sharedDataPath('watchlists', ...segments);
  return { name: basename(path), bytes: createReadStream(path) };
}

export function watchlistPath(...segments: string[]): string {
  return sharedDataPath('watchlists', ...segments);
}

/** A fixture given as text (or as several chunks, to exercise chunk boundaries). */
export function textFile(name: string, ...chunks: Array<string | Uint8Array>): ListFile {
  return { name, bytes: chunks };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
