import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseTarget } from '../src/platform/config.ts';
import { createDatabase } from '../src/platform/db/create-db.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { systemActor } from '../src/platform/tenancy/actor.ts';
import { createOrganization } from '../src/platform/tenancy/organizations.service.ts';
import {
  executeImport,
  prepareImport,
  uploadImport,
  validateImport,
} from '../src/suppliers/import/imports.service.ts';
import { parseTable } from '../src/suppliers/import/parse-table.ts';
import { validateRows } from '../src/suppliers/import/validate-rows.ts';
import { DEFAULT_SEED, generateSuppliersCsv, sha256 } from './generate-suppliers.ts';
import { packageVersion, printHeader } from './lib/machine.ts';
import {
  adminDatabaseUrl,
  createScratchDatabase,
  dropStaleScratchDatabases,
  probePostgres,
} from './lib/postgres.ts';
import { startCpuMeter, waitForQuiet } from './lib/quiet.ts';
import { type Figure, formatNumber, formatTable, writeSummary } from './lib/report.ts';
import { median, seconds } from './lib/stats.ts';

/**
 * The supplier import of a generated file, through the same four service calls as the API and the CLI
 * (upload → validate → prepare → execute), into a freshly migrated database: PGlite in a data directory on
 * disk, and a new PostgreSQL database. Setup (initdb, migrations, organisation) is timed apart. The write is
 * the suppliers and the import's one audit entry (docs/decisions.md).
 */

const TARGET_SECONDS = 20;
const MAX_RUNS = 10;

type Engine = 'pglite' | 'postgres';

interface Run {
  engine: Engine;
  setup: number;
  upload: number;
  validate: number;
  prepare: number;
  write: number;
  created: number;
  /** CPU time of this process over wall time, upload to the end of the write (under 1: waiting or starved). */
  cpuShare: number;
  /** Average busy cores of the whole machine over the flow (this process, PostgreSQL, and anything else). */
  machineBusy: number | null;
}

const parseValidate = (run: Run) => run.upload + run.validate + run.prepare;
const total = (run: Run) => parseValidate(run) + run.write;

async function importOnce(
  engine: Engine,
  target: DatabaseTarget,
  bytes: Uint8Array,
  rows: number,
): Promise<Run> {
  const started = performance.now();
  const database = await createDatabase(target);
  try {
    const db = database.db;
    await migrateToLatest(db);
    const { organization } = await createOrganization(db, {
      name: 'Benchmark Imports Ltd',
      slug: 'bench',
      admin: { email: 'admin@bench.invalid', name: 'Benchmark', password: 'benchmark-password-1' },
    });
    const actor = systemActor(organization.id, 'bench: suppliers import');
    const setup = seconds(started);

    const cpuBefore = process.cpuUsage();
    const stopMeter = startCpuMeter();
    let t = performance.now();
    const flowStarted = t;
    const preview = await uploadImport(db, actor, { fileName: `suppliers-${rows}.csv`, bytes });
    const upload = seconds(t);
    const mapping = preview.suggestedMapping;

    t = performance.now();
    const report = await validateImport(db, actor, preview.id, mapping);
    const validate = seconds(t);
    if (report.invalidRows > 0) {
      throw new Error(
        `The generated file has ${report.invalidRows} invalid rows: ${JSON.stringify(report.errors.slice(0, 5))}`,
      );
    }

    t = performance.now();
    const job = await prepareImport(db, actor, preview.id, { mapping, acceptInvalidRows: false });
    const prepare = seconds(t);

    t = performance.now();
    const result = await executeImport(db, job);
    const write = seconds(t);
    const cpu = process.cpuUsage(cpuBefore);
    const machineBusy = stopMeter();
    const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - flowStarted);

    const count = await db
      .selectFrom('suppliers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organization.id)
      .executeTakeFirstOrThrow();
    if (Number(count.n) !== rows || result.created !== rows) {
      throw new Error(`Expected ${rows} suppliers, found ${count.n} (created ${result.created})`);
    }
    return {
      engine,
      setup,
      upload,
      validate,
      prepare,
      write,
      created: result.created,
      cpuShare,
      machineBusy,
    };
  } finally {
    await database.close();
  }
}

