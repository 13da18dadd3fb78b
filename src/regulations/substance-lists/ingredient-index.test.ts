import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { buildIngredientIndex } from './ingredient-index.ts';
import { readSubstanceFile } from './read-substance-file.ts';
import { isValidCas, isValidEc } from './registry-numbers.ts';

const FILES = [
  'eu-annex-ii.csv',
  'eu-annex-iii.csv',
  'candidate_list_full.xlsx',
  'restriction_list_full.xlsx',
  'pops_list_full.xlsx',
  'authorisation_list_full.xlsx',
];

describe('registry numbers', () => {
  it('checks the CAS and EC check digits', () => {
    expect(['7732-18-5', '69-72-7', '301-04-2', '50-00-0'].every(isValidCas)).toBe(true);
    expect(isValidCas('7732-18-4')).toBe(false);
    expect(['231-791-2', '200-712-3', '206-104-4'].every(isValidEc)).toBe(true);
    expect(isValidEc('231-791-3')).toBe(false);
  });
});

describe('the official substance lists in ../shared/data, read and matched', async () => {
  const read = await Promise.all(FILES.map((f) => readSubstanceFile(sharedDataPath(`substances/${f}`))));
  const index = buildIngredientIndex(read.flatMap((r) => r.entries));

  it('reads each file as its list, by content', () => {
    expect(read.map((r) => [r.list, r.entries.length > 20])).toEqual([
      ['eu_cosmetics_annex_ii', true],
      ['eu_cosmetics_annex_iii', true],
      ['echa_svhc_candidate', true],
      ['reach_annex_xvii', true],
      ['eu_pops', true],
      ['reach_annex_xiv', true],
    ]);
  });

  it('matches by CAS, EC and name, without case or punctuation, and through INCI names', () => {
    const lists = (ingredient: string) =>
      index.match(ingredient).map((h) => `${h.list}:${h.reference}:${h.matchedBy}`);
    expect(lists('Lead acetate')).toContain('eu_cosmetics_annex_ii:289:name');
    expect(lists('LEAD DI(ACETATE)')).toContain('eu_cosmetics_annex_ii:289:name');
    expect(lists('Pb salt (CAS 301-04-2)')).toContain('eu_cosmetics_annex_ii:289:cas');
    expect(lists('something, EC 206-104-4')).toContain('eu_cosmetics_annex_ii:289:ec');
    expect(lists('Salicylic acid 2%')).toContain('eu_cosmetics_annex_iii:98:name');
    expect(lists('Water (CAS 7732-18-5)')).toEqual([]);
    expect(lists('Glycerin')).toEqual([]);
    expect(lists('Aqua (CAS 7732-18-4)')).toEqual([]);
    expect(lists('n-hexane')).toContain('echa_svhc_candidate:n-hexane:name');
  });

  it('answers Annex III with its highest limit and each product type', () => {
    const [salicylic] = index.match('Salicylic acid').filter((h) => h.list === 'eu_cosmetics_annex_iii');
    expect(salicylic?.maxPercent).toBe(3);
    expect(salicylic?.conditions).toMatch(/Rinse-off hair products: max 3 %/);
  });

  it('keeps hostile input harmless', () => {
    expect(index.match('x'.repeat(100_000))).toEqual([]);
    expect(index.match('')).toEqual([]);
    expect(index.match('((((((((((')).toEqual([]);
  });
});
