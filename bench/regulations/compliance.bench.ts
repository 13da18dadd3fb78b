import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDescription, type ProductDescription } from '../../src/products/compliance.service.ts';
import type { ValidationContext } from '../../src/regulations/evaluate/validate-product.ts';
import { loadKnowledgeBase } from '../../src/regulations/knowledge/knowledge-base.ts';
import { printHeader, ROOT } from '../lib/machine.ts';
import { startCpuMeter } from '../lib/quiet.ts';
import { type Figure, formatTable, writeSummary } from '../lib/report.ts';
import { median, percentile } from '../lib/stats.ts';
import { loadBenchIngredientMatcher } from './bench-substances.ts';
import { generateProducts, productsCsv } from './generate-products.ts';

/**
 * Issue 4's figures: checking 100,000 products against 5 markets (target: all of it in under 30 s), measured
 * (1) in process — the validator alone over prepared descriptions — and (2) as a user runs it, `tradeguard
 * products check` on a CSV file to a CSV report, in its own process, wall clock; and the validator's latency
 * through the API for one product and one market (target: p99 under 20 ms), GET /api/products/{id}/requirements
 * on a real server in its own process, closed loop, one request at a time.
 *
 * The markets are the five with the most rules today (AU, SA, AE, ZA, NZ); `--markets` names others.
 *
 *   node --expose-gc bench/regulations/compliance.bench.ts [--rows 100000] [--runs 3] [--requests 2000] [--markets EU,US,JP,GB,CN]
 */

let MARKETS = ['AU', 'SA', 'AE', 'ZA', 'NZ'];
const DATE = '2026-11-22';

function describe(p: ReturnType<typeof generateProducts>[number]): ProductDescription {
  return { ...p, brand: p.brand || null, thirdPartyBrand: null, origin: p.origin, certifications: [] };
}

async function inProcess(rows: number, runs: number, context: ValidationContext) {
  const products = generateProducts(rows).map(describe);
  const times: number[] = [];
  let reports = 0;
  const risks = { low: 0, medium: 0, high: 0 };
  for (let run = 0; run < runs; run++) {
    const cpu = startCpuMeter();
    const started = performance.now();
    for (const product of products) {
      const check = checkDescription(context, product, MARKETS, DATE);
      if (run === 0) for (const report of check.markets) risks[report.risk]++;
      reports += check.markets.length;
    }
    const seconds = (performance.now() - started) / 1000;
    times.push(seconds);
    process.stdout.write(
      `  in process, run ${run + 1}: ${seconds.toFixed(2)} s, ${Math.round(rows / seconds).toLocaleString('en')} products/s (busy cores ${cpu()?.toFixed(1) ?? '?'})\n`,
    );
  }
  return { times, reports, risks };
}

