import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { LIST_SOURCES } from '../list-entity.model.ts';
import type { DownloadSettings } from './download-file.ts';
import { BUILT_IN_SOURCES, type ListSourceDefinition, type SourceFile } from './list-sources.ts';

/** The environment variable naming a sources file when --sources is not given. */
export const SOURCES_FILE_ENV = 'TRADEGUARD_LIST_SOURCES';

export const DEFAULT_DOWNLOAD_SETTINGS: DownloadSettings = {
  timeoutMs: 60_000,
  retries: 2,
  retryDelayMs: 2_000,
  userAgent: 'Tradeguard (sanctions list update)',
};

const fileName = z
  .string()
  .regex(/^[\w][\w.-]*$/, 'a plain file name (letters, digits, _ . -), no folder')
  .max(200);
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http:// or https:// address' });

const sourceFileSchema = z.strictObject({
  name: fileName,
  url: httpUrl,
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '64 hexadecimal digits')
    .transform((value) => value.toLowerCase())
    .optional(),
});

const sourceEntrySchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, _ and -')
    .max(60),
  list: z.enum(LIST_SOURCES).optional(),
  title: z.string().min(1).max(200).optional(),
  files: z.array(sourceFileSchema).min(1).max(20).optional(),
  /** A mirror holding the files under their local names: `${baseUrl}/${name}` for each file. */
  baseUrl: httpUrl.optional(),
  maxBytes: z.number().int().positive().optional(),
  /** true: updated by default; false: only when named with --only. */
  enabled: z.boolean().optional(),
});

const sourcesFileSchema = z.strictObject({
  download: z
    .strictObject({
      timeoutMs: z.number().int().min(100).max(3_600_000).optional(),
      retries: z.number().int().min(0).max(10).optional(),
      retryDelayMs: z.number().int().min(0).max(600_000).optional(),
      userAgent: z.string().min(1).max(200).optional(),
    })
    .optional(),
  sources: z.array(sourceEntrySchema).default([]),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

export interface SourcesConfig {
  sources: ListSourceDefinition[];
  download: DownloadSettings;
}

/** Reads and checks a sources file; a bad one is refused with every problem listed. */
export async function readSourcesFile(path: string): Promise<SourcesFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AppError(
      'validation_failed',
      `Cannot read the sources file ${path}: ${(error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError(
      'validation_failed',
      `The sources file ${path} is not JSON: ${(error as Error).message}`,
    );
  }
  const parsed = sourcesFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new AppError(
      'validation_failed',
      `The sources file ${path} has problems:\n  ${lines.join('\n  ')}`,
      {
        issues: lines,
      },
    );
  }
  return parsed.data;
}

/**
 * The built-in sources with a sources file laid over them: an entry with a built-in name replaces the
 * fields it gives (files, or a mirror's baseUrl, a size limit, enabled); an entry with a new name adds a
 * source, which needs its list and files.
 */
export function resolveSources(file: SourcesFile | undefined): SourcesConfig {
  const sources = BUILT_IN_SOURCES.map((source) => ({ ...source, files: [...source.files] }));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of file?.sources ?? []) {
    if (seen.has(entry.name)) problems.push(`sources: "${entry.name}" is given twice`);
    seen.add(entry.name);
    const base = sources.find((source) => source.name === entry.name);
    if (entry.files && entry.baseUrl) problems.push(`${entry.name}: give files or baseUrl, not both`);
    const files = filesOf(entry.files, entry.baseUrl, base?.files);
    if (base) {
      if (entry.list && entry.list !== base.list)
        problems.push(`${entry.name}: the built-in source imports into ${base.list}, not ${entry.list}`);
      Object.assign(base, {
        title: entry.title ?? base.title,
        files: files ?? base.files,
        maxBytes: entry.maxBytes ?? base.maxBytes,
        optIn: entry.enabled === undefined ? base.optIn : !entry.enabled,
      });
      continue;
    }
    if (!entry.list || !entry.files) {
      problems.push(
        `${entry.name}: a new source needs "list" (one of ${LIST_SOURCES.join(', ')}) and "files"`,
      );
      continue;
    }
    sources.push({
      name: entry.name,
      list: entry.list,
      title: entry.title ?? entry.name,
      files: files ?? entry.files,
      maxBytes: entry.maxBytes ?? 200 * 1024 * 1024,
      optIn: entry.enabled === false,
    });
  }
  for (const source of sources) {
    const names = source.files.map((item) => item.name.toLowerCase());
    if (new Set(names).size !== names.length) problems.push(`${source.name}: two files have the same name`);
    if (names.length > 1 && source.list !== 'us_ofac_sdn' && source.list !== 'us_ofac_cons')
      problems.push(`${source.name}: only OFAC CSV sets have several files; ${source.list} is one file`);
  }
  if (problems.length > 0) {
    throw new AppError('validation_failed', `The sources file has problems:\n  ${problems.join('\n  ')}`, {
      issues: problems,
    });
  }
  return { sources, download: { ...DEFAULT_DOWNLOAD_SETTINGS, ...file?.download } };
}

function filesOf(
  files: SourceFile[] | undefined,
  baseUrl: string | undefined,
  builtIn: SourceFile[] | undefined,
): SourceFile[] | undefined {
  if (files) return files;
  if (!baseUrl || !builtIn) return undefined;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return builtIn.map((item) => ({ name: item.name, url: new URL(item.name, base).toString() }));
}

/**
 * The sources to update: those named (in the order given), or every source that is not opt-in. Answers the
 * names that match no source, for the caller to report.
 */
export function selectSources(
  sources: ListSourceDefinition[],
  only: string[],
): { selected: ListSourceDefinition[]; unknown: string[] } {
  if (only.length === 0) return { selected: sources.filter((source) => !source.optIn), unknown: [] };
  const names = [...new Set(only)];
  return {
    selected: names.flatMap((name) => sources.filter((source) => source.name === name)),
    unknown: names.filter((name) => !sources.some((source) => source.name === name)),
  };
}
