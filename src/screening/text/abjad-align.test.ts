import { describe, expect, it } from 'vitest';
import { abjadAgreement } from './abjad-align.ts';
import { tokenize } from './tokenize.ts';

const agree = (abjad: string, latin: string) => abjadAgreement(tokenize(abjad).join(''), latin);

describe('abjadAgreement', () => {
  it('lets the Latin spelling add the short vowels the abjad leaves out', () => {
    expect(agree('محمد', 'muhammad')).toBe(1);
    expect(agree('محمد', 'mohamed')).toBe(1);
    expect(agree('يونس', 'yunis')).toBe(1);
    expect(agree('عمر', 'omar')).toBeGreaterThan(0.85);
  });

  it('takes the vowel letters at their word: a waw must be an o, u, w or v', () => {
    expect(agree('محمود', 'mahmoud')).toBe(1);
    expect(agree('محمود', 'muhammad')).toBeLessThan(0.95);
    expect(agree('محمد', 'mahmoud')).toBeLessThan(0.95);
  });

  it('forgives letters that romanisations confuse, not other letters', () => {
    expect(agree('قذافي', 'gaddafi')).toBeGreaterThan(0.8);
    expect(agree('خليل', 'khalil')).toBe(1);
    expect(agree('שלום', 'shalom')).toBe(1);
    expect(agree('حسن', 'hassan')).toBe(1);
    expect(agree('حسن', 'husayn')).toBeLessThan(0.95);
    expect(agree('ابراهيم', 'rahim')).toBeLessThan(0.75);
    // A final c is hard: LLC written in Hebrew letters.
    expect(abjadAgreement('llk', 'llc')).toBeGreaterThan(0.9);
  });

  it('reads an abjad letter written twice as two consonants, or as a Latin double', () => {
    expect(agree('ممدوح', 'mamduh')).toBe(1);
    expect(agree('هرر', 'hariri')).toBeGreaterThan(0.9);
    expect(agree('حسسن', 'hassan')).toBeGreaterThan(0.95);
    expect(agree('ممدوح', 'mahmoud')).toBeLessThan(0.8);
  });

  it('reads two-letter groups of the transliteration also as two letters (طه is t, h: Taha)', () => {
    expect(agree('طه', 'taha')).toBeGreaterThan(0.9);
    expect(agree('طهران', 'tehran')).toBeGreaterThan(0.9);
    expect(agree('ثابت', 'thabit')).toBe(1);
  });
});
