import { describe, expect, it } from 'vitest';
import { buildSearchText, nameForms, normalizeName, queryForms, transliterate } from './search-key.ts';

describe('normalizeName', () => {
  it('lower-cases', () => {
    expect(normalizeName('ACME Trading')).toBe('acme trading');
  });

  it('removes accents', () => {
    expect(normalizeName('Société Générale')).toBe('societe generale');
    expect(normalizeName('Müller Ñandú Åkerlund Čapek')).toBe('muller nandu akerlund capek');
  });

  it('folds full-width letters and digits (NFKC)', () => {
    expect(normalizeName('ＡＢＣ Ｔｒａｄｉｎｇ １２３')).toBe('abc trading 123');
    expect(normalizeName('ﬁne')).toBe('fine');
  });

  it('turns punctuation and symbols into single spaces and trims', () => {
    expect(normalizeName('  Müller & Co., GmbH  ')).toBe('muller co gmbh');
    expect(normalizeName('O’Brien---Ltd.')).toBe('o brien ltd');
    expect(normalizeName('A/S "Nord"\t\nSyd')).toBe('a s nord syd');
  });

  it('answers the empty string for nothing but punctuation', () => {
    expect(normalizeName(' ... --- ')).toBe('');
  });

  it('keeps Cyrillic, Greek and CJK letters in their own script', () => {
    expect(normalizeName('ООО «Ромашка»')).toBe('ооо ромашка');
    expect(normalizeName('Αθήνα Ε.Π.Ε.')).toBe('αθηνα ε π ε');
    expect(normalizeName('深圳市华为技术有限公司')).toBe('深圳市华为技术有限公司');
  });
});

describe('transliterate', () => {
  it('romanises Cyrillic as in passports (ICAO 9303)', () => {
    expect(transliterate('ромашка')).toBe('romashka');
    expect(transliterate('щука юг чайка цех')).toBe('shchuka iug chaika tsekh');
    expect(transliterate('подъезд объём')).toBe('podieezd obieem');
    expect(transliterate('жёлтый хлеб')).toBe('zheltyi khleb');
  });

  it('drops the soft sign and handles Ukrainian and Serbian letters', () => {
    expect(transliterate('соль')).toBe('sol');
    expect(transliterate('київ')).toBe('kiiv');
    expect(transliterate('љубљана њиво ђак')).toBe('ljubljana njivo dak');
  });

  it('romanises Greek (ELOT 743)', () => {
    expect(transliterate('αθηνα')).toBe('athina');
    expect(transliterate('ψυχη χαος')).toBe('psychi chaos');
    expect(transliterate('σοφος')).toBe('sofos');
  });

  it('leaves Latin, digits and CJK unchanged', () => {
    expect(transliterate('acme 123')).toBe('acme 123');
    expect(transliterate('华为')).toBe('华为');
  });

  it('folds Latin letters that have no accent to strip', () => {
    expect(transliterate('łodz')).toBe('lodz');
    expect(transliterate('ørsted')).toBe('orsted');
    expect(transliterate('straße')).toBe('strasse');
  });
});

describe('nameForms', () => {
  it('gives one form for a Latin name', () => {
    expect(nameForms('Müller GmbH')).toEqual(['muller gmbh']);
  });

  it('gives the native and the Latin form for Cyrillic and Greek names', () => {
    expect(nameForms('ООО «Ромашка»')).toEqual(['ооо ромашка', 'ooo romashka']);
    expect(nameForms('Ωμέγα Α.Ε.')).toEqual(['ωμεγα α ε', 'omega a e']);
  });

  it('keeps CJK names as they are, with no second form', () => {
    expect(nameForms('华为技术有限公司')).toEqual(['华为技术有限公司']);
  });

  it('finds Łódź and Straße by their ASCII spellings', () => {
    expect(nameForms('Łódź Sp. z o.o.')).toEqual(['łodz sp z o o', 'lodz sp z o o']);
    expect(nameForms('Straße AG')).toEqual(['straße ag', 'strasse ag']);
  });

  it('gives no form for an empty or punctuation-only name', () => {
    expect(nameForms('')).toEqual([]);
    expect(nameForms('—')).toEqual([]);
    expect(queryForms('!!!')).toEqual([]);
  });
});

describe('buildSearchText', () => {
  it('lists every form of every name once, one per line', () => {
    expect(buildSearchText(['Ромашка', 'Romashka', 'ROMASHKA', '华为'])).toBe('ромашка\nromashka\n华为');
  });

  it('lets a query in one script find a name stored in the other', () => {
    const text = buildSearchText(['ООО «Ромашка»']);
    expect(text).toBe('ооо ромашка\nooo romashka');
    expect(queryForms('Romashka')).toEqual(['romashka']);
    expect(queryForms('РОМАШКА')).toEqual(['ромашка', 'romashka']);
    expect(text.includes('romashka')).toBe(true);
    expect(text.includes('ромашка')).toBe(true);
  });

  it('is empty for no names', () => {
    expect(buildSearchText([])).toBe('');
  });
});
