import { describe, expect, it } from 'vitest';
import type { ListEntity } from '../list-entity.model.ts';
import { defaultTokenWeight } from './compare-names.ts';
import {
  compareBirthDates,
  compareCountries,
  compareIdentifiers,
  isValidImo,
  isValidLei,
} from './entity-features.ts';
import { prepareEntityNames, prepareQuery, schemasComparable, scoreEntity } from './score-entity.ts';

describe('entity features', () => {
  it('weighs dates of birth', () => {
    expect(compareBirthDates(['1973-03-25'], ['1973-03-25'])?.delta).toBe(0.06);
    expect(compareBirthDates(['1973-03-04'], ['1973-04-03'])?.detail).toMatch(/swapped/);
    expect(compareBirthDates(['1973'], ['1973-03-25'])?.delta).toBe(0.03);
    expect(compareBirthDates(['1973'], ['1974'])?.delta).toBe(0);
    expect(compareBirthDates(['1950'], ['1973-03-25'])?.delta).toBe(-0.15);
    expect(compareBirthDates([], ['1973'])).toBeNull();
  });

  it('weighs countries and identifiers', () => {
    expect(compareCountries(['IR'], ['IR', 'SY'])?.delta).toBe(0.02);
    expect(compareCountries(['DE'], ['IR'])?.delta).toBe(-0.05);
    expect(
      compareIdentifiers([{ type: 'imo', value: 'IMO 9187629' }], [{ type: 'imo', value: '9187629' }])?.delta,
    ).toBe(0.3);
    expect(
      compareIdentifiers([{ type: 'imo', value: '9187629' }], [{ type: 'imo', value: '9074729' }])?.delta,
    ).toBe(-0.4);
  });

  it('checks identifier check digits', () => {
    expect(isValidImo('IMO 9074729')).toBe(true);
    expect(isValidImo('9074728')).toBe(false);
    expect(isValidLei('5493001KJTIIGC8Y1R12')).toBe(true);
    expect(isValidLei('5493001KJTIIGC8Y1R13')).toBe(false);
  });

  it('never compares persons with companies or ships', () => {
    expect(schemasComparable('Person', 'Company')).toBe(false);
    expect(schemasComparable('LegalEntity', 'Person')).toBe(true);
    expect(schemasComparable('LegalEntity', 'Vessel')).toBe(false);
    expect(schemasComparable('Organization', 'Company')).toBe(true);
  });

  it('confirms or weakens a name match with the other facts, and says how', () => {
    const entity: ListEntity = {
      id: 'x:1',
      source: 'us_ofac_sdn',
      schema: 'Person',
      names: [{ value: 'ABBAS, Rim', kind: 'primary', lang: null }],
      birthDates: ['1973-03-25'],
      countries: ['SY'],
      identifiers: [],
      gender: 'female',
      programs: [],
      addresses: [],
      listedOn: null,
      remarks: null,
    };
    const query = (birthDates: string[], countries: string[]) =>
      prepareQuery({
        schema: 'Person',
        names: ['Rim Abbas'],
        birthDates,
        countries,
        identifiers: [],
        gender: null,
      });
    const names = prepareEntityNames(entity);
    const same = scoreEntity(query(['1973-03-25'], ['SY']), entity, names, defaultTokenWeight);
    const other = scoreEntity(query(['1990-01-01'], ['DE']), entity, names, defaultTokenWeight);
    expect(same?.score).toBe(1);
    expect(other?.score).toBeCloseTo(0.8, 5);
    expect(other?.features.map((feature) => feature.feature)).toEqual(['birthDate', 'country']);
  });
});
