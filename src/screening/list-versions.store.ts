import { sql } from 'kysely';
import type { Executor, Tx } from '../platform/db/transaction.ts';
import type { ListEntity } from './list-entity.model.ts';

export interface HashedEntity {
  entity: ListEntity;
  hash: string;
  caption: string;
}

const CHUNK = 5000;

export async function lockCurrentVersion(trx: Tx, source: string) {
  // Serialises imports of one list: a second import waits for the first to commit, then diffs against it.
  await sql`select pg_advisory_xact_lock(hashtext(${`list:${source}`}))`.execute(trx);
  return trx
    .selectFrom('list_versions')
    .selectAll()
    .where('source', '=', source)
    .where('is_current', '=', true)
    .executeTakeFirst();
}

/** Writes entity contents not stored yet, and the version's membership, a chunk per statement. */
export async function insertVersionEntities(
  trx: Tx,
  versionId: string,
  source: string,
  entities: HashedEntity[],
) {
  for (let start = 0; start < entities.length; start += CHUNK) {
    const chunk = entities.slice(start, start + CHUNK);
    await sql`
      insert into list_entities (source, entity_id, content_hash, schema, caption, content)
      select ${source}, e, h, s, c, j::jsonb
      from unnest(${chunk.map((e) => e.entity.id)}::text[], ${chunk.map((e) => e.hash)}::text[],
        ${chunk.map((e) => e.entity.schema)}::text[], ${chunk.map((e) => e.caption)}::text[],
        ${chunk.map((e) => JSON.stringify(e.entity))}::text[]) as t(e, h, s, c, j)
      on conflict do nothing`.execute(trx);
    await sql`
      insert into list_version_entities (version_id, entity_id, content_hash)
      select ${versionId}, e, h from unnest(${chunk.map((e) => e.entity.id)}::text[], ${chunk.map((e) => e.hash)}::text[]) as t(e, h)`.execute(
      trx,
    );
  }
}

/** Records what the new version adds, changes and removes compared with the previous one; answers the counts. */
export async function recordChanges(trx: Tx, versionId: string, previousId: string | null) {
  if (previousId) {
    await sql`
      insert into list_version_changes (version_id, entity_id, change)
      select ${versionId}, coalesce(n.entity_id, p.entity_id),
        case when p.entity_id is null then 'added' when n.entity_id is null then 'removed' else 'changed' end
      from (select entity_id, content_hash from list_version_entities where version_id = ${versionId}) n
      full join (select entity_id, content_hash from list_version_entities where version_id = ${previousId}) p
        on n.entity_id = p.entity_id
      where n.entity_id is null or p.entity_id is null or n.content_hash <> p.content_hash`.execute(trx);
  } else {
    await sql`
      insert into list_version_changes (version_id, entity_id, change)
      select version_id, entity_id, 'added' from list_version_entities where version_id = ${versionId}`.execute(
      trx,
    );
  }
  const rows = await trx
    .selectFrom('list_version_changes')
    .select(['change', (eb) => eb.fn.countAll<number>().as('count')])
    .where('version_id', '=', versionId)
    .groupBy('change')
    .execute();
  const count = (change: string) => Number(rows.find((row) => row.change === change)?.count ?? 0);
  return { added: count('added'), changed: count('changed'), removed: count('removed') };
}

/** The entities of the current versions of all lists (or of the given sources), for the in-memory index. */
export async function* readCurrentEntities(db: Executor, pageSize = 10_000) {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('list_versions as v')
      .innerJoin('list_version_entities as ve', 've.version_id', 'v.id')
      .innerJoin('list_entities as e', (join) =>
        join
          .onRef('e.source', '=', 'v.source')
          .onRef('e.entity_id', '=', 've.entity_id')
          .onRef('e.content_hash', '=', 've.content_hash'),
      )
      .select(['e.entity_id', 'e.content', 'e.content_hash', 'v.id as version_id'])
      .where('v.is_current', '=', true)
      .where('e.entity_id', '>', after)
      .orderBy('e.entity_id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)?.entity_id ?? after;
  }
}

export async function listVersions(
  db: Executor,
  source: string | undefined,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('list_versions');
  if (source) query = query.where('source', '=', source);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('imported_at', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function listVersionChanges(
  db: Executor,
  versionId: string,
  change: 'added' | 'changed' | 'removed' | undefined,
  page: { limit: number; offset: number },
) {
  let query = db
    .selectFrom('list_version_changes as c')
    .innerJoin('list_versions as v', 'v.id', 'c.version_id')
    .leftJoin('list_version_entities as ve', (join) =>
      join.on((eb) =>
        eb.and([
          eb('ve.entity_id', '=', eb.ref('c.entity_id')),
          eb(
            've.version_id',
            '=',
            eb.fn.coalesce(
              eb
                .case()
                .when('c.change', '=', 'removed')
                .then(eb.ref('v.previous_id'))
                .else(eb.ref('v.id'))
                .end(),
              eb.ref('v.id'),
            ),
          ),
        ]),
      ),
    )
    .leftJoin('list_entities as e', (join) =>
      join
        .onRef('e.source', '=', 'v.source')
        .onRef('e.entity_id', '=', 'c.entity_id')
        .onRef('e.content_hash', '=', 've.content_hash'),
    )
    .where('c.version_id', '=', versionId);
  if (change) query = query.where('c.change', '=', change);
  const [rows, count] = await Promise.all([
    query
      .select(['c.entity_id', 'c.change', 'e.caption', 'e.schema'])
      .orderBy('c.entity_id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

/** An entity as a version holds it and as the previous version held it: what a "changed" line shows. */
export async function findEntityChange(db: Executor, versionId: string, entityId: string) {
  const version = await db
    .selectFrom('list_versions')
    .select(['id', 'source', 'previous_id'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!version) return undefined;
  const contentIn = async (id: string | null) => {
    if (!id) return null;
    const row = await db
      .selectFrom('list_version_entities as ve')
      .innerJoin('list_entities as e', (join) =>
        join
          .on('e.source', '=', version.source)
          .onRef('e.entity_id', '=', 've.entity_id')
          .onRef('e.content_hash', '=', 've.content_hash'),
      )
      .select(['e.content'])
      .where('ve.version_id', '=', id)
      .where('ve.entity_id', '=', entityId)
      .executeTakeFirst();
    return row?.content ?? null;
  };
  const [after, before] = await Promise.all([contentIn(version.id), contentIn(version.previous_id)]);
  return { before, after };
}

export async function findVersion(db: Executor, id: string) {
  return db.selectFrom('list_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The version in force of every list, with the time of its import. */
export async function listCurrentVersions(db: Executor) {
  return db
    .selectFrom('list_versions')
    .selectAll()
    .where('is_current', '=', true)
    .orderBy('source')
    .execute();
}
