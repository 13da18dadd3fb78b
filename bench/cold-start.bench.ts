import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { printHeader, ROOT } from './lib/machine.ts';
import { startCpuMeter, waitForQuiet } from './lib/quiet.ts';
import { type Figure, formatNumber, formatTable, writeSummary } from './lib/report.ts';
import { stopChild } from './lib/server-process.ts';
import { median } from './lib/stats.ts';

/**
 * Time from spawning `node src/cli/main.ts serve` to the first 200 from /api/health: on an empty data directory
 * (initdb, migrations, demo seed), and then on the initialised one, as a user restarts it. For scale: how long
 * Node takes to start at all, and to load the CLI's modules (`--help`).
 */

const TARGET_SECONDS = 3;
const HEALTH_TIMEOUT_MS = 120_000;
const POLL_MS = 10;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface Start {
  /** Seconds to the first 200 from /api/health. */
  health: number;
  /** Seconds to the "is running" line on stdout. */
  announced: number | null;
  /** Average busy cores of the whole machine during the start. */
  machineBusy: number | null;
}

// A server still running when this process is stopped would keep its port and data directory.
let current: ChildProcess | undefined;
const dirs: string[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (current && current.exitCode === null) {
      current.once('exit', () => {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      });
      current.kill('SIGTERM');
    } else {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    }
  });
}

/** Spawns the server on the data directory, polls /api/health until it answers 200, stops it. */
async function startOnce(dataDir: string): Promise<Start> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TRADEGUARD_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  delete env.LOG_LEVEL;
  const stopMeter = startCpuMeter();
  const started = performance.now();
  const child = spawn(process.execPath, ['src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  current = child;
  let output = '';
  let announced: number | null = null;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (announced === null && output.includes('Tradeguard is running'))
      announced = (performance.now() - started) / 1000;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > HEALTH_TIMEOUT_MS)
        throw new Error(`No healthy answer in ${HEALTH_TIMEOUT_MS} ms:\n${output}`);
      const status = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) })
        .then((response) => response.status)
        .catch(() => 0);
      if (status === 200)
        return { health: (performance.now() - started) / 1000, announced, machineBusy: stopMeter() };
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await stopChild(child);
  }
}

/** Wall time of a command that exits by itself. */
function timeCommand(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  return (performance.now() - started) / 1000;
}

/** The web app must be built, as users run it; build it once if it is missing. */
function ensureWebBuilt(): string | null {
  if (existsSync(join(ROOT, 'web/dist/index.html'))) return null;
  process.stdout.write('web/dist is missing: npm run build:web\n');
  const result = spawnSync('npm', ['run', 'build:web'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
  return result.status === 0 && existsSync(join(ROOT, 'web/dist/index.html'))
    ? null
    : `npm run build:web failed (exit ${result.status}); the cold start is measured with the web app built, so it is skipped`;
}

const stats = (values: number[]) => [Math.min(...values), median(values), Math.max(...values)];

export async function main(argv = process.argv.slice(2)): Promise<Figure[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      'first-runs': { type: 'string', default: '3' },
      'quiet-wait': { type: 'string', default: '30' },
    },
  });
  const runs = Math.min(20, Math.max(1, Number(values.runs)));
  const firstRuns = Math.min(10, Math.max(1, Number(values['first-runs'])));
  printHeader('Cold start: spawn `node src/cli/main.ts serve` → first 200 from /api/health', {
    setup:
      'PGlite data directory under the temp dir; web app built (web/dist); default LOG_LEVEL; health polled every 10 ms',
  });
  const skipped = ensureWebBuilt();
  if (skipped) {
    process.stdout.write(`${skipped}\n`);
    const figures: Figure[] = [
      { benchmark: 'cold-start', name: 'skipped', value: null, unit: '', note: skipped },
    ];
    writeSummary(figures);
    return figures;
  }

  const quiet = Number(values['quiet-wait']);
  const baseline = { node: [] as number[], help: [] as number[] };
  for (let i = 0; i < runs; i++) {
    baseline.node.push(timeCommand(['-e', '0']));
    baseline.help.push(timeCommand(['src/cli/main.ts', '--help']));
  }

  const first: Start[] = [];
  const warm: Start[] = [];
  try {
    for (let i = 0; i < firstRuns; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'tg-bench-cold-'));
      dirs.push(dir);
      process.stdout.write(`${await waitForQuiet(quiet)}\n`);
      const start = await startOnce(dir);
      first.push(start);
      process.stdout.write(
        `first start ${i + 1} (empty data directory): ${start.health.toFixed(2)} s (machine busy ${formatNumber(start.machineBusy, 1)} cores)\n`,
      );
    }
    const initialised = dirs[0] ?? '';
    for (let i = 0; i < runs; i++) {
      process.stdout.write(`${await waitForQuiet(quiet)}\n`);
      const start = await startOnce(initialised);
      warm.push(start);
      process.stdout.write(
        `start ${i + 1} (initialised data directory): ${start.health.toFixed(2)} s (machine busy ${formatNumber(start.machineBusy, 1)} cores)\n`,
      );
    }
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }

  const line = (label: string, values: number[]) => [
    label,
    String(values.length),
    ...stats(values).map((v) => formatNumber(v)),
  ];
  process.stdout.write(
    `\n${formatTable([
      ['what', 'runs', 'min s', 'median s', 'max s'],
      line(
        'serve, empty data dir → /api/health 200',
        first.map((s) => s.health),
      ),
      line(
        'serve, initialised data dir → /api/health 200',
        warm.map((s) => s.health),
      ),
      line(
        '  of which: to the "is running" line',
        warm.flatMap((s) => (s.announced === null ? [] : [s.announced])),
      ),
      line('node -e 0 (Node start-up alone)', baseline.node),
      line('node src/cli/main.ts --help (CLI modules loaded)', baseline.help),
    ])}\n`,
  );
  const [, warmMedian = 0, warmMax = 0] = stats(warm.map((s) => s.health));
  const met = warmMax < TARGET_SECONDS;
  process.stdout.write(
    `target: < ${TARGET_SECONDS} s after the first run (every run): max ${warmMax.toFixed(2)} s, ${met ? 'met' : `NOT met, ${(warmMax - TARGET_SECONDS).toFixed(2)} s over`}\n`,
  );
  const figures: Figure[] = [
    {
      benchmark: 'cold-start',
      name: 'initialised data dir, median',
      value: warmMedian,
      unit: 's',
      target: `< ${TARGET_SECONDS} s (max)`,
      met,
      note: `max ${warmMax.toFixed(2)} s over ${warm.length} runs`,
    },
    {
      benchmark: 'cold-start',
      name: 'empty data dir (first run), median',
      value: median(first.map((s) => s.health)),
      unit: 's',
    },
  ];
  writeSummary(figures);
  return figures;
}

if (import.meta.main) await main();
