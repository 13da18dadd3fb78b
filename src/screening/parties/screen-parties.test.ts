import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { ScreeningPool } from '../batch/screening-pool.ts';
import { hashEntity } from '../entity-hash.ts';
import type { ListEntity } from '../list-entity.model.ts';
import { readList } from '../lists/read-list.ts';
import { ScreeningIndex } from '../match/screening-index.ts';
import {
  indexParties,
  type ScreeningLists,
  screenEntitiesAgainstParties,
  screenPartiesOnPool,
  screenParty,
} from './screen-parties.ts';
import type { ScreeningParty } from './screening-party.ts';

function party(id: string, names: string[], schema: 'Company' | 'Person' = 'Company'): ScreeningParty {
  return {
    type: 'supplier',
    id,
    label: names[0] ?? id,
    query: { schema, names, birthDates: [], countries: [], identifiers: [], gender: null },
  };
}

describe('screening parties against a list version delta', () => {
  let entities: ListEntity[];
  let lists: ScreeningLists;

  beforeAll(async () => {
    const read = await readList(sharedDataPath('watchlists/un/UN_consolidated.xml'));
    if (read.kind !== 'entities') throw new Error('expected entities');
    entities = [];
    for await (const entity of read.entities) entities.push(entity);
    const index = new ScreeningIndex();
    for (const entity of entities) index.add(entity);
    index.freeze();
    lists = {
      index,
      entities: new Map(entities.map((e) => [e.id, { hash: hashEntity(e), versionId: 'v1' }])),
    };
  });

  it('finds for the changed entities exactly what full screenings of every party find for them', async () => {
    const organizations = entities.filter((e) => e.schema !== 'Person');
    const persons = entities.filter((e) => e.schema === 'Person');
    // Parties named like listed entities (exactly, with a legal form, reordered), and parties listed nowhere.
    const parties = [
      ...organizations.slice(0, 40).map((e, i) => party(`o${i}`, [`${e.names[0]?.value} Ltd`])),
      ...persons
        .slice(0, 20)
        .map((e, i) => party(`p${i}`, [(e.names[0]?.value ?? '').split(' ').reverse().join(' ')], 'Person')),
      party('x1', ['Harbourside Bakery Ltd']),
      party('x2', ['Nordlicht Maschinenbau GmbH', 'Северный свет']),
      party('x3', ['深圳市华强电子有限公司']),
    ];
    const delta = [...organizations.slice(0, 25), ...organizations.slice(60, 80), ...persons.slice(0, 10)];
    const deltaIds = new Set(delta.map((e) => e.id));
    const key = (f: { partyId: string; entityId: string; score: number }) =>
      `${f.partyId}→${f.entityId} ${f.score}`;

    const full = parties
      .flatMap((p) => screenParty(lists, p, 0.8))
      .filter((f) => deltaIds.has(f.entityId))
      .map(key)
      .sort();
    const found = (await screenEntitiesAgainstParties(lists, await indexParties(parties), delta, 0.8))
      .map(key)
      .sort();
    expect(full.length).toBeGreaterThanOrEqual(30);
    expect(found).toEqual(full);
  });
});

describe('screening parties on the worker pool', () => {
  let lists: ScreeningLists;
  let parties: ScreeningParty[];
  let pool: ScreeningPool;

  beforeAll(async () => {
    // The OFAC non-SDN list (442 entities): quick to index in each worker.
    const read = await readList(sharedDataPath('watchlists/ofac-non-sdn'));
    if (read.kind !== 'entities') throw new Error('expected entities');
    const entities: ListEntity[] = [];
    for await (const entity of read.entities) entities.push(entity);
    const index = new ScreeningIndex();
    for (const entity of entities) index.add(entity);
    index.freeze();
    lists = {
      index,
      entities: new Map(entities.map((e) => [e.id, { hash: hashEntity(e), versionId: 'v1' }])),
    };
    const named = (e: ListEntity) => e.names[0]?.value ?? '';
    parties = [
      ...entities
        .slice(0, 120)
        .map((e, i) =>
          e.schema === 'Person' ? party(`l${i}`, [named(e)], 'Person') : party(`l${i}`, [`${named(e)} Ltd`]),
        ),
      ...entities
        .slice(120, 180)
        .map((e, i) =>
          party(
            `r${i}`,
            [named(e).split(' ').reverse().join(' ')],
            e.schema === 'Person' ? 'Person' : 'Company',
          ),
        ),
      party('x1', ['Harbourside Bakery Ltd']),
      party('x2', ['Nordlicht Maschinenbau GmbH', 'Северный свет']),
      party('blank', ['  ']),
      party('none', []),
    ];
    // Built from the index's own array, as ScreeningPoolKeeper does: matches come back as positions in it.
    pool = await ScreeningPool.start(index.entities, { size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('finds exactly what one thread finds, party by party, in the order of the parties', async () => {
    const single = parties.map((p) => screenParty(lists, p, 0.8));
    const pooled = await screenPartiesOnPool(lists, pool, parties, 0.8);
    expect(single.flat().length).toBeGreaterThanOrEqual(100);
    expect(pooled).toEqual(single);
    // Near misses too: a lower threshold, more findings, still the same.
    expect(await screenPartiesOnPool(lists, pool, parties, 0.5)).toEqual(
      parties.map((p) => screenParty(lists, p, 0.5)),
    );
  });

  it('fails the whole batch when the pool answers a row with an error, naming the party', async () => {
    const failing = {
      screen: async (queries: readonly unknown[]) =>
        queries.map((_, i) =>
          i === 1 ? { ok: false as const, error: 'matcher broke' } : { ok: true as const, matches: [] },
        ),
    };
    await expect(screenPartiesOnPool(lists, failing, parties.slice(0, 3), 0.8)).rejects.toThrow(
      /supplier l1 failed: matcher broke/,
    );
  });

  it('refuses an entity position the lists do not have (a pool built from other lists)', async () => {
    const [finding] = parties.flatMap((p) => screenParty(lists, p, 0.8));
    if (!finding) throw new Error('expected findings for listed names');
    const other = {
      screen: async (queries: readonly unknown[]) =>
        queries.map(() => ({
          ok: true as const,
          matches: [{ entity: 99_999, score: 0.9, name: finding.explanation.names, features: [] }],
        })),
    };
    await expect(screenPartiesOnPool(lists, other, parties.slice(0, 1), 0.8)).rejects.toThrow(
      /unknown entity position 99999/,
    );
  });
});
