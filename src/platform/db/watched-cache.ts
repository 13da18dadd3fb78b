import { type WriteWatch, writeWatchOf } from './write-watch.ts';

export interface WatchedCacheOptions {
  /** The tables the cached values are read from: a write to any of them empties the cache. */
  tables: readonly string[];
  /** How long an entry is trusted at most, writes or not. */
  ttlMs: number;
  /** Past this, the oldest entries go first. */
  maxEntries: number;
  now?: () => number;
}

/**
 * A cache of values read from the database, emptied by every write this process makes to the tables they
 * come from (see WriteWatch), and with a time limit besides. Only for databases that this process alone
 * writes: `cachePerDatabase` gives none for the others.
 */
export class WatchedCache<K, V> {
  readonly #entries = new Map<K, { value: V; storedAt: number }>();
  readonly #loading = new Map<K, { epoch: number; value: Promise<V> }>();
  readonly #watch: WriteWatch;
  readonly #options: WatchedCacheOptions;
  readonly #now: () => number;
  #epoch: number;

  constructor(watch: WriteWatch, options: WatchedCacheOptions) {
    this.#watch = watch;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#epoch = watch.epochOf(options.tables);
  }

  get size(): number {
    this.#forgetIfWritten();
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    this.#forgetIfWritten();
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.#now() - entry.storedAt >= this.#options.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /**
   * The cached value, or the loaded one. A loaded value is kept only when `keep` accepts it and no write to
   * the tables happened while it was read (it may be older than that write). Callers that ask for the same
   * key while it loads, with no write in between, share the one load.
   */
  async getOrLoad(key: K, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const epochBefore = this.#watch.epochOf(this.#options.tables);
    const pending = this.#loading.get(key);
    if (pending && pending.epoch === epochBefore) return pending.value;
    const value = load();
    const loading = { epoch: epochBefore, value };
    this.#loading.set(key, loading);
    try {
      const loaded = await value;
      this.#forgetIfWritten();
      if (keep(loaded) && this.#epoch === epochBefore) this.#store(key, loaded);
      return loaded;
    } finally {
      if (this.#loading.get(key) === loading) this.#loading.delete(key);
    }
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  #store(key: K, value: V): void {
    this.#entries.delete(key);
    while (this.#entries.size >= this.#options.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, storedAt: this.#now() });
  }

  #forgetIfWritten(): void {
    const epoch = this.#watch.epochOf(this.#options.tables);
    if (epoch === this.#epoch) return;
    this.#entries.clear();
    this.#epoch = epoch;
  }
}

/**
 * One cache per database, made on first use: `const sessionsOf = cachePerDatabase<K, V>({...})` at module
 * level, then `sessionsOf(db)`. Undefined for a database without a write watch (one shared with other
 * processes, as PostgreSQL is: this process cannot see every write to it).
 */
export function cachePerDatabase<K, V>(
  options: WatchedCacheOptions,
): (db: object) => WatchedCache<K, V> | undefined {
  const caches = new WeakMap<object, WatchedCache<K, V>>();
  return (db) => {
    const watch = writeWatchOf(db);
    if (!watch) return undefined;
    let cache = caches.get(db);
    if (!cache) {
      cache = new WatchedCache<K, V>(watch, options);
      caches.set(db, cache);
    }
    return cache;
  };
}
