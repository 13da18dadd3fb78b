import { describe, expect, it } from 'vitest';
import type { ListEntity } from '../list-entity.model.ts';
import { prepareQuery } from './score-entity.ts';
import { GRAM_SLOTS, ScreeningIndex, trigramSlots } from './screening-index.ts';

function entity(id: string, schema: ListEntity['schema'], ...names: string[]): ListEntity {
  return {
    id,
    source: 'us_ofac_sdn',
    schema,
    names: names.map((value, i) => ({ value, kind: i === 0 ? 'primary' : 'alias', lang: null })),
    birthDates: [],
    countries: [],
    identifiers: [],
    gender: null,
    programs: [],
    addresses: [],
    listedOn: null,
    remarks: null,
  };
}

const search = (index: ScreeningIndex, schema: ListEntity['schema'], name: string) =>
  index.search(
    prepareQuery({ schema, names: [name], birthDates: [], countries: [], identifiers: [], gender: null }),
    { limit: 5, threshold: 0.8 },
  );

describe('trigramSlots', () => {
  it('numbers the trigrams of a word with its boundaries, each once', () => {
    const slots = trigramSlots('anna');
    expect(slots.length).toBe(4);
    expect(new Set(slots).size).toBe(4);
    expect(slots.every((slot) => slot >= 0 && slot < GRAM_SLOTS)).toBe(true);
    expect(trigramSlots('aaaa').length).toBe(3);
    const shared = trigramSlots('kalashnikov').filter((slot) => trigramSlots('kalashnkov').includes(slot));
    expect(shared.length).toBeGreaterThan(5);
    expect(trigramSlots('ab')).not.toEqual(trigramSlots('ba'));
  });
});

describe('ScreeningIndex', () => {
  const people = Array.from({ length: 400 }, (_, i) => entity(`p${i}`, 'Person', `Mohammed Ali Person${i}`));
  const index = new ScreeningIndex();
  for (const person of people) index.add(person);
  index.add(entity('x', 'Person', 'Mohammed Ali', 'ALI, Mohammed', 'Mohammed  ALI'));
  index.add(entity('k', 'Person', 'KALASHNIKOV, Mikhail'));
  index.add(entity('c', 'Company', 'Golden Star Trading LLC'));
  index.add(entity('v', 'Person', 'VARELA RANGEL, Maria Iris'));
  for (let i = 0; i < 300; i++) index.add(entity(`m${i}`, 'Person', `Maria Person${i}`));
  index.freeze();

  it('keeps one name of an entity per form', () => {
    expect(index.size).toEqual({ entities: 704, names: 704 });
  });

  it('finds a name made of words too common to gather by, when it is the whole name', () => {
    expect(search(index, 'Person', 'Ali Mohammed')[0]?.entity.id).toBe('x');
  });

  it('finds names with a typo through their trigrams', () => {
    expect(search(index, 'Person', 'Mikhail Kalashnkov')[0]?.entity.id).toBe('k');
  });

  it('finds names written in an abjad by the consonant classes of their words', () => {
    // مرا يرس فرلا رنجل: no word is spelt as the Latin one, and the consonant skeletons differ (f/v, j/g).
    expect(search(index, 'Person', 'مرا يرس فرلا رنجل')[0]?.entity.id).toBe('v');
  });

  it('refuses additions once frozen', () => {
    expect(() => index.add(entity('y', 'Person', 'Late Comer'))).toThrow(/frozen/);
  });
});
