import type { ScreeningQuery } from '../match/score-entity.ts';
import type { BatchOptions, BatchOutcome } from './batch-screener.ts';

/** What a worker is started with (workerData). */
export interface WorkerInit {
  entities: SharedArrayBuffer;
}

/** Main thread → worker. */
export interface ScreenChunk {
  type: 'screen';
  chunk: number;
  queries: ScreeningQuery[];
  options: BatchOptions;
}

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'ready'; entities: number; names: number; buildMs: number; heapBytes: number }
  | { type: 'done'; chunk: number; outcomes: BatchOutcome[] }
  | { type: 'failed'; error: string };
