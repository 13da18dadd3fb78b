import { availableParallelism } from 'node:os';
import type { ListEntity } from '../list-entity.model.ts';
import type { ScreeningQuery } from '../match/score-entity.ts';
import { type BatchOptions, type BatchOutcome, BatchScreener } from './batch-screener.ts';
import { type PoolStartStats, type ProgressListener, ScreeningPool } from './screening-pool.ts';

/**
 * Under this many queries a batch is screened in this thread: the workers' start (each builds its own index,
 * about as long as this thread's build) and the messages cost more than the second core saves
 * (docs/benchmarks.md, "Screening speed").
 */
export const POOL_MIN_QUERIES = 500;

export interface BatchRun {
  outcomes: BatchOutcome[];
  /** Worker threads used; 0 when the batch ran in this thread. */
  workers: number;
  pool: PoolStartStats | null;
}

/**
 * Screens a batch against the given entities, on worker threads (default: one per core) or, for small batches
 * and `workers: 0`, in this thread. An explicit worker count is followed whatever the batch size.
 */
export async function screenBatch(
  entities: readonly ListEntity[],
  queries: readonly ScreeningQuery[],
  options: BatchOptions,
  run: { workers?: number; onProgress?: ProgressListener } = {},
): Promise<BatchRun> {
  const workers = run.workers ?? (queries.length < POOL_MIN_QUERIES ? 0 : availableParallelism());
  if (workers === 0) {
    const screener = BatchScreener.build(entities);
    const outcomes: BatchOutcome[] = [];
    for (const query of queries) {
      outcomes.push(screener.screenOne(query, options));
      if (outcomes.length % 100 === 0) run.onProgress?.(outcomes.length, queries.length);
    }
    run.onProgress?.(outcomes.length, queries.length);
    return { outcomes, workers: 0, pool: null };
  }
  const pool = await ScreeningPool.start(entities, { size: workers });
  try {
    const outcomes = await pool.screen(queries, options, run.onProgress);
    return { outcomes, workers, pool: pool.stats };
  } finally {
    await pool.close();
  }
}
