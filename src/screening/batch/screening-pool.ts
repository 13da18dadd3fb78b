import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ListEntity } from '../list-entity.model.ts';
import type { ScreeningQuery } from '../match/score-entity.ts';
import type { BatchOptions, BatchOutcome } from './batch-screener.ts';
import { shareEntities } from './entity-transfer.ts';
import type { ScreenChunk, WorkerInit, WorkerMessage } from './pool-messages.ts';

export type ProgressListener = (done: number, total: number) => void;

export interface PoolStartStats {
  workers: number;
  /** From the call to the last worker ready: serialising, starting threads, each building its index. */
  startMs: number;
  /** Time to serialise the entities into shared memory, once, in this thread. */
  shareMs: number;
  sharedBytes: number;
  /** Per worker: reading the entities and building the index, and its heap once built. */
  buildMs: number[];
  heapBytes: number[];
}

interface Batch {
  outcomes: BatchOutcome[];
  done: number;
  total: number;
  onProgress: ProgressListener | undefined;
  resolve: (outcomes: BatchOutcome[]) => void;
  reject: (error: Error) => void;
}

interface Chunk {
  batch: Batch;
  start: number;
  queries: ScreeningQuery[];
  options: BatchOptions;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Chunk>;
}

/** Chunks each worker holds at once: while it answers one, the next is already waiting in its queue. */
const IN_FLIGHT = 2;

/**
 * Worker threads that screen many queries against the lists: each builds its own index from the entities
 * (shared once as V8-serialised bytes), queries go out in chunks to whichever worker has room, and the
 * outcomes come back in the order of the queries. A worker that dies fails the batches under way and closes
 * the pool; an error in one query is that row's outcome. Idle workers do not keep the process alive, and
 * close() ends them.
 */
export class ScreeningPool {
  readonly stats: PoolStartStats;
  private readonly slots: Slot[];
  private readonly queue: Chunk[] = [];
  private readonly batches = new Set<Batch>();
  private nextChunk = 0;
  private broken: Error | null = null;
  private closed = false;

  private constructor(slots: Slot[], stats: PoolStartStats) {
    this.slots = slots;
    this.stats = stats;
    for (const slot of slots) this.watch(slot);
    this.setActive(false);
  }

  /** Starts `size` workers (default: one per core) and waits until each has built its index. */
  static async start(
    entities: readonly ListEntity[],
    options: { size?: number } = {},
  ): Promise<ScreeningPool> {
    const size = options.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`A pool needs at least one worker (got ${size})`);
    const started = performance.now();
    const shared = shareEntities(entities);
    const shareMs = performance.now() - started;
    const init: WorkerInit = { entities: shared };
    const workers = Array.from(
      { length: size },
      () => new Worker(new URL('./screening.worker.ts', import.meta.url), { workerData: init }),
    );
    try {
      const ready = await Promise.all(workers.map(waitUntilReady));
      return new ScreeningPool(
        workers.map((worker) => ({ worker, inFlight: new Map() })),
        {
          workers: size,
          startMs: performance.now() - started,
          shareMs,
          sharedBytes: shared.byteLength,
          buildMs: ready.map((message) => message.buildMs),
          heapBytes: ready.map((message) => message.heapBytes),
        },
      );
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** False once closed, or broken by a worker that stopped: such a pool screens nothing more. */
  get isOpen(): boolean {
    return !this.closed && !this.broken;
  }

  /** Screens the queries; the outcomes are in the order of the queries. */
  screen(
    queries: readonly ScreeningQuery[],
    options: BatchOptions,
    onProgress?: ProgressListener,
  ): Promise<BatchOutcome[]> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('The screening pool is closed'));
    if (queries.length === 0) return Promise.resolve([]);
    return new Promise<BatchOutcome[]>((resolve, reject) => {
      const batch: Batch = {
        outcomes: new Array<BatchOutcome>(queries.length),
        done: 0,
        total: queries.length,
        onProgress,
        resolve,
        reject,
      };
      this.batches.add(batch);
      // Small enough that both workers finish together, large enough that messages cost little.
      const chunkSize = Math.min(128, Math.max(8, Math.ceil(queries.length / (this.slots.length * 8))));
      for (let start = 0; start < queries.length; start += chunkSize) {
        this.queue.push({ batch, start, queries: queries.slice(start, start + chunkSize), options });
      }
      this.setActive(true);
      this.dispatch();
    });
  }

  /** Ends the workers; batches still under way fail. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failAll(new Error('The screening pool was closed before the batch finished'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private dispatch() {
    for (const slot of this.slots) {
      while (slot.inFlight.size < IN_FLIGHT) {
        const chunk = this.queue.shift();
        if (!chunk) return;
        const id = this.nextChunk++;
        slot.inFlight.set(id, chunk);
        const message: ScreenChunk = {
          type: 'screen',
          chunk: id,
          queries: chunk.queries,
          options: chunk.options,
        };
        slot.worker.postMessage(message);
      }
    }
  }

  private watch(slot: Slot) {
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'done') return;
      const chunk = slot.inFlight.get(message.chunk);
      if (!chunk) return;
      slot.inFlight.delete(message.chunk);
      const { batch } = chunk;
      message.outcomes.forEach((outcome, i) => {
        batch.outcomes[chunk.start + i] = outcome;
      });
      batch.done += message.outcomes.length;
      batch.onProgress?.(batch.done, batch.total);
      if (batch.done >= batch.total) {
        this.batches.delete(batch);
        batch.resolve(batch.outcomes);
      }
      this.dispatch();
      if (this.batches.size === 0) this.setActive(false);
    });
    const fail = (reason: string) => {
      if (this.closed) return;
      this.broken = new Error(`A screening worker stopped: ${reason}; the pool is closed`);
      this.failAll(this.broken);
      void this.close();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => fail(`it exited with code ${code}`));
  }

  private failAll(error: Error) {
    for (const batch of this.batches) batch.reject(error);
    this.batches.clear();
    this.queue.length = 0;
    for (const slot of this.slots) slot.inFlight.clear();
  }

  /** Workers hold the process open only while there is work, so a pool left open does not hang it. */
  private setActive(active: boolean) {
    for (const slot of this.slots) {
      if (active) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}

function waitUntilReady(worker: Worker): Promise<Extract<WorkerMessage, { type: 'ready' }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'ready') {
        cleanup();
        resolve(message);
      } else if (message.type === 'failed') {
        cleanup();
        reject(new Error(`A screening worker could not build its index: ${message.error}`));
      }
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new Error(`A screening worker failed to start: ${error.message}`));
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`A screening worker exited with code ${code} while starting`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
