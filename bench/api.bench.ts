import { availableParallelism, setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEFAULT_SEED } from './generate-suppliers.ts';
import { packageVersion, printHeader } from './lib/machine.ts';
import { runPacedLoad } from './lib/paced-load.ts';
import { startCpuMeter, waitForQuiet } from './lib/quiet.ts';
import { type Figure, formatNumber, formatTable, writeSummary } from './lib/report.ts';
import { processCpuSeconds, signIn, startBenchServer, waitForIdleServer } from './lib/server-process.ts';
import { percentile } from './lib/stats.ts';

/**
 * The supplier list under load: the real server (bench/serve-for-bench.ts, its own process, PGlite on disk,
 * logs off) with generated suppliers; the load from this process with the session cookie. Per variant:
 * autocannon at a fixed 200 requests/s (overallRate, 10 connections), an evenly paced 200 requests/s, and
 * autocannon unthrottled (10 connections) for the most the server answers.
 */

const RATE = 200;
const TARGET_P99_MS = 50;
const CONNECTIONS = 10;

interface Measurement {
  variant: string;
  mode: string;
  /** Requests per second asked for; null when unthrottled. */
  offered: number | null;
  /** 2xx answers per second. */
  rate: number;
  latencies: number[];
  ok: number;
  non2xx: number;
  errors: number;
  skipped: number;
  /** Share of one core the server used over the run. */
  serverCpu: number | null;
  serverCpuSeconds: number | null;
  seconds: number;
  /** Average busy cores of the whole machine during the load (server, load generator, anything else). */
  machineBusy: number | null;
}

/** The asked-for rate was kept: nearly all of it answered with 2xx. */
const rateHeld = (m: Measurement) => m.offered === null || m.rate >= 0.95 * m.offered;

const VARIANTS = [
  { name: 'list', path: '/api/suppliers?page=1&pageSize=25' },
  { name: 'q=müller (Latin)', path: `/api/suppliers?page=1&pageSize=25&q=${encodeURIComponent('müller')}` },
  { name: 'q=电子 (Chinese)', path: `/api/suppliers?page=1&pageSize=25&q=${encodeURIComponent('电子')}` },
];

/** Runs one load with the server idle before, and notes the server's CPU over it, the drain included. */
async function withServerCpu<T extends { seconds: number }>(pid: number, work: () => Promise<T>) {
  await waitForIdleServer(pid);
  const before = processCpuSeconds(pid);
  const stopMeter = startCpuMeter();
  const result = await work();
  const machineBusy = stopMeter();
  const drain = await waitForIdleServer(pid);
  const after = processCpuSeconds(pid);
  if (drain > 1)
    process.stdout.write(`  (the server needed ${drain.toFixed(1)} s to finish the requests left over)\n`);
  const serverCpuSeconds = before === null || after === null ? null : after - before;
  const serverCpu = serverCpuSeconds === null ? null : serverCpuSeconds / (result.seconds + drain);
  return { ...result, serverCpu, serverCpuSeconds, machineBusy };
}

async function runAutocannon(url: string, cookie: string, seconds: number, overallRate?: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { cookie },
    timeout: 10,
    ...(overallRate ? { overallRate, ignoreCoordinatedOmission: true } : {}),
  });
  // autocannon's own histogram keeps whole milliseconds; these are the exact times of the 2xx answers.
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    skipped: 0,
    seconds: result.duration,
  };
}

function row(m: Measurement): string[] {
  const p = (share: number) => formatNumber(percentile(m.latencies, share), 1);
  return [
    m.variant,
    m.mode,
    m.offered === null ? '–' : formatNumber(m.offered, 0),
    formatNumber(m.rate, 0),
    m.offered === null ? '' : rateHeld(m) ? 'yes' : 'no',
    p(0.5),
    p(0.9),
    p(0.99),
    formatNumber(m.latencies.at(-1) ?? null, 1),
    String(m.ok),
    String(m.non2xx),
    String(m.errors),
    String(m.skipped),
    m.serverCpu === null ? '–' : `${Math.round(m.serverCpu * 100)} %`,
    m.serverCpuSeconds === null
      ? '–'
      : formatNumber((m.serverCpuSeconds * 1000) / Math.max(1, m.ok + m.non2xx + m.errors), 1),
    formatNumber(m.machineBusy, 1),
  ];
}

const HEADER = [
  'variant',
  'mode',
  'asked/s',
  '2xx/s',
  'held',
  'p50 ms',
  'p90 ms',
  'p99 ms',
  'max ms',
  '2xx',
  'non-2xx',
  'errors',
  'skipped',
  'server CPU',
  'CPU ms/req',
  'busy cores',
];