function cliRun(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-check-'));
  try {
    const input = join(dir, 'products.csv');
    writeFileSync(input, productsCsv(generateProducts(rows)));
    const env: NodeJS.ProcessEnv = { ...process.env, TRADEGUARD_DATA_DIR: dir };
    Reflect.deleteProperty(env, 'DATABASE_URL');
    // A first command initialises the data directory (initdb, migrations), as a user's first run would.
    spawnSync(process.execPath, ['src/cli/main.ts', 'migrate'], { cwd: ROOT, env, encoding: 'utf8' });
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        'src/cli/main.ts',
        'products',
        'check',
        '--input',
        input,
        '--markets',
        MARKETS.join(','),
        '--date',
        DATE,
        '--output',
        join(dir, 'report.csv'),
      ],
      { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`products check failed (${result.status}): ${result.stderr}`);
    return { seconds, summary: result.stdout.trim().split('\n').at(-1) ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startComplianceServer(): Promise<{
  child: ChildProcess;
  info: { url: string; apiKey: string; productIds: string[] };
}> {
  const child = spawn(process.execPath, [join(ROOT, 'bench/regulations/serve-compliance.ts')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('The server did not start in 3 minutes')), 180_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf('\n');
      if (end >= 0) {
        clearTimeout(timer);
        resolve(buffer.slice(0, end));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code} before it was ready`));
    });
  });
  return { child, info: JSON.parse(line) };
}

function get(agent: Agent, url: string, apiKey: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      { agent, headers: { authorization: `Bearer ${apiKey}` }, timeout: 30_000 },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

async function apiLatency(requests: number) {
  const { child, info } = await startComplianceServer();
  try {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const url = (i: number) =>
      `${info.url}/api/products/${info.productIds[i % info.productIds.length]}/requirements?markets=AU&date=${DATE}`;
    for (let i = 0; i < 200; i++) await get(agent, url(i), info.apiKey); // warm-up: JIT, caches, first knowledge-base load
    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    for (let i = 0; i < requests; i++) {
      const sent = performance.now();
      const status = await get(agent, url(i), info.apiKey);
      if (status === 200) latencies.push(performance.now() - sent);
      else failed++;
    }
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort((a, b) => a - b);
    return { latencies, failed, seconds };
  } finally {
    child.stdin?.end();
    child.kill('SIGTERM');
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      requests: { type: 'string', default: '2000' },
      'skip-cli': { type: 'boolean', default: false },
      'skip-api': { type: 'boolean', default: false },
      markets: { type: 'string', default: MARKETS.join(',') },
    },
  });
  MARKETS = values.markets.split(',').map((m) => m.trim().toUpperCase());
  const rows = Number(values.rows);
  printHeader('Products against markets: validator throughput and API latency', {
    markets: MARKETS.join(', '),
    date: DATE,
  });
  const kb = await loadKnowledgeBase();
  const substances = await loadBenchIngredientMatcher();
  process.stdout.write(
    `knowledge base: ${kb.markets.length} markets, ${kb.rules.length} rule versions, ${kb.certifications.length} certifications; substances: ${substances.note}\n\n`,
  );
  const context: ValidationContext = { kb, matchIngredient: substances.match };

  const local = await inProcess(rows, Number(values.runs), context);
  const best = Math.min(...local.times);
  const mid = median(local.times);
  process.stdout.write(
    `  ${rows.toLocaleString('en')} products × ${MARKETS.length} markets: median ${mid.toFixed(2)} s (${Math.round(rows / mid).toLocaleString('en')} products/s), best ${best.toFixed(2)} s; risk of the first run: ${JSON.stringify(local.risks)}\n\n`,
  );

  const figures: Figure[] = [
    {
      benchmark: 'compliance',
      name: `${rows} products × 5 markets, in process`,
      value: mid,
      unit: 's',
      target: '< 30 s',
      met: mid < 30,
    },
  ];
  if (!values['skip-cli']) {
    const cli = cliRun(rows);
    process.stdout.write(
      `  tradeguard products check (CSV in, CSV report out, own process, wall clock): ${cli.seconds.toFixed(1)} s\n    ${cli.summary}\n\n`,
    );
    figures.push({
      benchmark: 'compliance',
      name: `${rows} products × 5 markets, products check CLI`,
      value: cli.seconds,
      unit: 's',
      target: '< 30 s',
      met: cli.seconds < 30,
    });
  }
  if (!values['skip-api']) {
    const api = await apiLatency(Number(values.requests));
    const p = (share: number) => percentile(api.latencies, share).toFixed(2);
    process.stdout.write(
      `${formatTable([
        [
          'GET /api/products/{id}/requirements?markets=AU',
          'answers',
          'failed',
          'req/s',
          'p50 ms',
          'p90 ms',
          'p99 ms',
          'max ms',
        ],
        [
          '1 at a time',
          String(api.latencies.length),
          String(api.failed),
          String(Math.round(api.latencies.length / api.seconds)),
          p(0.5),
          p(0.9),
          p(0.99),
          (api.latencies.at(-1) ?? 0).toFixed(1),
        ],
      ])}\n`,
    );
    const p99 = percentile(api.latencies, 0.99);
    figures.push({
      benchmark: 'compliance',
      name: 'validator API p99, one product, one market',
      value: p99,
      unit: 'ms',
      target: '< 20 ms',
      met: p99 < 20,
    });
  }
  writeSummary(figures);
}

await main();
