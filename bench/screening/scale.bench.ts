import { parseArgs } from 'node:util';
import { sharedDataPath } from '../../src/platform/testing/shared-data.ts';
import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import { prepareQuery, type ScreeningQuery } from '../../src/screening/match/score-entity.ts';
import { ScreeningIndex } from '../../src/screening/match/screening-index.ts';
import { DEFAULT_THRESHOLD } from '../../src/screening/match-query.model.ts';
import { createRng } from '../data/rng.ts';
import { currentCommand, describeMachine } from '../lib/machine.ts';
import { startCpuMeter } from '../lib/quiet.ts';
import { commonCompanyName, commonPersonName } from './common-names.ts';
import { buildDevSet, LIST_PATHS, loadEntities } from './dev-set.ts';
import { syntheticEntity } from './synthetic-names.ts';
import { reorder, typo } from './variants.ts';

/**
 * The index at scale: a synthetic list of 1,000,000 names (seeded; persons and companies of several cultures
 * and scripts, optionally on top of the real OFAC, CSL and UN lists), its build time, its memory, and
 * screenings per second in one thread against it.
 *
 *   node --expose-gc bench/screening/scale.bench.ts [--names 1000000] [--queries 3000] [--no-lists]
 */

export const SCALE_TARGETS = { buildSeconds: 60, memoryBytes: 2 * 1024 ** 3, perSecond: 500 };

export interface ScaleOptions {
  /** Names in the index, real list names included. */
  names?: number;
  /** Screenings timed after a warm-up. */
  queries?: number;
  /** Start from the real lists (OFAC SDN and non-SDN, US CSL, UN). */
  withLists?: boolean;
  seed?: number;
}

export interface ScaleResult {
  machine: ReturnType<typeof describeMachine>;
  command: string;
  names: number;
  entities: number;
  buildSeconds: number;
  /** CPU time of this process while building (garbage collection threads included). */
  buildCpuSeconds: number;
  heapBytes: number;
  rssBytes: number;
  screeningsPerSecond: number;
  /** Screenings per second of this process's CPU time: what one free core would do, on a busy machine. */
  screeningsPerCpuSecond: number;
  /** Share of queries made from listed names (typos, reordering) whose entity was found at the threshold. */
  recall: number;
  /** Cores busy on the whole machine while timing (other work included), when it can be read. */
  busyCores: number | null;
  targetsMet: { build: boolean; memory: boolean; speed: boolean };
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

function collectGarbage() {
  const collect: unknown = Reflect.get(globalThis, 'gc');
  if (typeof collect === 'function') collect();
}

const asQuery = (schema: ListEntity['schema'], name: string): ScreeningQuery => ({
  schema,
  names: [name],
  birthDates: [],
  countries: [],
  identifiers: [],
  gender: null,
});

export async function runScaleBenchmark(options: ScaleOptions = {}): Promise<ScaleResult> {
  const target = options.names ?? 1_000_000;
  const rng = createRng(options.seed ?? 1_000_003);
  const real = options.withLists === false ? [] : await loadEntities(LIST_PATHS(sharedDataPath()));
  collectGarbage();
  const started = performance.now();
  const buildCpu = process.cpuUsage();
  const index = new ScreeningIndex();
  for (const entity of real) index.add(entity);
  const sampled: ListEntity[] = [];
  for (let id = 0; index.size.names < target; id++) {
    const entity = syntheticEntity(rng, id);
    index.add(entity);
    if (id % 400 === 0) sampled.push(entity);
  }
  index.freeze();
  const buildSeconds = (performance.now() - started) / 1000;
  const buildCpuSeconds = cpuSeconds(process.cpuUsage(buildCpu));
  collectGarbage();
  const memory = process.memoryUsage();

  // Queries: listed names as screening meets them (typos, another order), real list variants, and names that
  // are on no list; the positives tell whether the index still finds what it should at this size.
  const wanted = options.queries ?? 3000;
  const positives: { query: ScreeningQuery; target: string }[] = [];
  for (const entity of sampled) {
    const name = entity.names[0]?.value ?? '';
    const variant = rng.chance(0.5) ? typo(name, rng) : reorder(name);
    if (variant) positives.push({ query: asQuery(entity.schema, variant), target: entity.id });
  }
  const others: ScreeningQuery[] = [];
  if (real.length > 0)
    for (const item of buildDevSet(real, { perKind: 40, unlisted: 200 }))
      others.push(asQuery(item.schema, item.query));
  while (others.length < wanted) {
    others.push(
      rng.chance(0.5)
        ? asQuery('Person', commonPersonName(rng))
        : asQuery('Organization', commonCompanyName(rng)),
    );
  }
  const queries = [...positives.map((p) => p.query), ...others].slice(0, Math.max(wanted, positives.length));
  const search = (query: ScreeningQuery) =>
    index.search(prepareQuery(query), { limit: 5, threshold: DEFAULT_THRESHOLD - 0.15 });
  for (const query of queries.slice(0, 300)) search(query);
  const meter = startCpuMeter();
  const timed = performance.now();
  const searchCpu = process.cpuUsage();
  let found = 0;
  for (const query of queries) search(query);
  const seconds = (performance.now() - timed) / 1000;
  const searchCpuSeconds = cpuSeconds(process.cpuUsage(searchCpu));
  const busyCores = meter();
  for (const positive of positives) {
    const results = search(positive.query);
    if (results.some((result) => result.entity.id === positive.target && result.score >= DEFAULT_THRESHOLD))
      found++;
  }
  const screeningsPerSecond = queries.length / seconds;
  const heapBytes = memory.heapUsed + memory.arrayBuffers;
  return {
    machine: describeMachine(),
    command: currentCommand(),
    names: index.size.names,
    entities: index.size.entities,
    buildSeconds,
    buildCpuSeconds,
    heapBytes,
    rssBytes: memory.rss,
    screeningsPerSecond,
    screeningsPerCpuSecond: queries.length / searchCpuSeconds,
    recall: positives.length > 0 ? found / positives.length : 0,
    busyCores,
    targetsMet: {
      build: buildSeconds < SCALE_TARGETS.buildSeconds,
      memory: memory.rss < SCALE_TARGETS.memoryBytes,
      speed: screeningsPerSecond >= SCALE_TARGETS.perSecond,
    },
  };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      names: { type: 'string', default: '1000000' },
      queries: { type: 'string', default: '3000' },
      'no-lists': { type: 'boolean', default: false },
    },
  });
  const result = await runScaleBenchmark({
    names: Number(values.names),
    queries: Number(values.queries),
    withLists: !values['no-lists'],
  });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(JSON.stringify({ machine: result.machine, command: result.command }, null, 1));
  console.table({
    names: result.names,
    entities: result.entities,
    'build (s)': Number(result.buildSeconds.toFixed(1)),
    'build (CPU s)': Number(result.buildCpuSeconds.toFixed(1)),
    heap: mb(result.heapBytes),
    rss: mb(result.rssBytes),
    'screenings/s (1 thread)': Math.round(result.screeningsPerSecond),
    'screenings per CPU second': Math.round(result.screeningsPerCpuSecond),
    'recall of listed-name variants': Number(result.recall.toFixed(3)),
    'cores busy while timing': result.busyCores === null ? 'n/a' : Number(result.busyCores.toFixed(2)),
    'targets met': JSON.stringify(result.targetsMet),
  });
}