// Temporary data directories to remove if this process is stopped in the middle of a run.
const liveDirs = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

async function runPglite(bytes: Uint8Array, rows: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-import-'));
  liveDirs.add(dir);
  try {
    return await importOnce('pglite', { kind: 'pglite', dataDir: join(dir, 'db') }, bytes, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
  }
}

async function runPostgres(bytes: Uint8Array, rows: number, adminUrl: string): Promise<Run> {
  const scratch = await createScratchDatabase(adminUrl);
  try {
    return await importOnce('postgres', { kind: 'postgres', url: scratch.url }, bytes, rows);
  } finally {
    await scratch.drop();
  }
}

/** The pure parts, without a database: what parsing and checking the file cost on their own. */
async function measureCpuParts(bytes: Uint8Array) {
  let t = performance.now();
  const { table } = await parseTable(bytes, 'suppliers.csv');
  const parse = seconds(t);
  const { suggestMapping } = await import('../src/suppliers/import/column-mapping.ts');
  t = performance.now();
  validateRows(table, suggestMapping(table.headers));
  return { parse, validate: seconds(t) };
}

function runRow(run: Run & { round: number }, rows: number): string[] {
  return [
    run.engine,
    String(run.round),
    formatNumber(run.setup),
    formatNumber(run.upload),
    formatNumber(run.validate),
    formatNumber(run.prepare),
    formatNumber(parseValidate(run)),
    formatNumber(run.write),
    formatNumber(total(run)),
    formatNumber(rows / parseValidate(run), 0),
    formatNumber(rows / run.write, 0),
    formatNumber(rows / total(run), 0),
    formatNumber(run.cpuShare),
    formatNumber(run.cpuShare * total(run)),
    formatNumber(run.machineBusy),
  ];
}

export async function main(argv = process.argv.slice(2)): Promise<Figure[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      engines: { type: 'string', default: 'pglite,postgres' },
      'max-minutes': { type: 'string', default: '30' },
      'quiet-wait': { type: 'string', default: '120' },
    },
  });
  const rows = Number(values.rows);
  const runs = Math.min(MAX_RUNS, Math.max(1, Number(values.runs)));
  const deadline = performance.now() + Number(values['max-minutes']) * 60_000;
  const engines = values.engines.split(',').filter((e): e is Engine => e === 'pglite' || e === 'postgres');
  const adminUrl = adminDatabaseUrl();
  const postgres = engines.includes('postgres') ? await probePostgres(adminUrl) : null;
  if (postgres?.ok) {
    const stale = await dropStaleScratchDatabases(adminUrl);
    if (stale.length > 0)
      process.stdout.write(`dropped databases left by killed runs: ${stale.join(', ')}\n`);
  }

  printHeader(
    `Supplier import: ${rows.toLocaleString('en-US')} rows, upload → validate → prepare → execute`,
    {
      pglite: `@electric-sql/pglite ${packageVersion('@electric-sql/pglite')}, data directory on disk under ${tmpdir()}`,
      postgres: postgres
        ? postgres.ok
          ? `PostgreSQL ${postgres.version} at ${new URL(adminUrl).host}, a fresh tg_bench_* database per run`
          : `unavailable (${postgres.reason}); skipped`
        : 'not requested',
      runs: `${runs} per engine`,
    },
  );

  const t = performance.now();
  const csv = generateSuppliersCsv({ rows, seed: Number(values.seed) });
  const bytes = new TextEncoder().encode(csv);
  process.stdout.write(
    `file: ${rows} rows, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB, seed ${values.seed}, sha256 ${sha256(bytes).slice(0, 16)}… (generated in ${seconds(t).toFixed(1)} s, not timed)\n\n`,
  );

  const results: (Run & { round: number })[] = [];
  for (let i = 0; i < runs && performance.now() < deadline; i++) {
    for (const engine of engines) {
      if (engine === 'postgres' && !postgres?.ok) continue;
      process.stdout.write(`${await waitForQuiet(Number(values['quiet-wait']))}\n`);
      const run =
        engine === 'pglite' ? await runPglite(bytes, rows) : await runPostgres(bytes, rows, adminUrl);
      results.push({ ...run, round: i + 1 });
      process.stdout.write(
        `run ${i + 1} ${engine}: parse+validate ${parseValidate(run).toFixed(2)} s, write ${run.write.toFixed(2)} s, total ${total(run).toFixed(2)} s (machine busy ${formatNumber(run.machineBusy, 1)} cores)\n`,
      );
    }
  }

  const cpu = await measureCpuParts(bytes);
  process.stdout.write(
    `\nwithout a database: parseTable ${cpu.parse.toFixed(2)} s, validateRows ${cpu.validate.toFixed(2)} s ` +
      '(the flow parses the file 3 times: upload, validate, prepare; and checks the rows twice: validate, prepare)\n\n',
  );

  const header = [
    'engine',
    'run',
    'setup s',
    'upload s',
    'validate s',
    'prepare s',
    'parse+validate s',
    'write s',
    'total s',
    'p+v rows/s',
    'write rows/s',
    'total rows/s',
    'cpu/wall',
    'cpu s',
    'busy cores',
  ];
  const table = [header, ...results.map((run) => runRow(run, rows))];
  process.stdout.write(`${formatTable(table)}\n`);
  process.stdout.write(
    'setup = open + migrate + create the organisation (not in the total); parse+validate = upload + validate + prepare;\n' +
      'cpu/wall = CPU time of this process / wall time of the flow (PGlite runs inside it: under 1 means it waited for disk or for a core);\n' +
      'cpu s = that CPU time: on PGlite, about what the flow takes on an idle machine (compare it when the machine is busy);\n' +
      `busy cores = average busy cores of the whole machine (of ${availableParallelism()}) during the flow: this process, PostgreSQL's, and anything else\n\n`,
  );

  const figures: Figure[] = [];
  const medians = new Map<Engine, { pv: number; write: number; total: number }>();
  for (const engine of engines) {
    const mine = results.filter((run) => run.engine === engine);
    if (mine.length === 0) continue;
    const m = {
      pv: median(mine.map(parseValidate)),
      write: median(mine.map((run) => run.write)),
      total: median(mine.map(total)),
    };
    medians.set(engine, m);
    const label = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    figures.push(
      {
        benchmark: 'import',
        name: `${label}: ${rows} rows, total`,
        value: m.total,
        unit: 's',
        ...(engine === 'pglite' && rows === 100_000
          ? { target: `< ${TARGET_SECONDS} s`, met: m.total < TARGET_SECONDS }
          : {}),
      },
      { benchmark: 'import', name: `${label}: parse+validate`, value: m.pv, unit: 's' },
      { benchmark: 'import', name: `${label}: write`, value: m.write, unit: 's' },
      { benchmark: 'import', name: `${label}: throughput`, value: rows / m.total, unit: 'rows/s' },
    );
  }
  const lite = medians.get('pglite');
  const server = medians.get('postgres');
  if (lite && server) {
    const ratio = lite.total / server.total;
    process.stdout.write(
      `PGlite / PostgreSQL time: total ${ratio.toFixed(2)}×, parse+validate ${(lite.pv / server.pv).toFixed(2)}×, write ${(lite.write / server.write).toFixed(2)}×\n`,
    );
    figures.push({ benchmark: 'import', name: 'PGlite / PostgreSQL total time', value: ratio, unit: '×' });
  }
  if (lite && rows === 100_000) {
    const verdict =
      lite.total < TARGET_SECONDS ? 'met' : `NOT met, ${(lite.total - TARGET_SECONDS).toFixed(1)} s over`;
    process.stdout.write(
      `target: ${rows} rows in < ${TARGET_SECONDS} s on PGlite: ${lite.total.toFixed(2)} s, ${verdict}\n`,
    );
  }
  process.stdout.write(
    `peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
  );
  writeSummary(figures);
  return figures;
}

if (import.meta.main) await main();
