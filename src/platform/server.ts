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
const WARM_UP_DELAY_MS = 2000;

export async function startServer(
  config: AppConfig,
  logger: Logger,
  webDir?: string,
): Promise<RunningServer> {
  const database = await createDatabase(config.database);
  let stopWarmUp = () => {};
  try {
    await migrateToLatest(database.db);
    const demo = await seedDemoIfEmpty(database.db);
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
    // Two seconds after listening (the first requests are answered first: PGlite works on this thread): PGlite
    // runs no autovacuum, so statistics are refreshed (without them the planner takes a 100,000-row table for a
    // few dozen rows; ≈ 0.3 s), then screenings queued while no server ran (a CLI import, say) are taken up, and
    // new ones as they come.
    let warmUpTimer: NodeJS.Timeout | undefined;
    const warmUp = new Promise<void>((resolve) => {
      warmUpTimer = setTimeout(() => {
        warmUpTimer = undefined;
        (async () => {
          if (database.kind === 'pglite') await sql`analyze`.execute(database.db);
          background.runner.start();
          await background.regulations.start();
        })()
          .catch((error: unknown) => logger.error({ err: error }, 'start-up statistics or jobs failed'))
          .finally(resolve);
      }, WARM_UP_DELAY_MS);
      warmUpTimer.unref();
      stopWarmUp = () => {
        if (!warmUpTimer) return;
        clearTimeout(warmUpTimer);
        resolve();
      };
    });
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      demo,
      close: async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        stopWarmUp();
        await warmUp;
        background.regulations.stop();
        await background.runner.stop();
        await background.screeningPool.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
