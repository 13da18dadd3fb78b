import { type AppConfig, loadConfig } from '../platform/config.ts';
import { createDatabase, type DatabaseHandle } from '../platform/db/create-db.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { type Actor, systemActor } from '../platform/tenancy/actor.ts';
import { listOrganizations } from '../platform/tenancy/organizations.service.ts';
import { UsageError } from './cli-errors.ts';

export interface CliContext {
  config: AppConfig;
  database: DatabaseHandle;
}

/** Opens the configured database, brings its schema up to date, runs the work, and always closes it. */
export async function withDatabase<T>(work: (context: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await createDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work({ config, database });
  } finally {
    await database.close();
  }
}

/** The organisation a command acts for: --org, or the only one there is. Acts as the system, labelled. */
export async function resolveActor(
  context: CliContext,
  orgSlug: string | undefined,
  label: string,
): Promise<Actor> {
  const organizations = await listOrganizations(context.database.db);
  if (organizations.length === 0) {
    throw new UsageError(
      'There is no organisation yet: start the server once (npm start) to create the demo one.',
    );
  }
  const chosen = orgSlug
    ? organizations.find((organization) => organization.slug === orgSlug)
    : organizations.length === 1
      ? organizations[0]
      : undefined;
  if (!chosen) {
    const slugs = organizations.map((organization) => organization.slug).join(', ');
    throw new UsageError(
      orgSlug
        ? `No organisation with the slug "${orgSlug}" (there are: ${slugs})`
        : `Choose one with --org (${slugs})`,
    );
  }
  return systemActor(chosen.id, label);
}
