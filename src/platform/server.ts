import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { createBackgroundWork } from './background-work.ts';
import type { AppConfig } from './config.ts';
import { createDatabase, type DatabaseHandle } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { type DemoCredentials, seedDemoIfEmpty } from './demo/seed-demo.ts';
import { createApp } from './http/create-app.ts';

export interface RunningServer {
  url: string;
  port: number;
  database: DatabaseHandle;
  demo: DemoCredentials | null;
  close: () => Promise<void>;
}

/** Opens the database, applies migrations, seeds the demo on first start, and listens. */
export async function startServer(
  config: AppConfig,
  logger: Logger,
  webDir?: string,
): Promise<RunningServer> {
  const database = await createDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const demo = await seedDemoIfEmpty(database.db);
    // PGlite runs no autovacuum: without statistics the planner takes a 100,000-row table for a few dozen rows.
    if (database.kind === 'pglite') await sql`analyze`.execute(database.db);
    const background = createBackgroundWork(database.db, logger);
    const app = createApp({
      db: database.db,
      databaseKind: database.kind,
      logger,
      config,
      webDir,
      background,
    });
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    const port = await new Promise<number>((resolve, reject) => {
      server.once('listening', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : config.port);
      });
      server.once('error', reject);
    });
    // Screenings queued while no server ran (a CLI import, say) are taken up now, then as they come.
    background.runner.start();
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      demo,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await background.runner.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
