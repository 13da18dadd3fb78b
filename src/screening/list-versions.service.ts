import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { newId } from '../platform/auth/tokens.ts';
import type { Db } from '../platform/db/transaction.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { countPendingJobs } from '../platform/jobs/jobs.store.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { captionOf, hashEntity } from './entity-hash.ts';
import { type ListEntity, ListFormatError, listEntitySchema } from './list-entity.model.ts';
import {
  findEntityChange,
  findVersion,
  type HashedEntity,
  insertVersionEntities,
  listCurrentVersions,
  listVersionChanges,
  listVersions,
  lockCurrentVersion,
  readCurrentEntities,
  recordChanges,
} from './list-versions.store.ts';
import { readList } from './lists/read-list.ts';
import {
  RESCREEN_LIST_JOB,
  requestListRescreening,
  SCREEN_PARTIES_JOB,
} from './parties/party-screening.service.ts';

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
    // Every organisation's parties are screened against what the version added or changed, once it commits.
    await requestListRescreening(trx, versionId);
    return { versionId, source: read.source, entityCount: entities.length, ...counts, unchanged: false };
  });
}

function toVersionView(row: NonNullable<Awaited<ReturnType<typeof findVersion>>>) {
  return {
    id: row.id,
    source: row.source,
    label: row.label,
    importedAt: row.imported_at.toISOString(),
    importedBy: row.imported_by,
    files: row.files,
    entityCount: row.entity_count,
    added: row.added,
    changed: row.changed,
    removed: row.removed,
    previousId: row.previous_id,
    isCurrent: row.is_current,
  };
}

/** The lists in force, and how many screenings of this organisation are still waiting to run. */
export async function getListsOverview(db: Db, actor: Actor) {
  requirePermission(actor, 'screening:read');
  const [current, pendingOwn, pendingLists] = await Promise.all([
    listCurrentVersions(db),
    countPendingJobs(db, [SCREEN_PARTIES_JOB], actor.organizationId),
    countPendingJobs(db, [RESCREEN_LIST_JOB]),
  ]);
  return { lists: current.map(toVersionView), pendingScreenings: pendingOwn + pendingLists };
}

export async function getListVersions(
  db: Db,
  actor: Actor,
  source: string | undefined,
  page: { page: number; pageSize: number },
) {
  requirePermission(actor, 'screening:read');
  const { rows, total } = await listVersions(db, source, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: rows.map(toVersionView), page: page.page, pageSize: page.pageSize, total };
}

/** One version of a list (the web app's version page): a list's history may hold more than a page. */
export async function getListVersion(db: Db, actor: Actor, versionId: string) {
  requirePermission(actor, 'screening:read');
  const row = await findVersion(db, versionId);
  if (!row) throw notFound('List version');
  return toVersionView(row);
}

export async function getVersionChanges(
  db: Db,
  actor: Actor,
  versionId: string,
  change: 'added' | 'changed' | 'removed' | undefined,
  page: { page: number; pageSize: number },
) {
  requirePermission(actor, 'screening:read');
  const exists = await db
    .selectFrom('list_versions')
    .select('id')
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!exists) throw notFound('List version');
  const { rows, total } = await listVersionChanges(db, versionId, change, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return {
    items: rows.map((row) => ({
      entityId: row.entity_id,
      change: row.change,
      caption: row.caption ?? row.entity_id,
      schema: row.schema ?? null,
    })),
    page: page.page,
    pageSize: page.pageSize,
    total,
  };
}

export async function getEntityChange(db: Db, actor: Actor, versionId: string, entityId: string) {
  requirePermission(actor, 'screening:read');
  const change = await findEntityChange(db, versionId, entityId);
  if (!change || (!change.before && !change.after)) throw notFound('Entity in this list version');
  return change;
}
