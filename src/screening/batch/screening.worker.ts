import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { BatchScreener } from './batch-screener.ts';
import { readSharedEntities } from './entity-transfer.ts';
import type { ScreenChunk, WorkerInit, WorkerMessage } from './pool-messages.ts';

/**
 * A screening worker (started by ScreeningPool): builds its own index from the shared entities, says it is
 * ready, then screens the chunks it is sent, one at a time, answering each with its outcomes in order.
 */

const port = parentPort;
if (!port) throw new Error('screening.worker.ts runs as a worker thread of ScreeningPool');
const send = (message: WorkerMessage) => port.postMessage(message);

try {
  const init: WorkerInit = workerData;
  const started = performance.now();
  const screener = BatchScreener.build(readSharedEntities(init.entities));
  const size = screener.index.size;
  send({
    type: 'ready',
    entities: size.entities,
    names: size.names,
    buildMs: performance.now() - started,
    heapBytes: getHeapStatistics().used_heap_size,
  });
  port.on('message', (message: ScreenChunk) => {
    send({ type: 'done', chunk: message.chunk, outcomes: screener.screen(message.queries, message.options) });
  });
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
}
