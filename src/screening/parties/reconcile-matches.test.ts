import { describe, expect, it } from 'vitest';
import { delistMatches, reconcileMatches, type StoredMatch } from './reconcile-matches.ts';
import type { Finding } from './screen-parties.ts';

function finding(partyId: string, entityId: string, over: Partial<Finding> = {}): Finding {
  return {
    partyId,
    partyHash: 'p1',
    partyLabel: `Party ${partyId}`,
    entityId,
    source: 'us_ofac_sdn',
    entityHash: 'e1',
    entityCaption: `Entity ${entityId}`,
    listVersionId: 'v1',
    score: 0.9,
    explanation: {
      names: {
        query: '',
        candidate: '',
        score: 0.9,
        pairs: [],
        unmatchedQuery: [],
        unmatchedCandidate: [],
        adjustments: [],
      } as never,
      features: [],
      summary: '',
    },
    ...over,
  };
}

function stored(partyId: string, entityId: string, over: Partial<StoredMatch> = {}): StoredMatch {
  return {
    id: `m-${partyId}-${entityId}`,
    partyId,
    entityId,
    partyHash: 'p1',
    entityHash: 'e1',
    status: 'open',
    score: 0.9,
    decidedBy: null,
    decidedAt: null,
    reason: null,
    ...over,
  };
}

const all = (...partyIds: string[]) => ({ partyIds: new Set(partyIds), entityIds: 'all' as const });

describe('reconcileMatches', () => {
  it('opens a new pair and leaves an unchanged open pair alone', () => {
    const changes = reconcileMatches(all('a'), [stored('a', 'x')], [finding('a', 'x'), finding('a', 'y')]);
    expect(changes.map((c) => c.kind)).toEqual(['insert']);
    expect(changes[0]).toMatchObject({ kind: 'insert', finding: { entityId: 'y' } });
  });

  it('keeps a decision while both sides are unchanged, whatever the new score', () => {
    const decided = stored('a', 'x', { status: 'false_positive', reason: 'different company', score: 0.82 });
    expect(reconcileMatches(all('a'), [decided], [finding('a', 'x', { score: 0.95 })])).toEqual([]);
  });

  it('reopens a decision when the party or the entity changed, keeping the earlier decision', () => {
    const decided = stored('a', 'x', { status: 'false_positive', reason: 'other firm', decidedBy: 'Ann' });
    const [byParty] = reconcileMatches(all('a'), [decided], [finding('a', 'x', { partyHash: 'p2' })]);
    expect(byParty).toMatchObject({
      kind: 'reopen',
      previous: { status: 'false_positive', reason: 'other firm', decidedBy: 'Ann', partyHash: 'p1' },
      note: "Reopened: the party's details changed since it was decided false positive",
    });
    const [byEntity] = reconcileMatches(all('a'), [decided], [finding('a', 'x', { entityHash: 'e2' })]);
    expect(byEntity).toMatchObject({
      kind: 'reopen',
      note: expect.stringContaining('the listed entity changed'),
    });
    const [both] = reconcileMatches(
      all('a'),
      [{ ...decided, status: 'true_match' }],
      [finding('a', 'x', { entityHash: 'e2', partyHash: 'p2' })],
    );
    expect(both).toMatchObject({ kind: 'reopen', note: expect.stringContaining('both') });
  });

  it('refreshes an open pair whose score or facts moved, and reopens a cleared one found again', () => {
    const changes = reconcileMatches(
      all('a'),
      [stored('a', 'x', { score: 0.85 }), stored('a', 'y', { status: 'cleared' })],
      [finding('a', 'x'), finding('a', 'y')],
    );
    expect(changes).toMatchObject([
      { kind: 'refresh', id: 'm-a-x', note: null },
      { kind: 'refresh', id: 'm-a-y', note: 'Found again after it was cleared' },
    ]);
  });

  it('clears open pairs in scope that are no longer found, and leaves decided and out-of-scope ones', () => {
    const changes = reconcileMatches(
      { partyIds: new Set(['a']), entityIds: new Set(['x', 'z']) },
      [stored('a', 'x'), stored('a', 'z', { status: 'true_match' }), stored('a', 'y'), stored('b', 'x')],
      [],
    );
    expect(changes).toMatchObject([{ kind: 'clear', id: 'm-a-x' }]);
  });
});

describe('delistMatches', () => {
  it('marks open and confirmed items of removed entities delisted, and says what to do', () => {
    const changes = delistMatches(
      [
        stored('a', 'x'),
        stored('b', 'x', { status: 'true_match' }),
        stored('c', 'x', { status: 'false_positive' }),
        stored('d', 'y'),
      ],
      new Set(['x']),
      'us_ofac_sdn sdn.csv',
    );
    expect(changes.map((c) => [c.kind, 'id' in c ? c.id : null])).toEqual([
      ['delist', 'm-a-x'],
      ['delist', 'm-b-x'],
    ]);
    expect(changes[1]).toMatchObject({ note: expect.stringContaining('suspension can be lifted') });
  });
});