export async function main(argv = process.argv.slice(2)): Promise<Figure[]> {
  const { values } = parseArgs({
    args: argv,
    options: {
      suppliers: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '20' },
      'max-seconds': { type: 'string', default: '10' },
      'warmup-seconds': { type: 'string', default: '3' },
      'quiet-wait': { type: 'string', default: '60' },
      variant: { type: 'string' },
      'profile-server': { type: 'string' },
      priority: { type: 'string' },
    },
  });
  const priority = values.priority === undefined ? null : Number(values.priority);
  if (priority !== null && (!Number.isInteger(priority) || priority < -20 || priority > 19))
    throw new Error('--priority: a nice value from -20 to 19');
  const seconds = Math.min(120, Number(values.seconds));
  const maxSeconds = Math.min(60, Number(values['max-seconds']));
  const warmup = Math.min(30, Number(values['warmup-seconds']));
  printHeader(`Supplier list API under load: ${RATE} requests/s for ${seconds} s, and unthrottled`, {
    server: `bench/serve-for-bench.ts in its own process: startServer, PGlite ${packageVersion('@electric-sql/pglite')} on disk, LOG_LEVEL silent`,
    load: `autocannon ${packageVersion('autocannon')} (${CONNECTIONS} connections) and an evenly paced client, in this process`,
    priority:
      priority === null
        ? 'as started (the machine is shared: other work takes its turns on the cores)'
        : `nice ${priority} for the server and the load generator, ahead of other work on the machine`,
  });

  const server = await startBenchServer(Number(values.suppliers), DEFAULT_SEED, values['profile-server']);
  // On a shared machine, other engineers' test runs take turns on the same two cores; a higher priority
  // for the server and this process measures the server as if the machine were its own (needs root).
  if (priority !== null) {
    setPriority(server.pid, priority);
    setPriority(priority);
  }
  const variants = values.variant
    ? VARIANTS.filter((variant) => variant.name.startsWith(values.variant ?? ''))
    : VARIANTS;
  const measurements: Measurement[] = [];
  try {
    process.stdout.write(
      `server ${server.url} (pid ${server.pid}): ${server.suppliers} suppliers imported in ${server.seedSeconds.toFixed(1)} s, plus the demo's\n`,
    );
    const cookie = await signIn(server.url, server.email, server.password);
    for (const variant of variants) {
      const url = `${server.url}${variant.path}`;
      const probe = await fetch(url, { headers: { cookie } });
      const body = (await probe.json()) as { total?: number };
      process.stdout.write(
        `\n${variant.name}: GET ${variant.path} → ${probe.status}, ${body.total ?? '?'} matches\n`,
      );
      await runAutocannon(url, cookie, warmup);
      process.stdout.write(`  ${await waitForQuiet(Number(values['quiet-wait']))}\n`);
      const mine: Measurement[] = [];
      const max = await withServerCpu(server.pid, () => runAutocannon(url, cookie, maxSeconds));
      const capacity = max.ok / max.seconds;
      mine.push({
        variant: variant.name,
        mode: 'autocannon, unthrottled',
        offered: null,
        rate: capacity,
        ...max,
      });
      const fixed = await withServerCpu(server.pid, () => runAutocannon(url, cookie, seconds, RATE));
      mine.push({
        variant: variant.name,
        mode: `autocannon -R ${RATE}`,
        offered: RATE,
        rate: fixed.ok / fixed.seconds,
        ...fixed,
      });
      const paced = await withServerCpu(server.pid, () =>
        runPacedLoad({ url, headers: { cookie }, rate: RATE, seconds }),
      );
      mine.push({
        variant: variant.name,
        mode: 'paced',
        offered: RATE,
        rate: paced.ok / paced.seconds,
        ...paced,
      });
      // Where the server cannot carry the asked-for rate: the latency at a load it can carry, for comparison.
      const half = Math.floor(capacity / 2);
      if (half >= 1 && half < RATE) {
        const light = await withServerCpu(server.pid, () =>
          runPacedLoad({ url, headers: { cookie }, rate: half, seconds }),
        );
        mine.push({
          variant: variant.name,
          mode: 'paced, half the most',
          offered: half,
          rate: light.ok / light.seconds,
          ...light,
        });
      }
      measurements.push(...mine);
      process.stdout.write(
        `  ${formatTable([HEADER.slice(0, 8), ...mine.map((m) => row(m).slice(0, 8))])
          .split('\n')
          .join('\n  ')}\n`,
      );
    }
  } finally {
    await server.stop();
  }

  process.stdout.write(`\n${formatTable([HEADER, ...measurements.map(row)])}\n`);
  process.stdout.write(
    'latency: exact, of 2xx answers; held: 2xx/s at least 95 % of asked/s;\n' +
      `autocannon -R: each of the ${CONNECTIONS} connections sends its share back to back from the start of each second;\n` +
      'paced: requests leave evenly spaced, latency counted from the planned departure; at most 2 s worth waiting\n' +
      '  for an answer, planned requests past that are skipped (the server has fallen behind);\n' +
      'server CPU: share of one core over the run and the drain of left-over requests; CPU ms/req: server CPU time / requests sent;\n' +
      `busy cores: average busy cores of the whole machine (of ${availableParallelism()}) during the load: server, load generator, anything else\n`,
  );

  const figures: Figure[] = [];
  for (const m of measurements) {
    const p99 = percentile(m.latencies, 0.99);
    const p50 = formatNumber(percentile(m.latencies, 0.5), 1);
    if (m.offered === RATE) {
      figures.push({
        benchmark: 'api',
        name: m.mode === 'paced' ? `${m.variant}, paced ${RATE}/s: p99` : `${m.variant}, ${m.mode}: p99`,
        value: p99,
        unit: 'ms',
        target: `< ${TARGET_P99_MS} ms at ${RATE}/s`,
        met: p99 < TARGET_P99_MS && rateHeld(m) && m.non2xx === 0 && m.errors === 0,
        note: `p50 ${p50} ms; ${formatNumber(m.rate, 0)} 2xx/s${rateHeld(m) ? '' : ', rate not held'}`,
      });
    } else if (m.offered === null) {
      figures.push({
        benchmark: 'api',
        name: `${m.variant}, unthrottled`,
        value: m.rate,
        unit: 'req/s',
        note: `p99 ${formatNumber(p99, 1)} ms at ${CONNECTIONS} connections`,
      });
    } else {
      figures.push({
        benchmark: 'api',
        name: `${m.variant}, paced ${m.offered}/s: p99`,
        value: p99,
        unit: 'ms',
        note: `p50 ${p50} ms`,
      });
    }
  }
  writeSummary(figures);
  return figures;
}

if (import.meta.main) await main();
