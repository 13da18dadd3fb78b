import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey } from '../../src/platform/api-keys/api-keys.service.ts';
import type { AppConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer } from '../../src/platform/server.ts';
import { systemActor } from '../../src/platform/tenancy/actor.ts';
import { listOrganizations } from '../../src/platform/tenancy/organizations.service.ts';
import { sharedDataPath } from '../../src/platform/testing/shared-data.ts';
import { importListVersion } from '../../src/screening/list-versions.service.ts';
import { LIST_PATHS } from './dev-set.ts';

/**
 * The real server for the screening speed benchmark, alone in its process: PGlite in a temporary data
 * directory, logs off, a free port, the OFAC SDN, OFAC non-SDN, US CSL and UN lists imported as list versions,
 * and an API key (role customs: screening:read). Prints one JSON line on stdout ({ url, apiKey, entities,
 * importSeconds }) and serves until SIGTERM, SIGINT or stdin closes. The screening index is built on the first
 * /api/v1/match request, as in production.
 *
 *   node bench/screening/serve-screening.ts
 */

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-screening-'));
const config: AppConfig = {
  port: 0,
  host: '127.0.0.1',
  dataDir: dir,
  database: { kind: 'pglite', dataDir: join(dir, 'db') },
  logLevel: 'silent',
  secureCookies: false,
};
const server = await startServer(config, createLogger('silent'));

let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= server
    .close()
    .catch((error: unknown) => {
      process.stderr.write(`close failed: ${String(error)}\n`);
    })
    .finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.stdin.destroy();
    });
  return stopping;
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();

try {
  const db = server.database.db;
  const started = performance.now();
  let entities = 0;
  for (const path of LIST_PATHS(sharedDataPath())) {
    entities += (await importListVersion(db, path, 'bench')).entityCount;
  }
  const importSeconds = (performance.now() - started) / 1000;
  const [organization] = await listOrganizations(db);
  if (!organization) throw new Error('No organisation after the demo seed');
  const { secret } = await createApiKey(db, systemActor(organization.id, 'bench: screening speed'), {
    name: 'screening bench',
    role: 'customs',
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: secret, entities, importSeconds })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stop();
  process.exitCode = 1;
}
