import { describe, expect, it } from 'vitest';
import {
  countryFromCode,
  countryFromCodeOrName,
  countryFromName,
  isUnknownCountry,
} from './list-countries.ts';

describe('country values of the lists', () => {
  it.each([
    ['Iran', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Syrian Arab Republic', 'SY'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Korea, North', 'KP'],
    ['Korea, South', 'KR'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Congo (Democratic Republic)', 'CD'],
    ['Congo', 'CG'],
    ['United Republic of Tanzania', 'TZ'],
    ['Virgin Islands, British', 'VG'],
    ['Burma', 'MM'],
    ['Palestinian', 'PS'],
    ['Region: Gaza', 'PS'],
    ['Region: Crimea', 'UA'],
    ['Cote d Ivoire', 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Viet Nam', 'VN'],
    ['St. Vincent and the Grenadines', 'VC'],
    ['Bosnia and Herzegovina', 'BA'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['China, Hong Kong Special Administrative Region', 'HK'],
    ['RUSSIAN FEDERATION', 'RU'],
    ['The Bahamas', 'BS'],
  ])('%s is %s', (name, code) => {
    expect(countryFromName(name)).toBe(code);
  });

  it('does not take a two-letter word in a name field for a code', () => {
    expect(countryFromName('na')).toBeUndefined();
    expect(countryFromName('former Soviet Union')).toBeUndefined();
    expect(isUnknownCountry('None Identified')).toBe(true);
  });

  it('reads ISO codes in any case, and only assigned ones', () => {
    expect(countryFromCode('ir')).toBe('IR');
    expect(countryFromCode('00')).toBeUndefined();
    expect(countryFromCode('ZZ')).toBeUndefined();
    expect(countryFromCodeOrName('us')).toBe('US');
    expect(countryFromCodeOrName('United States')).toBe('US');
  });
});
