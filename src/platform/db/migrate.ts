import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely/migration';
import { AppError } from '../errors.ts';
import * as platform from './migrations/2026-11-22-01-platform.ts';
import * as screening from './migrations/2026-11-22-02-screening.ts';
import * as importSpeed from './migrations/2026-11-22-03-import-speed.ts';
import * as screeningReview from './migrations/2026-11-22-04-screening-review.ts';
import * as products from './migrations/2026-11-22-06-products.ts';
import * as substanceLists from './migrations/2026-11-22-07-substance-lists.ts';

/** Migrations in order; the names are their files' names, so they sort and never change. */
const migrations: Record<string, Migration> = {
  '2026-11-22-01-platform': platform,
  '2026-11-22-02-screening': screening,
  '2026-11-22-03-import-speed': importSpeed,
  '2026-11-22-04-screening-review': screeningReview,
  '2026-11-22-06-products': products,
  '2026-11-22-07-substance-lists': substanceLists,
};

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** Brings the schema up to date; each migration runs in its own transaction. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new AppError('internal', `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
