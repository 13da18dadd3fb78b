import type { Db } from '../platform/db/transaction.ts';
import { listEntitySchema } from './list-entity.model.ts';
import { readCurrentEntities } from './list-versions.store.ts';
import { ScreeningIndex } from './match/screening-index.ts';

export interface LoadedIndex {
  index: ScreeningIndex;
  /** The list versions the index was built from. */
  versions: string[];
  /** Each entity's content hash and the version it came from: what a review decision is tied to. */
  entities: Map<string, { hash: string; versionId: string }>;
  builtAt: Date;
}

const RECHECK_MS = 5000;

/**
 * The index of this process, rebuilt from the list versions in force whenever they change (another process
 * may have imported a list: the versions are rechecked at most every five seconds, or at once on demand).
 */
export class ScreeningIndexHolder {
  private loaded: LoadedIndex | null = null;
  private building: Promise<LoadedIndex> | null = null;
  private checkedAt = 0;

  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  private async currentVersions(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('list_versions')
      .select('id')
      .where('is_current', '=', true)
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  private async build(versions: string[]): Promise<LoadedIndex> {
    const index = new ScreeningIndex();
    const entities = new Map<string, { hash: string; versionId: string }>();
    for await (const rows of readCurrentEntities(this.db)) {
      for (const row of rows) {
        index.add(listEntitySchema.parse(row.content));
        entities.set(row.entity_id, { hash: row.content_hash, versionId: row.version_id });
      }
    }
    index.freeze();
    return { index, versions, entities, builtAt: new Date() };
  }

  async get(options: { fresh?: boolean } = {}): Promise<LoadedIndex> {
    const now = Date.now();
    if (this.loaded && !options.fresh && now - this.checkedAt < RECHECK_MS) return this.loaded;
    if (this.building) return this.building;
    const versions = await this.currentVersions();
    this.checkedAt = now;
    if (this.loaded && this.loaded.versions.join() === versions.join()) return this.loaded;
    this.building = this.build(versions).finally(() => {
      this.building = null;
    });
    this.loaded = await this.building;
    return this.loaded;
  }
}
