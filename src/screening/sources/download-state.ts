import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What the last successful update of each source downloaded: per file its address, SHA-256, size and the
 * server's validators (ETag, Last-Modified) for conditional requests. Kept as JSON beside the kept copies
 * in the data directory; it is a cache — lost or damaged, the next update downloads everything again.
 */

const downloadedFileSchema = z.object({
  name: z.string(),
  url: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  downloadedAt: z.string(),
});
export type DownloadedFile = z.infer<typeof downloadedFileSchema>;

const stateSchema = z.record(z.string(), z.object({ files: z.array(downloadedFileSchema) }));
export type DownloadState = z.infer<typeof stateSchema>;

export const STATE_FILE = 'downloads.json';

export async function readDownloadState(listsDir: string): Promise<DownloadState> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(join(listsDir, STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Records one source's files; written to a temporary file and renamed, so a reader never sees half of it. */
export async function recordDownload(listsDir: string, source: string, files: DownloadedFile[]) {
  const state = await readDownloadState(listsDir);
  state[source] = { files };
  const temporary = join(listsDir, `.${STATE_FILE}.${randomBytes(4).toString('hex')}`);
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, join(listsDir, STATE_FILE));
}
