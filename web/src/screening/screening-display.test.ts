import { describe, expect, it } from 'vitest';
import type { ListEntity } from '../api/screening.types.ts';
import { compareEntities } from './entity-fields.ts';
import { formatDelta, toDisplaySummary, toDisplayWord } from './explanation-words.ts';
import { emptySearch, toMatchRequest } from './search/search-form-values.ts';

const entity = (changes: Partial<ListEntity> = {}): ListEntity => ({
  id: 'un_sc:CDe.002',
  source: 'un_sc',
  schema: 'Organization',
  names: [{ value: 'BUTEMBO AIRLINES (BAL)', kind: 'primary', lang: null }],
  birthDates: [],
  countries: ['CD'],
  identifiers: [],
  gender: null,
  programs: ['DRC'],
  addresses: [],
  listedOn: '2007-03-29',
  remarks: null,
  ...changes,
});

describe('explanations as a reviewer reads them', () => {
  it('writes business-term tokens as words, in pairs and in the summary', () => {
    expect(toDisplayWord('#trading_house')).toEqual({ text: 'trading house', term: true });
    expect(toDisplayWord('congomet')).toEqual({ text: 'congomet', term: false });
    expect(toDisplaySummary('agreeing words congomet, #trading_house; final 1.00')).toBe(
      'agreeing words congomet, trading house; final 1.00',
    );
    expect(formatDelta(0.06)).toBe('+0.06');
    expect(formatDelta(-0.2)).toBe('−0.20');
  });
});

describe('a listed entity between two versions', () => {
  it('marks the fields that changed, and a side that does not exist', () => {
    const before = entity();
    const after = entity({
      names: [...before.names, { value: 'BAL AIRWAYS', kind: 'alias', lang: null }],
    });
    const rows = compareEntities(before, after);
    expect(rows.filter((row) => row.changed).map((row) => row.key)).toEqual(['names']);
    expect(rows.find((row) => row.key === 'names')?.after).toEqual([
      'BUTEMBO AIRLINES (BAL) (primary)',
      'BAL AIRWAYS (alias)',
    ]);
    const added = compareEntities(null, after);
    expect(added.find((row) => row.key === 'programs')).toMatchObject({ before: null, after: ['DRC'] });
  });
});

describe('the ad-hoc search request', () => {
  it('sends what was filled in, under the property the identifier type names', () => {
    const request = toMatchRequest(
      {
        ...emptySearch,
        name: '  Айман аль-Завахири ',
        schema: 'Person',
        birthDate: '1951',
        identifier: '1084010',
        identifierKind: 'passportNumber',
        threshold: 0.75,
      },
      20,
    );
    expect(request).toEqual({
      queries: {
        search: {
          schema: 'Person',
          properties: { name: ['Айман аль-Завахири'], birthDate: ['1951'], passportNumber: ['1084010'] },
        },
      },
      threshold: 0.75,
      limit: 20,
    });
  });
});
