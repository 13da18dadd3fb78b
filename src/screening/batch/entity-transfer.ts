import { deserialize, serialize } from 'node:v8';
import type { ListEntity } from '../list-entity.model.ts';

/**
 * The entities in V8's structured-clone format, written once into shared memory that every worker reads:
 * the main thread serialises once (≈ 0.1 s for the four big lists) instead of once per worker, and the
 * workers decode in parallel (docs/decisions.md, "Batch screening").
 */
export function shareEntities(entities: readonly ListEntity[]): SharedArrayBuffer {
  const bytes = serialize(entities);
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
}

/** Reads the entities back in a worker; only shareEntities writes this buffer. */
export function readSharedEntities(shared: SharedArrayBuffer): ListEntity[] {
  const entities: ListEntity[] = deserialize(new Uint8Array(shared));
  if (!Array.isArray(entities)) throw new Error('The shared entities are not a list');
  return entities;
}
