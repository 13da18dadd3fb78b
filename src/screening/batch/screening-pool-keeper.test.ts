import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { ListEntity } from '../list-entity.model.ts';
import { type KeptPool, POOL_MIN_PARTIES, ScreeningPoolKeeper } from './screening-pool-keeper.ts';

/** A stand-in pool that records what happens to it (the real one is tested in screening-pool.test.ts). */
class FakePool implements KeptPool {
  closed = false;
  broken = false;
  readonly entities: readonly ListEntity[];
  constructor(entities: readonly ListEntity[]) {
    this.entities = entities;
  }
  get isOpen() {
    return !this.closed && !this.broken;
  }
  async screen() {
    return [];
  }
  async close() {
    this.closed = true;
  }
}

function keeperWithFakes(options: { idleMs?: number; size?: number; failFirst?: boolean } = {}) {
  const pools: FakePool[] = [];
  let fail = options.failFirst ?? false;
  const keeper = new ScreeningPoolKeeper({
    size: options.size ?? 2,
    idleMs: options.idleMs ?? 60_000,
    start: async (entities) => {
      await sleep(1);
      if (fail) {
        fail = false;
        throw new Error('a worker could not build its index');
      }
      const pool = new FakePool(entities);
      pools.push(pool);
      return pool;
    },
  });
  return { keeper, pools };
}

const listsA: ListEntity[] = [];
const listsB: ListEntity[] = [];

describe('ScreeningPoolKeeper', () => {
  it('wants the pool only with more than one core and enough parties in sight', () => {
    expect(new ScreeningPoolKeeper({ size: 2 }).wants(POOL_MIN_PARTIES)).toBe(true);
    expect(new ScreeningPoolKeeper({ size: 2 }).wants(POOL_MIN_PARTIES - 1)).toBe(false);
    expect(new ScreeningPoolKeeper({ size: 1 }).wants(1_000_000)).toBe(false);
    expect(new ScreeningPoolKeeper({ size: 4, minParties: 10 }).wants(10)).toBe(true);
  });

  it('starts one pool on demand, shared by simultaneous users, and reuses it for the same lists', async () => {
    const { keeper, pools } = keeperWithFakes();
    expect(keeper.isWarmFor(listsA)).toBe(false);
    const seen = await Promise.all([
      keeper.use(listsA, async (pool) => pool),
      keeper.use(listsA, async (pool) => pool),
    ]);
    expect(seen[0]).toBe(seen[1]);
    expect(await keeper.use(listsA, async (pool) => pool)).toBe(seen[0]);
    expect(keeper.starts).toBe(1);
    expect(keeper.isWarmFor(listsA)).toBe(true);
    expect(keeper.isWarmFor(listsB)).toBe(false);
    await keeper.close();
    expect(pools.every((pool) => pool.closed)).toBe(true);
  });

  it('replaces the pool when the lists change, closing the old one first', async () => {
    const { keeper, pools } = keeperWithFakes();
    await keeper.use(listsA, async () => null);
    await keeper.use(listsB, async () => null);
    expect(pools.map((pool) => [pool.entities === listsB, pool.closed])).toEqual([
      [false, true],
      [true, false],
    ]);
    await keeper.close();
  });

  it('closes the pool after it has been idle, not while in use, and starts again when needed', async () => {
    const { keeper, pools } = keeperWithFakes({ idleMs: 30 });
    await keeper.use(listsA, async () => {
      await sleep(60);
    });
    expect(pools[0]?.closed).toBe(false);
    await sleep(80);
    expect(pools[0]?.closed).toBe(true);
    expect(keeper.isWarmFor(listsA)).toBe(false);
    await keeper.use(listsA, async () => null);
    expect(keeper.starts).toBe(2);
    await keeper.close();
  });

  it('replaces a pool that broke (a worker died)', async () => {
    const { keeper, pools } = keeperWithFakes();
    await keeper.use(listsA, async () => null);
    if (pools[0]) pools[0].broken = true;
    const next = await keeper.use(listsA, async (pool) => pool);
    expect(next).toBe(pools[1]);
    await keeper.close();
  });

  it('reports a pool that failed to start, and tries again at the next use', async () => {
    const { keeper } = keeperWithFakes({ failFirst: true });
    await expect(keeper.use(listsA, async () => null)).rejects.toThrow(/could not build its index/);
    expect(keeper.isWarmFor(listsA)).toBe(false);
    await expect(keeper.use(listsA, async () => 'screened')).resolves.toBe('screened');
    await keeper.close();
  });

  it('passes on the work’s error and stays usable', async () => {
    const { keeper } = keeperWithFakes();
    await expect(
      keeper.use(listsA, async () => {
        throw new Error('row 3 failed');
      }),
    ).rejects.toThrow('row 3 failed');
    await expect(keeper.use(listsA, async () => 1)).resolves.toBe(1);
    expect(keeper.starts).toBe(1);
    await keeper.close();
  });

  it('refuses work once closed and wants nothing more', async () => {
    const { keeper } = keeperWithFakes();
    await keeper.close();
    expect(keeper.wants(1_000_000)).toBe(false);
    await expect(keeper.use(listsA, async () => null)).rejects.toThrow(/closed/);
  });
});
