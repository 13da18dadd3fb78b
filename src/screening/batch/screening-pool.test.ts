import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import type { ListEntity } from '../list-entity.model.ts';
import { readList } from '../lists/read-list.ts';
import type { ScreeningQuery } from '../match/score-entity.ts';
import { type BatchOptions, BatchScreener } from './batch-screener.ts';
import { screenBatch } from './screen-batch.ts';
import { ScreeningPool } from './screening-pool.ts';

const OPTIONS: BatchOptions = { limit: 3, minScore: 0.6 };

async function readEntities(path: string): Promise<ListEntity[]> {
  const read = await readList(path);
  if (read.kind !== 'entities') throw new Error(`${path} is not a full list`);
  const entities: ListEntity[] = [];
  for await (const entity of read.entities) entities.push(entity);
  return entities;
}

const query = (name: string, schema: ScreeningQuery['schema'] = 'LegalEntity'): ScreeningQuery => ({
  schema,
  names: [name],
  birthDates: [],
  countries: [],
  identifiers: [],
  gender: null,
});

describe('screening pool', () => {
  let entities: ListEntity[];
  let queries: ScreeningQuery[];
  let pool: ScreeningPool;

  beforeAll(async () => {
    // The real OFAC non-SDN list: 442 entities, small enough to index in each worker quickly.
    entities = await readEntities(sharedDataPath('watchlists/ofac-non-sdn'));
    const listed = entities.slice(0, 150).map((entity) => query(entity.names[0]?.value ?? '', entity.schema));
    const unlisted = ['Harbour Freight Trading GmbH', 'Maria Lopez Garcia', 'Nordic Timber AS'].map((name) =>
      query(name),
    );
    // Listed names, their reversed word order, and unlisted names: several chunks per worker.
    queries = [
      ...listed,
      ...listed.map((q) => query((q.names[0] ?? '').split(' ').reverse().join(' '), q.schema)),
      ...unlisted,
    ];
    pool = await ScreeningPool.start(entities, { size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('answers every query in input order, with the same outcomes as one thread', async () => {
    const single = BatchScreener.build(entities).screen(queries, OPTIONS);
    const progress: number[] = [];
    const pooled = await pool.screen(queries, OPTIONS, (done, total) => {
      expect(total).toBe(queries.length);
      progress.push(done);
    });
    expect(pooled).toHaveLength(queries.length);
    expect(pooled).toEqual(single);
    // Listed names find their own entity among the best (some entities share a name).
    for (let i = 0; i < 150; i++) {
      const outcome = pooled[i];
      const best = outcome?.ok ? outcome.matches.filter((m) => m.score === outcome.matches[0]?.score) : [];
      expect(best.map((m) => m.entity)).toContain(i);
    }
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(queries.length);
    expect(pool.stats).toMatchObject({ workers: 2 });
    expect(pool.stats.buildMs).toHaveLength(2);
  });

  it('reports a row that cannot be screened in that row, and screens the others', async () => {
    const broken: ScreeningQuery = JSON.parse(
      '{"schema":"Person","names":"not a list","birthDates":[],"countries":[],"identifiers":[],"gender":null}',
    );
    const batch = [query('ROSNEFT'), query('   '), broken, query('Nordic Timber AS')];
    const outcomes = await pool.screen(batch, OPTIONS);
    expect(outcomes[0]).toMatchObject({ ok: true });
    expect(outcomes[1]).toEqual({ ok: false, error: 'no name to screen' });
    expect(outcomes[2]).toMatchObject({ ok: false, error: expect.stringMatching(/is not a function/) });
    expect(outcomes[3]).toEqual({ ok: true, matches: [] });
  });

  it('keeps concurrent batches apart', async () => {
    const [a, b] = await Promise.all([
      pool.screen(queries.slice(0, 40), OPTIONS),
      pool.screen(queries.slice(40, 90), OPTIONS),
    ]);
    const all = await pool.screen(queries.slice(0, 90), OPTIONS);
    expect([...(a ?? []), ...(b ?? [])]).toEqual(all);
  });

  it('keeps to the lists asked for', async () => {
    const [outcome] = await pool.screen([query('ROSNEFT')], { ...OPTIONS, lists: ['un_sc'] });
    expect(outcome).toEqual({ ok: true, matches: [] });
  });

  it('refuses work once closed, and closing twice is harmless', async () => {
    const other = await ScreeningPool.start(entities.slice(0, 20), { size: 1 });
    const [outcome] = await other.screen([query(entities[0]?.names[0]?.value ?? '')], OPTIONS);
    expect(outcome?.ok).toBe(true);
    await other.close();
    await other.close();
    await expect(other.screen([query('x')], OPTIONS)).rejects.toThrow('The screening pool is closed');
  });

  it('fails to start with a clear error when a worker cannot build its index', async () => {
    const bad: ListEntity[] = JSON.parse('[{"id":"x:1","source":"un_sc","schema":"Person","names":null}]');
    await expect(ScreeningPool.start(bad, { size: 1 })).rejects.toThrow(
      /A screening worker could not build its index: /,
    );
  });

  it('screens small batches in this thread unless told otherwise', async () => {
    const small = queries.slice(0, 10);
    const inThread = await screenBatch(entities, small, OPTIONS);
    expect(inThread.workers).toBe(0);
    const pooled = await screenBatch(entities, small, OPTIONS, { workers: 1 });
    expect(pooled.workers).toBe(1);
    expect(pooled.pool?.workers).toBe(1);
    expect(pooled.outcomes).toEqual(inThread.outcomes);
  });
});

describe('a pool left open', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tg-pool-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('does not keep the process alive once its work is done', () => {
    const script = join(dir, 'forgotten-pool.ts');
    const poolModule = new URL('./screening-pool.ts', import.meta.url).href;
    writeFileSync(
      script,
      `import { ScreeningPool } from ${JSON.stringify(poolModule)};
const entity = { id: 'x:1', source: 'un_sc', schema: 'Person', names: [{ value: 'Anna Alpha', kind: 'primary', lang: null }],
  birthDates: [], countries: [], identifiers: [], gender: null, programs: [], addresses: [], listedOn: null, remarks: null };
const pool = await ScreeningPool.start([entity], { size: 2 });
const [outcome] = await pool.screen([{ schema: 'Person', names: ['Alpha Anna'], birthDates: [], countries: [], identifiers: [], gender: null }], { limit: 1, minScore: 0.5 });
console.log(JSON.stringify(outcome.ok && outcome.matches.map((m) => m.entity)));
`,
    );
    const started = Date.now();
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('[0]');
    expect(child.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
