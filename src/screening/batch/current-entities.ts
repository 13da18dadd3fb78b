import type { Executor } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { type ListEntity, type ListSource, listEntitySchema } from '../list-entity.model.ts';
import { readCurrentEntities } from '../list-versions.store.ts';

export interface VersionInForce {
  id: string;
  source: string;
  label: string;
  importedAt: Date;
  entityCount: number;
}

/**
 * The entities of the list versions in force, as a batch screens them, with the versions they come from.
 * Naming a list that has no version in force is refused: a screening must not look complete when it was not.
 */
export async function loadCurrentEntities(
  db: Executor,
  lists: readonly ListSource[] | null,
): Promise<{ entities: ListEntity[]; versions: VersionInForce[] }> {
  const rows = await db
    .selectFrom('list_versions')
    .select(['id', 'source', 'label', 'imported_at', 'entity_count'])
    .where('is_current', '=', true)
    .orderBy('source')
    .execute();
  const versions = rows.map((row) => ({
    id: row.id,
    source: row.source,
    label: row.label,
    importedAt: row.imported_at,
    entityCount: row.entity_count,
  }));
  if (versions.length === 0) {
    throw new AppError(
      'not_found',
      'No sanctions list has been imported yet: run "tradeguard lists import FILE..." first',
    );
  }
  const missing = (lists ?? []).filter((source) => !versions.some((version) => version.source === source));
  if (missing.length > 0) {
    throw new AppError(
      'not_found',
      `No version of ${missing.join(', ')} is in force (imported: ${versions.map((v) => v.source).join(', ')})`,
    );
  }
  const entities: ListEntity[] = [];
  for await (const page of readCurrentEntities(db)) {
    for (const row of page) entities.push(listEntitySchema.parse(row.content));
  }
  return { entities, versions };
}
