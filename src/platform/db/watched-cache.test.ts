import { describe, expect, it } from 'vitest';
import { cachePerDatabase, WatchedCache } from './watched-cache.ts';
import { registerWriteWatch, WriteWatch } from './write-watch.ts';

function setUp(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const watch = new WriteWatch();
  let now = 1_000;
  const cache = new WatchedCache<string, number>(watch, {
    tables: ['suppliers'],
    ttlMs: options.ttlMs ?? 30_000,
    maxEntries: options.maxEntries ?? 100,
    now: () => now,
  });
  return { watch, cache, advance: (ms: number) => (now += ms) };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('WatchedCache', () => {
  it('loads once and answers from memory after', async () => {
    const { cache } = setUp();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('a', load)).toBe(1);
    expect(await cache.getOrLoad('a', load)).toBe(1);
    expect(loads).toBe(1);
  });

  it('forgets everything when a watched table is written, and nothing for other tables', async () => {
    const { watch, cache } = setUp();
    await cache.getOrLoad('a', async () => 1);
    watch.noteWrite(['sessions']);
    expect(cache.get('a')).toBe(1);
    watch.noteWrite(['suppliers']);
    expect(cache.get('a')).toBeUndefined();
    await cache.getOrLoad('a', async () => 2);
    watch.noteWrite('all');
    expect(cache.get('a')).toBeUndefined();
  });

  it('does not keep a value read while a write happened: it may predate the write', async () => {
    const { watch, cache } = setUp();
    const slow = deferred<number>();
    const reading = cache.getOrLoad('a', () => slow.promise);
    watch.noteWrite(['suppliers']);
    slow.resolve(1);
    expect(await reading).toBe(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('shares one load between callers, but not with a caller who came after a write', async () => {
    const { watch, cache } = setUp();
    let loads = 0;
    const slow = deferred<number>();
    const load = () => {
      loads += 1;
      return slow.promise;
    };
    const first = cache.getOrLoad('a', load);
    const second = cache.getOrLoad('a', load);
    watch.noteWrite(['suppliers']);
    const third = cache.getOrLoad('a', async () => {
      loads += 1;
      return 2;
    });
    slow.resolve(1);
    expect([await first, await second, await third]).toEqual([1, 1, 2]);
    expect(loads).toBe(2);
    expect(cache.get('a')).toBe(2);
  });

  it('keeps an entry for its time limit only', async () => {
    const { cache, advance } = setUp({ ttlMs: 1_000 });
    await cache.getOrLoad('a', async () => 1);
    advance(999);
    expect(cache.get('a')).toBe(1);
    advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps only what `keep` accepts', async () => {
    const { cache } = setUp();
    expect(
      await cache.getOrLoad(
        'a',
        async () => 0,
        (value) => value > 0,
      ),
    ).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });

  it('lets the oldest entries go past its size', async () => {
    const { cache } = setUp({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.getOrLoad(key, async () => key.charCodeAt(0));
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([undefined, 98, 99, 2]);
  });
});

describe('cachePerDatabase', () => {
  it('gives one cache per database that has a write watch, and none to the others', () => {
    const cacheOf = cachePerDatabase<string, number>({ tables: ['x'], ttlMs: 1, maxEntries: 1 });
    const watched = {};
    const shared = {};
    registerWriteWatch(watched, new WriteWatch());
    expect(cacheOf(watched)).toBeInstanceOf(WatchedCache);
    expect(cacheOf(watched)).toBe(cacheOf(watched));
    expect(cacheOf(shared)).toBeUndefined();
  });
});
