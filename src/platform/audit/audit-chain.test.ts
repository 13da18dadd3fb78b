import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEntries, createChainVerifier, GENESIS_HASH } from './audit-chain.ts';

const base = {
  organizationId: 'org',
  at: '2026-11-22T00:00:00.000Z',
  actorType: 'user',
  actorId: 'u1',
  actorLabel: 'a@b.c',
  entityType: 'supplier',
  entityId: 's1',
  before: null,
};

function chain(n: number) {
  return chainEntries(
    { lastSeq: 0, lastHash: GENESIS_HASH },
    Array.from({ length: n }, (_, i) => ({ ...base, action: `a${i}`, after: { i, name: `n${i}` } })),
  );
}

function verify(
  entries: ReturnType<typeof chain>,
  head = { lastSeq: entries.length, lastHash: entries.at(-1)?.hash ?? GENESIS_HASH },
) {
  const verifier = createChainVerifier();
  for (const entry of entries) {
    const broken = verifier.push(entry);
    if (broken) return broken;
  }
  return verifier.finish(head);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
});

describe('audit chain', () => {
  it('links each entry to the previous hash', () => {
    const entries = chain(3);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(verify(entries)).toBeNull();
  });

  it('finds an edited entry', () => {
    const entries = chain(4);
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, after: { i: 1, name: 'changed' } } : e));
    expect(verify(tampered)).toEqual({
      seq: 2,
      reason: expect.stringContaining('changed after it was written'),
    });
  });

  it('finds an entry deleted in the middle', () => {
    const entries = chain(4).filter((e) => e.seq !== 3);
    expect(verify(entries)?.seq).toBe(3);
  });

  it('finds entries deleted at the end by comparing with the head', () => {
    const entries = chain(4);
    const head = { lastSeq: 4, lastHash: entries[3]?.hash ?? '' };
    expect(verify(entries.slice(0, 3), head)).toEqual({
      seq: 4,
      reason: expect.stringContaining('deleted at the end'),
    });
  });

  it('finds a recomputed entry whose successor no longer links', () => {
    const entries = chain(3);
    const [first] = chainEntries({ lastSeq: 0, lastHash: GENESIS_HASH }, [
      { ...base, action: 'forged', after: null },
    ]);
    if (!first) throw new Error('no entry');
    expect(verify([first, ...entries.slice(1)])).toEqual({
      seq: 2,
      reason: expect.stringContaining('does not link'),
    });
  });
});
