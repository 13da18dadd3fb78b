import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { newId } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { IngredientHit } from '../evaluate/report.model.ts';
import { buildIngredientIndex, type IngredientIndex } from './ingredient-index.ts';
import { readSubstanceFile } from './read-substance-file.ts';
import { type SubstanceEntry, SubstanceFileError } from './substance-entry.model.ts';

/**
 * Substance lists as versions, like the sanctions lists: each import of a file becomes a version of its list,
 * compared with the one in force by reference (an Annex III reference with its rows is one entry), and made
 * the one in force in the same transaction. A file that fails to read changes nothing.
 */

export type SubstanceImportResult = {
  list: string;
  versionId: string | null;
  entryCount: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: boolean;
};

const CHUNK = 2000;

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** One content hash per reference: the rows of one reference (Annex III product types) change together. */
function byReference(entries: readonly SubstanceEntry[]): Map<string, string> {
  const grouped = new Map<string, SubstanceEntry[]>();
  for (const entry of entries) grouped.set(entry.reference, [...(grouped.get(entry.reference) ?? []), entry]);
  return new Map([...grouped].map(([reference, rows]) => [reference, hashOf(rows)]));
}

export async function importSubstanceFile(
  db: Db,
  path: string,
  importedBy: string,
): Promise<SubstanceImportResult> {
  let read: Awaited<ReturnType<typeof readSubstanceFile>>;
  try {
    read = await readSubstanceFile(path);
  } catch (error) {
    if (error instanceof SubstanceFileError) throw new AppError('invalid_file', error.message);
    throw error;
  }
  const { list, entries, bytes } = read;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const next = byReference(entries);
  const result = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`substances:${list}`}))`.execute(trx);
    const current = await trx
      .selectFrom('substance_list_versions')
      .selectAll()
      .where('list', '=', list)
      .where('is_current', '=', true)
      .executeTakeFirst();
    const previous = new Map<string, string>();
    if (current) {
      const rows = await trx
        .selectFrom('substance_list_entries')
        .select(['reference', 'content_hash'])
        .where('version_id', '=', current.id)
        .execute();
      for (const row of rows) previous.set(row.reference, row.content_hash);
    }
    const changes: { reference: string; change: 'added' | 'changed' | 'removed' }[] = [];
    for (const [reference, hash] of next) {
      const before = previous.get(reference);
      if (before === undefined) changes.push({ reference, change: 'added' });
      else if (before !== hash) changes.push({ reference, change: 'changed' });
    }
    for (const reference of previous.keys())
      if (!next.has(reference)) changes.push({ reference, change: 'removed' });
    const counts = (kind: string) => changes.filter((c) => c.change === kind).length;
    if (current && changes.length === 0) {
      return {
        list,
        versionId: current.id,
        entryCount: entries.length,
        added: 0,
        changed: 0,
        removed: 0,
        unchanged: true,
      };
    }
    const id = newId();
    await trx
      .insertInto('substance_list_versions')
      .values({
        id,
        list,
        file_name: path.split('/').at(-1) ?? path,
        sha256,
        entry_count: entries.length,
        added: counts('added'),
        changed: counts('changed'),
        removed: counts('removed'),
        imported_by: importedBy,
      })
      .execute();
    for (let start = 0; start < entries.length; start += CHUNK) {
      const chunk = entries.slice(start, start + CHUNK);
      await trx
        .insertInto('substance_list_entries')
        .values(
          chunk.map((entry, i) => ({
            version_id: id,
            position: start + i,
            reference: entry.reference,
            content_hash: next.get(entry.reference) ?? '',
            content: JSON.stringify(entry),
          })),
        )
        .execute();
    }
    for (let start = 0; start < changes.length; start += CHUNK) {
      const chunk = changes.slice(start, start + CHUNK);
      if (chunk.length > 0)
        await trx
          .insertInto('substance_list_changes')
          .values(chunk.map((c) => ({ version_id: id, ...c })))
          .execute();
    }
    if (current)
      await trx
        .updateTable('substance_list_versions')
        .set({ is_current: false })
        .where('id', '=', current.id)
        .execute();
    await trx.updateTable('substance_list_versions').set({ is_current: true }).where('id', '=', id).execute();
    return {
      list,
      versionId: id,
      entryCount: entries.length,
      added: counts('added'),
      changed: counts('changed'),
      removed: counts('removed'),
      unchanged: false,
    };
  });
  cached = undefined;
  return result;
}

export async function listSubstanceVersions(db: Db) {
  return db
    .selectFrom('substance_list_versions')
    .select([
      'id',
      'list',
      'file_name',
      'sha256',
      'entry_count',
      'added',
      'changed',
      'removed',
      'imported_by',
      'imported_at',
      'is_current',
    ])
    .orderBy('imported_at', 'desc')
    .limit(200)
    .execute();
}

let cached: { key: string; index: IngredientIndex } | undefined;

/**
 * The ingredient index over the versions in force, rebuilt when another version comes into force (checked by
 * the ids of the versions in force: one small query per call).
 */
export async function loadIngredientIndex(db: Db): Promise<IngredientIndex | undefined> {
  const versions = await db
    .selectFrom('substance_list_versions')
    .select(['id'])
    .where('is_current', '=', true)
    .orderBy('id')
    .execute();
  if (versions.length === 0) return undefined;
  const key = versions.map((v) => v.id).join(',');
  if (cached?.key === key) return cached.index;
  const rows = await db
    .selectFrom('substance_list_entries')
    .select(['content'])
    .where(
      'version_id',
      'in',
      versions.map((v) => v.id),
    )
    .orderBy('version_id')
    .orderBy('position')
    .execute();
  const index = buildIngredientIndex(rows.map((row) => row.content as SubstanceEntry));
  cached = { key, index };
  return index;
}

export async function loadIngredientMatch(
  db: Db,
): Promise<((ingredient: string) => IngredientHit[]) | undefined> {
  const index = await loadIngredientIndex(db);
  return index ? (ingredient) => index.match(ingredient) : undefined;
}
