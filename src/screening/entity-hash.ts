import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '../platform/audit/audit-chain.ts';
import type { ListEntity } from './list-entity.model.ts';

/** The hash of an entity's content: equal hashes mean nothing that matching or review looks at changed. */
export function hashEntity(entity: ListEntity): string {
  return createHash('sha256')
    .update(canonicalJson(JSON.parse(JSON.stringify(entity)) as JsonValue))
    .digest('hex');
}

/** The caption shown for an entity: its first primary name, else its first name. */
export function captionOf(entity: ListEntity): string {
  return (entity.names.find((name) => name.kind === 'primary') ?? entity.names[0])?.value ?? entity.id;
}
