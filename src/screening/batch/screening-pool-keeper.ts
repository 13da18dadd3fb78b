import { availableParallelism } from 'node:os';
import type { ListEntity } from '../list-entity.model.ts';
import { ScreeningPool } from './screening-pool.ts';

/**
 * Parties in sight (a job's and those queued behind it) from which a process with more than one core screens
 * on the pool. Measured on the 2-core VM (docs/benchmarks.md, "Screening speed (issue 3)", jobs): starting
 * two workers costs ≈ 2.5 s more than the first job in this thread, and a warm pool then saves ≈ 0.3 s per
 * job of 2,000 suppliers, so the pool catches up at ≈ 20,000; below it one thread finishes first.
 */
export const POOL_MIN_PARTIES = 20_000;
/** A pool nobody used for this long is closed: each worker holds its own index (≈ 150 MB). */
export const POOL_IDLE_MS = 60_000;

/** What the keeper needs of a pool (a ScreeningPool; tests give stand-ins). */
export type KeptPool = Pick<ScreeningPool, 'screen' | 'close' | 'isOpen'>;

export interface PoolKeeperOptions {
  /** Workers; default one per core. A keeper of one worker never uses the pool (no core to gain). */
  size?: number;
  minParties?: number;
  idleMs?: number;
  /** How a pool is started (tests count starts or give a pool that fails). */
  start?: (entities: readonly ListEntity[], options: { size: number }) => Promise<KeptPool>;
}

interface Kept {
  entities: readonly ListEntity[];
  pool: Promise<KeptPool>;
}

/**
 * The worker pool of a process's background screening, started on demand and closed when idle. A pool is built
 * from one array of entities (the index in force): a job that comes with another array (the lists changed)
 * gets a new pool and the old one is closed. Jobs of one runner run one after the other, so a pool being
 * replaced is not in use. A pool that broke (a worker died) is replaced at the next use.
 */
export class ScreeningPoolKeeper {
  readonly size: number;
  readonly minParties: number;
  private readonly idleMs: number;
  private readonly startPool: NonNullable<PoolKeeperOptions['start']>;
  private kept: Kept | null = null;
  private users = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Pools started so far (for tests and logs). */
  starts = 0;

  constructor(options: PoolKeeperOptions = {}) {
    this.size = options.size ?? availableParallelism();
    this.minParties = options.minParties ?? POOL_MIN_PARTIES;
    this.idleMs = options.idleMs ?? POOL_IDLE_MS;
    this.startPool = options.start ?? ((entities, start) => ScreeningPool.start(entities, start));
  }

  /** Whether this many parties in sight are worth the pool: more than one core, and enough work. */
  wants(parties: number): boolean {
    return !this.closed && this.size > 1 && parties >= this.minParties;
  }

  /** Whether a pool for these entities is running: its start is paid, so any batch may use it. */
  isWarmFor(entities: readonly ListEntity[]): boolean {
    return !this.closed && this.kept?.entities === entities;
  }

  /** Runs `work` on the pool for these entities, starting it if needed; the idle clock starts after. */
  async use<T>(entities: readonly ListEntity[], work: (pool: KeptPool) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The screening pool keeper is closed');
    this.users++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    try {
      return await work(await this.poolFor(entities));
    } finally {
      this.users--;
      if (this.users === 0 && !this.closed) {
        this.idleTimer = setTimeout(() => void this.stopPool(), this.idleMs);
        this.idleTimer.unref();
      }
    }
  }

  /** Ends the pool for good (the process is stopping). */
  async close(): Promise<void> {
    this.closed = true;
    await this.stopPool();
  }

  private poolFor(entities: readonly ListEntity[]): Promise<KeptPool> {
    const kept = this.kept;
    if (kept?.entities !== entities) return this.restart(entities, kept);
    return kept.pool.then((pool) => (pool.isOpen ? pool : this.restart(entities, kept)));
  }

  /** Replaces `previous` (closed first: two pools at once would double the memory) by a new pool. */
  private restart(entities: readonly ListEntity[], previous: Kept | null): Promise<KeptPool> {
    // Another caller replaced it meanwhile: use theirs.
    if (this.kept !== previous) return this.poolFor(entities);
    this.starts++;
    const pool = (async () => {
      await closeKept(previous);
      return this.startPool(entities, { size: this.size });
    })();
    const started: Kept = { entities, pool };
    this.kept = started;
    pool.catch(() => {
      if (this.kept === started) this.kept = null;
    });
    return pool;
  }

  private async stopPool(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const kept = this.kept;
    this.kept = null;
    await closeKept(kept);
  }
}

async function closeKept(kept: Kept | null): Promise<void> {
  if (!kept) return;
  const pool = await kept.pool.catch(() => null);
  await pool?.close();
}
