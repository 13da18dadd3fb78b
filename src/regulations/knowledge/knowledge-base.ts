import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  type Certification,
  certificationSchema,
  type Market,
  marketSchema,
  type Rule,
  ruleSchema,
} from './knowledge.model.ts';

/**
 * Loads the knowledge base written in src/regulations/data/: every file of `markets/`, `rules/` and
 * `certifications/` exports `markets`, `rules` or `certifications`. Files are found by listing the folders, so a
 * new market's file needs no registration. Everything is validated by the zod schemas; an invalid entry stops
 * the load with the file and the entry named (the knowledge base is code: it must not start half-valid).
 */

export type KnowledgeBase = {
  readonly markets: readonly Market[];
  readonly rules: readonly Rule[];
  readonly certifications: readonly Certification[];
};

export class KnowledgeBaseError extends Error {
  readonly code = 'knowledge_base_invalid';
}

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

async function loadFolder<T>(folder: string, exportName: string, schema: z.ZodType<T>): Promise<T[]> {
  const dir = join(DATA_DIR, folder);
  const files = (await readdir(dir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const entries: T[] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(join(dir, file));
    const items = module[exportName];
    if (!Array.isArray(items)) {
      throw new KnowledgeBaseError(`${folder}/${file} does not export an array named "${exportName}"`);
    }
    items.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        const label = typeof item === 'object' && item && 'id' in item ? String(item.id) : `#${index}`;
        const issues = parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`,
        );
        throw new KnowledgeBaseError(`${folder}/${file}, ${exportName} ${label}: ${issues.join('; ')}`);
      }
      entries.push(parsed.data);
    });
  }
  return entries;
}

let cached: Promise<KnowledgeBase> | undefined;

/** The knowledge base shipped with this version, loaded once per process. */
export function loadKnowledgeBase(): Promise<KnowledgeBase> {
  cached ??= (async () => ({
    markets: await loadFolder('markets', 'markets', marketSchema),
    rules: await loadFolder('rules', 'rules', ruleSchema),
    certifications: await loadFolder('certifications', 'certifications', certificationSchema),
  }))();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
