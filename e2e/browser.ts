import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { type Browser, chromium } from 'playwright-core';
import { loadConfig } from '../src/platform/config.ts';
import { createDatabase, type DatabaseHandle } from '../src/platform/db/create-db.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { type RunningServer, startServer } from '../src/platform/server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

/** Debian's Chromium, headless, with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestServerOptions {
  /**
   * Runs on the server's database before the server starts, as a CLI command would on its data directory
   * (e.g. importing a sanctions list); the database is migrated first and closed after.
   */
  prepare?: (db: DatabaseHandle['db']) => Promise<void>;
}

/** The real server on a free port, on a fresh embedded database in a temp dir, serving the built web app. */
export async function startTestServer(
  options: TestServerOptions = {},
): Promise<{ server: RunningServer; cleanup: () => Promise<void> }> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run npm run build:web');
  const dataDir = mkdtempSync(join(tmpdir(), 'tradeguard-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TRADEGUARD_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
  });
  let server: RunningServer;
  try {
    if (options.prepare) {
      const database = await createDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        await options.prepare(database.db);
      } finally {
        await database.close();
      }
    }
    server = await startServer(config, pino({ level: 'silent' }), WEB_DIST);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    server,
    cleanup: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
