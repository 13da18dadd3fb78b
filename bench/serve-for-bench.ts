import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppConfig } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { startServer } from '../src/platform/server.ts';
import { systemActor } from '../src/platform/tenancy/actor.ts';
import { listOrganizations } from '../src/platform/tenancy/organizations.service.ts';
import {
  executeImport,
  prepareImport,
  uploadImport,
  validateImport,
} from '../src/suppliers/import/imports.service.ts';
import { DEFAULT_SEED, generateSuppliersCsv } from './generate-suppliers.ts';

/**
 * The real server for the API benchmark, alone in its process so that its event loop is what is measured:
 * PGlite in a temporary data directory, logs off, a free port; the demo organisation plus the given number
 * of generated suppliers, imported through the import service. Prints one JSON line on stdout
 * ({ url, email, password, suppliers, seedSeconds }) and serves until SIGTERM, SIGINT or stdin closes.
 * With --profile FILE, a CPU profile of the serving (after the seeding) is written there on stop.
 *
 *   node bench/serve-for-bench.ts [--suppliers 10000] [--seed 20261122] [--profile server.cpuprofile]
 */

const { values } = parseArgs({
  options: {
    suppliers: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    profile: { type: 'string' },
  },
});
const profiler = values.profile ? new Session() : null;
const count = Number(values.suppliers);
if (!Number.isInteger(count) || count < 0 || count > 1_000_000)
  throw new Error('--suppliers: 0 to 1,000,000');

const dir = mkdtempSync(join(tmpdir(), 'tg-bench-api-'));
const config: AppConfig = {
  port: 0,
  host: '127.0.0.1',
  dataDir: dir,
  database: { kind: 'pglite', dataDir: join(dir, 'db') },
  logLevel: 'silent',
  secureCookies: false,
};

const server = await startServer(config, createLogger('silent'));

async function stopProfile(): Promise<void> {
  if (!profiler || !values.profile) return;
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  profiler.disconnect();
}

let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= stopProfile()
    .then(() => server.close())
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
  if (!server.demo) throw new Error('The fresh data directory should have been seeded with the demo');
  const started = performance.now();
  let created = 0;
  if (count > 0) {
    const db = server.database.db;
    const [organization] = await listOrganizations(db);
    if (!organization) throw new Error('No organisation after the demo seed');
    const actor = systemActor(organization.id, 'bench: seed suppliers');
    const bytes = new TextEncoder().encode(generateSuppliersCsv({ rows: count, seed: Number(values.seed) }));
    const preview = await uploadImport(db, actor, { fileName: 'bench-suppliers.csv', bytes });
    const mapping = preview.suggestedMapping;
    await validateImport(db, actor, preview.id, mapping);
    // A generated registration number may equal a demo supplier's: that row is skipped, as a user would.
    const job = await prepareImport(db, actor, preview.id, { mapping, acceptInvalidRows: true });
    created = (await executeImport(db, job)).created;
  }
  const seedSeconds = (performance.now() - started) / 1000;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  process.stdout.write(
    `${JSON.stringify({ url: server.url, email: server.demo.email, password: server.demo.password, suppliers: created, seedSeconds })}\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stop();
  process.exitCode = 1;
}
