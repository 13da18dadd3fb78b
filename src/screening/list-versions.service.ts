import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { newId } from '../platform/auth/tokens.ts';
import type { Db } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { captionOf, hashEntity } from './entity-hash.ts';
import { type ListEntity, ListFormatError, listEntitySchema } from './list-entity.model.ts';
import {
  type HashedEntity,
  insertVersionEntities,
  lockCurrentVersion,
  readCurrentEntities,
  recordChanges,
} from './list-versions.store.ts';
import { readList } from './lists/read-list.ts';

export interface ImportedVersion {
  versionId: string;
  source: string;
  entityCount: number;
  added: number;
  changed: number;
  removed: number;
  /** True when the file held exactly the current version: nothing was written. */
  unchanged: boolean;
}

async function describeFiles(path: string) {
  const info = await stat(path);
  const paths = info.isDirectory()
    ? (await readdir(path))
        .filter((name) => /\.(csv|xml|json|gz)$/i.test(name))
        .map((name) => join(path, name))
    : [path];
  return Promise.all(
    paths.map(async (file) => {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of createReadStream(file)) {
        hash.update(chunk as Buffer);
        bytes += (chunk as Buffer).length;
      }
      return { name: basename(file), sha256: hash.digest('hex'), bytes };
    }),
  );
}

async function currentEntitiesOf(db: Db, source: string): Promise<Map<string, ListEntity>> {
  const entities = new Map<string, ListEntity>();
  for await (const rows of readCurrentEntities(db)) {
    for (const row of rows) {
      const entity = listEntitySchema.parse(row.content);
      if (entity.source === source) entities.set(entity.id, entity);
    }
  }
  return entities;
}

/**
 * Reads a list file (or OFAC CSV folder, or OpenSanctions delta) to its end, then writes it as the list's new
 * version in one transaction, with its differences from the version in force. A file that fails to parse
 * leaves the current version in force; a file identical to it writes nothing.
 */
export async function importListVersion(db: Db, path: string, importedBy: string): Promise<ImportedVersion> {
  const byId = new Map<string, ListEntity>();
  let read: Awaited<ReturnType<typeof readList>>;
  try {
    read = await readList(path);
    if (read.kind === 'entities') {
      for await (const entity of read.entities) byId.set(entity.id, entity);
    } else {
      for (const [id, entity] of await currentEntitiesOf(db, read.source)) byId.set(id, entity);
      for await (const change of read.changes) {
        if (change.op === 'upsert') byId.set(change.entity.id, change.entity);
        else byId.delete(change.id);
      }
    }
  } catch (error) {
    if (error instanceof ListFormatError) {
      throw new AppError('invalid_file', `${error.message}. The list version in force was kept.`, {
        file: error.file,
        record: error.record,
      });
    }
    throw error;
  }
  if (byId.size === 0)
    throw new AppError('invalid_file', `${basename(path)} holds no entity; the version in force was kept`);
  const files = await describeFiles(path);
  const entities: HashedEntity[] = [...byId.values()].map((entity) => ({
    entity,
    hash: hashEntity(entity),
    caption: captionOf(entity),
  }));
  const label = `${read.source} ${files.map((file) => file.name).join(', ')}`;

  return db.transaction().execute(async (trx) => {
    const previous = await lockCurrentVersion(trx, read.source);
    const versionId = newId();
    await trx
      .insertInto('list_versions')
      .values({
        id: versionId,
        source: read.source,
        label,
        imported_by: importedBy,
        files: JSON.stringify(files),
        entity_count: entities.length,
        added: 0,
        changed: 0,
        removed: 0,
        previous_id: previous?.id ?? null,
      })
      .execute();
    await insertVersionEntities(trx, versionId, read.source, entities);
    const counts = await recordChanges(trx, versionId, previous?.id ?? null);
    if (previous && counts.added + counts.changed + counts.removed === 0) {
      // The same list again: drop the new rows (the transaction stays usable) and keep the version in force.
      await trx.deleteFrom('list_version_changes').where('version_id', '=', versionId).execute();
      await trx.deleteFrom('list_version_entities').where('version_id', '=', versionId).execute();
      await trx.deleteFrom('list_versions').where('id', '=', versionId).execute();
      return {
        versionId: previous.id,
        source: read.source,
        entityCount: previous.entity_count,
        added: 0,
        changed: 0,
        removed: 0,
        unchanged: true,
      };
    }
    if (previous)
      await trx
        .updateTable('list_versions')
        .set({ is_current: false })
        .where('id', '=', previous.id)
        .execute();
    await trx
      .updateTable('list_versions')
      .set({ ...counts, is_current: true })
      .where('id', '=', versionId)
      .execute();
    return { versionId, source: read.source, entityCount: entities.length, ...counts, unchanged: false };
  });
}
