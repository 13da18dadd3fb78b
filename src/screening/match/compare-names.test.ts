import { describe, expect, it } from 'vitest';
import { compareNames, defaultTokenWeight } from './compare-names.ts';
import { type NameType, prepareName } from './prepare-name.ts';
import { boundedEditDistance, jaroWinkler } from './similarity.ts';

const score = (a: string, b: string, type: NameType) =>
  compareNames(prepareName(a, type), prepareName(b, type), defaultTokenWeight);

describe('string similarity', () => {
  it('counts edits with transpositions and stops past the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('abcd', 'abdc', 2)).toBe(1);
    expect(boundedEditDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
    expect(boundedEditDistance('same', 'same', 0)).toBe(0);
  });

  it('computes Jaro-Winkler', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });
});

describe('compareNames', () => {
  it.each([
    ['深圳华为技术有限公司', 'Shenzhen Huawei Technologies Co., Ltd.', 'organization'],
    ['ООО «Ромашка»', 'Romashka LLC', 'organization'],
    ['نجمة الخليج للتجارة ذ.م.م', 'Najmat Al Khaleej Trading LLC', 'organization'],
    ['שלום סחר בע״מ', 'Shalom Trading Ltd', 'organization'],
    ['محمد بن سلمان', 'Mohammed bin Salman', 'person'],
    ['Владимир Путин', 'PUTIN, Vladimir', 'person'],
    ['Vladimir Putin', 'Vladimir Vladimirovich PUTIN', 'person'],
    ['Alexander Petrov', 'Aleksandr Petrov', 'person'],
    ['Muammar Gaddafi', 'Muammar QADHAFI', 'person'],
    ['Osama bin Laden', 'Usama BIN LADIN', 'person'],
    ['J. Smith', 'John Smith', 'person'],
    ['Al-Qaida', 'Al Qaeda', 'organization'],
    ['M/V Sea Star', 'SEA STAR', 'vessel'],
    ['삼성전자 주식회사', 'Samsung Electronics Co., Ltd.', 'organization'],
  ] as const)('matches %s with %s', (a, b, type) => {
    expect(score(a, b, type).score).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['John Smith', 'John Brown', 'person'],
    ['Banco Nacional de Cuba', 'Banco Nacional de Credito', 'organization'],
    ['Acme Trading Corp', 'Global Trading Corp', 'organization'],
    ['Sea Star 1', 'Sea Star 2', 'vessel'],
    ['Bank Melli', 'Bank Saderat', 'organization'],
  ] as const)('does not match %s with %s', (a, b, type) => {
    expect(score(a, b, type).score).toBeLessThan(0.6);
  });

  it('explains itself: pairs, their kinds, unmatched words and adjustments', () => {
    const result = score('Sea Star 1', 'Sea Star 2', 'vessel');
    expect(result.pairs.map((pair) => `${pair.query}=${pair.candidate}:${pair.kind}`)).toEqual([
      'sea=sea:exact',
      'star=star:exact',
    ]);
    expect(result.unmatchedQuery).toEqual(['1']);
    expect(result.adjustments).toEqual([{ reason: 'the numbers in the names differ', factor: 0.5 }]);
    const typo = score('Alexander Petrov', 'Aleksandr Petrov', 'person');
    expect(typo.pairs.find((pair) => pair.query === 'alexander')?.kind).toBe('phonetic');
    const chinese = score('深圳华为', 'Shenzhen Huawei', 'organization');
    expect(chinese.pairs.map((pair) => pair.kind)).toEqual(['compound', 'compound']);
  });

  it('is independent of word order', () => {
    expect(score('ABBAS, Rim', 'Rim Abbas', 'person').score).toBe(1);
  });

  it('penalises incompatible legal forms a little, not compatible ones', () => {
    expect(score('Romashka OOO', 'Romashka LLC', 'organization').adjustments).toEqual([]);
    const different = score('Romashka GmbH', 'Romashka AO', 'organization');
    expect(different.adjustments[0]?.reason).toMatch(/legal forms differ/);
    expect(different.score).toBeGreaterThan(0.85);
  });
});
