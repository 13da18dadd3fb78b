import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey } from '../../src/platform/api-keys/api-keys.service.ts';
import type { AppConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startServer } from '../../src/platform/server.ts';
import { systemActor } from '../../src/platform/tenancy/actor.ts';
import { listOrganizations } from '../../src/platform/tenancy/organizations.service.ts';
import { productInputSchema } from '../../src/products/product.model.ts';
import { createProduct } from '../../src/products/products.service.ts';
import { generateProducts } from './generate-products.ts';

/**
 * The real server for the validator latency benchmark, alone in its process: PGlite in a temporary data
 * directory, logs off, 200 generated products in the catalogue, an API key (role customs: products:read,
 * regulations:read). Prints one JSON line ({ url, apiKey, productIds }) and serves until SIGTERM or stdin closes.
 *
 *   node bench/regulations/serve-compliance.ts
 */

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-compliance-'));
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
  const [organization] = await listOrganizations(db);
  if (!organization) throw new Error('No organisation after the demo seed');
  const actor = systemActor(organization.id, 'bench: compliance');
  const productIds: string[] = [];
  for (const generated of generateProducts(200, 7)) {
    const product = await createProduct(
      db,
      actor,
      productInputSchema.parse({ ...generated, targetMarkets: ['AU'] }),
    );
    productIds.push(product.id);
  }
  const { secret } = await createApiKey(db, actor, { name: 'compliance bench', role: 'customs' });
  process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: secret, productIds })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stop();
  process.exitCode = 1;
}
