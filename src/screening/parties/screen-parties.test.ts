import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { hashEntity } from '../entity-hash.ts';
import type { ListEntity } from '../list-entity.model.ts';
import { readList } from '../lists/read-list.ts';
import { ScreeningIndex } from '../match/screening-index.ts';
import {
  indexParties,
  type ScreeningLists,
  screenEntitiesAgainstParties,
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
