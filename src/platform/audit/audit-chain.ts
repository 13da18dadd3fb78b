import { createHash } from 'node:crypto';

/** The hash that starts every organisation's chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface AuditEntryContent {
  organizationId: string;
  seq: number;
  at: string;
  actorType: string;
  actorId: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: JsonValue | null;
  after: JsonValue | null;
}

export interface ChainedAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Turns any value into plain JSON (dates become ISO strings), as it will be stored in jsonb. */
export function toJsonValue(value: unknown): JsonValue | null {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export function hashAuditEntry(prevHash: string, entry: AuditEntryContent): string {
  const content = canonicalJson({ ...entry, prevHash });
  return createHash('sha256').update(content).digest('hex');
}

/** Appends entries after the given head: each hash covers the previous hash and the entry's canonical JSON. */
export function chainEntries(
  head: { lastSeq: number; lastHash: string },
  entries: Omit<AuditEntryContent, 'seq'>[],
): ChainedAuditEntry[] {
  let prevHash = head.lastHash;
  let seq = head.lastSeq;
  return entries.map((entry) => {
    seq += 1;
    const content: AuditEntryContent = { ...entry, seq };
    const hash = hashAuditEntry(prevHash, content);
    const chained = { ...content, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

export type ChainBreak = { seq: number; reason: string };

export interface ChainVerifier {
  /** Feeds the next stored entry (in seq order); answers the first break found, if any. */
  push: (entry: ChainedAuditEntry) => ChainBreak | null;
  /** Compares the end of the chain with the recorded head: catches deleted last entries. */
  finish: (head: { lastSeq: number; lastHash: string } | null) => ChainBreak | null;
  checked: () => number;
}

/** Verifies a chain entry by entry, so a long log is checked in pages without holding it in memory. */
export function createChainVerifier(): ChainVerifier {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  return {
    push(entry) {
      if (entry.seq !== expectedSeq) {
        return {
          seq: expectedSeq,
          reason: `entry ${expectedSeq} is missing (the next stored entry is ${entry.seq})`,
        };
      }
      if (entry.prevHash !== prevHash) {
        return {
          seq: entry.seq,
          reason: `entry ${entry.seq} does not link to the hash of entry ${entry.seq - 1}`,
        };
      }
      const { prevHash: _stored, hash, ...content } = entry;
      if (hashAuditEntry(prevHash, content) !== hash) {
        return {
          seq: entry.seq,
          reason: `entry ${entry.seq} was changed after it was written (hash mismatch)`,
        };
      }
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
      return null;
    },
    finish(head) {
      const lastSeq = expectedSeq - 1;
      if (!head) return lastSeq === 0 ? null : { seq: 1, reason: 'the chain head is missing' };
      if (head.lastSeq !== lastSeq) {
        return {
          seq: lastSeq + 1,
          reason: `the chain head records ${head.lastSeq} entries but ${lastSeq} were found (entries deleted at the end)`,
        };
      }
      if (head.lastHash !== prevHash) {
        return { seq: lastSeq, reason: `entry ${lastSeq} does not match the chain head's hash` };
      }
      return null;
    },
    checked: () => count,
  };
}
