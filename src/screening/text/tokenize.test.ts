import { describe, expect, it } from 'vitest';
import { abjadKey, consonantSkeleton, guttural, phoneticKey } from './phonetic.ts';
import { markBusinessTerms, stripLegalForms } from './phrases.ts';
import { tokenize } from './tokenize.ts';
import { scriptFamily, toLatin } from './transliterate.ts';

describe('tokenize', () => {
  it('folds case, accents, full-width forms and punctuation', () => {
    expect(tokenize('Müller & Söhne, GmbH')).toEqual(['muller', 'sohne', 'gmbh']);
    expect(tokenize('ＡＣＭＥ　Ｌｔｄ．')).toEqual(['acme', 'ltd']);
    expect(tokenize("O'Brien-Smith")).toEqual(['obrien', 'smith']);
    expect(tokenize('Sea Star 2')).toEqual(['sea', 'star', '2']);
  });

  it('transliterates every script the lists use', () => {
    expect(tokenize('Владимир Путин')).toEqual(['vladimir', 'putin']);
    expect(tokenize('Σωκράτης')).toEqual(['sokratis']);
    expect(tokenize('深圳华为')).toEqual(['shen', 'zhen', 'hua', 'wei']);
    expect(tokenize('삼성')).toEqual(['sam', 'seong']);
    expect(tokenize('トヨタ')).toEqual(['toyota']);
    expect(tokenize('أسامة بن لادن')).toEqual(['asama', 'bn', 'ladn']);
    expect(tokenize('عزيز')).toEqual(['azyz']);
    expect(tokenize('ვანო')).toEqual(['vano']);
    expect(tokenize('Արամ')).toEqual(['aram']);
    expect(tokenize('สมชาย').length).toBe(1);
    expect(tokenize('ဗမာ').length).toBe(1);
  });

  it('names the script family', () => {
    expect(scriptFamily('محمد')).toBe('abjad');
    expect(scriptFamily('שלום')).toBe('abjad');
    expect(scriptFamily('华为')).toBe('syllabic');
    expect(scriptFamily('Путин')).toBe('cyrillic');
    expect(scriptFamily('Putin')).toBe('latin');
    expect(scriptFamily('123')).toBe('none');
    expect(toLatin('abc')).toBe('abc');
  });
});

describe('legal forms and business terms', () => {
  const strip = (name: string) => stripLegalForms(tokenize(name));

  it('removes legal forms before and after the name, in any script', () => {
    expect(strip('OOO Romashka')).toMatchObject({ tokens: ['romashka'], forms: [{ form: { id: 'ooo' } }] });
    expect(strip('ООО «Ромашка»').tokens).toEqual(['romashka']);
    expect(strip('Müller & Söhne GmbH & Co. KG').tokens).toEqual(['muller', 'sohne']);
    expect(strip('深圳华为技术有限公司')).toMatchObject({ forms: [{ form: { id: 'youxian_gongsi' } }] });
    expect(strip('PT Maju Jaya Tbk').tokens).toEqual(['maju', 'jaya']);
    expect(strip('Acme s.r.o.').tokens).toEqual(['acme']);
    expect(strip('Acme sro').tokens).toEqual(['acme']);
    expect(strip('שלום סחר בע״מ').forms[0]?.form.id).toBe('ltd_he');
    expect(strip('نجمة الخليج ذ.م.م').forms[0]?.form.id).toBe('llc_ar');
    // Latin legal forms spelt in an abjad, recognised by their letters.
    expect(stripLegalForms(tokenize('ללק מולז׳נינובו'), true).forms[0]?.form.id).toBe('llc');
    expect(stripLegalForms(tokenize('ללק מולז׳נינובו')).forms).toEqual([]);
    // Latin legal forms of several words or letters spelt in Hebrew: GmbH & Co. KG, S.A.C., Co. L.L.C.
    const abjad = (name: string) => stripLegalForms(tokenize(name), true);
    expect(abjad('ברלינר גמבה קו כג')).toMatchObject({ tokens: ['brlynr'], forms: [{ form: { id: 'kg' } }] });
    expect(abjad('סלסא ס א ק').tokens).toEqual(['slsa']);
    expect(abjad('אל פוולכ קו ל ל ק').tokens).toEqual(['al', 'pwwlq']);
    // Lda (Portugal), PrJSC (Ukraine), DMCC in Arabic letters, one-member companies of Viet Nam.
    expect(strip('Mar Azul Pescas, Lda.').forms[0]?.form.id).toBe('limited');
    expect(strip('Ukrtorg PrJSC').forms[0]?.form.id).toBe('jsc');
    expect(strip('النور م.د.م.س').forms[0]?.form.id).toBe('free_zone');
    expect(strip('Phu Quy Wood One Member Co., Ltd.').tokens).toEqual(['phu', 'quy', 'wood']);
  });

  it('keeps at least one word', () => {
    expect(strip('Limited').tokens).toEqual(['limited']);
    expect(strip('Co Ltd').tokens.length).toBeGreaterThan(0);
  });

  it('marks words for a line of business in any language as one term', () => {
    expect(markBusinessTerms(tokenize('Gulf Star Trading'))).toEqual(['gulf', 'star', '#trading']);
    expect(markBusinessTerms(tokenize('贸易'))).toEqual(['#trading']);
    // One syllable stands for a trade word only in a name written in Chinese: 厂 (chang, factory), not Chang.
    expect(markBusinessTerms(tokenize('厂'), false, true)).toEqual(['#factory']);
    expect(markBusinessTerms(tokenize('Chang An'))).toEqual(['chang', 'an']);
    expect(markBusinessTerms(tokenize('للتجارة'))).toEqual(['#trading']);
    expect(markBusinessTerms(tokenize('Банк Москвы'))).toEqual(['#bank', 'moskvy']);
    // Arabic joins the article and prepositions to the word; the table lists the word once.
    expect(markBusinessTerms(tokenize('والبلاستيك'))).toEqual(['#plastics']);
    // Latin trade words spelt in an abjad, by their letters; not names that merely share consonants.
    expect(markBusinessTerms(tokenize('קונסטרוקשן'), true)).toEqual(['#construction']);
    expect(markBusinessTerms(tokenize('לנגלי'), true)).toEqual(['lngly']);
    expect(markBusinessTerms(tokenize('מנרא'), true)).toEqual(['mnra']);
    expect(markBusinessTerms(tokenize('منارة'), true)).toEqual(['mnara']);
    expect(markBusinessTerms(tokenize('גנרל סרביסס'), true)).toEqual(['#general', '#services']);
    expect(markBusinessTerms(tokenize('ال-أقصى'), true)[0]).toBe('al');
    // Names in Cyrillic write English trade words and legal forms as they sound; a word alone must also look
    // like the Latin one (Групп is Group, not Corp).
    const cyrillic = (name: string) => markBusinessTerms(tokenize(name), false, false, true);
    expect(cyrillic('Конгомет Трейдинг Хаус')).toEqual(['kongomet', '#trading_house']);
    expect(cyrillic('Монолит Групп')).toEqual(['monolit', '#group']);
    expect(cyrillic('Институте')).toEqual(['institute']);
    expect(stripLegalForms(tokenize('Тара ГмбХ'), false, true).forms[0]?.form.id).toBe('gmbh');
    expect(stripLegalForms(tokenize('Монолит Групп'), false, true).forms).toEqual([]);
  });
});

describe('phonetic keys', () => {
  it('merges spellings of one sound', () => {
    expect(phoneticKey('alexander')).toBe(phoneticKey('aleksandr'));
    expect(phoneticKey('gaddafi')).toBe(phoneticKey('qadhafi'));
    expect(phoneticKey('schmidt')).toBe(phoneticKey('shmidt'));
    expect(phoneticKey('smith')).not.toBe(phoneticKey('brown'));
    expect(phoneticKey('12345')).toBe('12345');
    // Cyrillic romanised by different systems: Юрий as Yuriy, Iurii, Jurij; Юлия as Yuliya, Iuliia.
    expect(phoneticKey('yuriy')).toBe(phoneticKey('iurii'));
    expect(phoneticKey('jurij')).toBe(phoneticKey('iurii'));
    expect(phoneticKey('yuliya')).toBe(phoneticKey('iuliia'));
    expect(phoneticKey('yan')).not.toBe(phoneticKey('jan'));
    // Cyrillic дж romanised as dzh is the j of English spellings; Garcia is not Kiyurige.
    expect(phoneticKey('dzhavier')).toBe(phoneticKey('javier'));
    expect(phoneticKey('arabnedzhad')).toBe(phoneticKey('arabnejad'));
    expect(phoneticKey('garcia')).not.toBe(phoneticKey('kiyurige'));
    // German and French romanisations of Cyrillic: a final j (Sergej), dsch, tch; German ch is kh.
    expect(phoneticKey('aleksej')).toBe(phoneticKey('alexey'));
    expect(phoneticKey('nadshmiddin')).toBe(phoneticKey('najmiddin'));
    expect(phoneticKey('tchernov')).toBe(phoneticKey('chernov'));
    expect(phoneticKey('youssef')).toBe(phoneticKey('yusuf'));
    expect(phoneticKey('ousmane')).toBe(phoneticKey('usman'));
    expect(guttural('chussein')).toBe(phoneticKey('hussein'));
    expect(guttural('tschernow')).toBeNull();
  });

  it('gives abjad spellings and their Latin forms one coarse key for gathering', () => {
    expect(abjadKey('rnjl')).toBe(abjadKey('rangel'));
    expect(abjadKey('frla')).toBe(abjadKey('varela'));
    expect(abjadKey('tshwlnj')).toBe(abjadKey('choling'));
    expect(abjadKey('mwhmmd')).toBe(abjadKey('muhammad'));
    expect(abjadKey('shlmh')).toBe(abjadKey('shlomo'));
    expect(abjadKey('rnjl')).not.toBe(abjadKey('ronald'));
    expect(abjadKey('12')).toBe('');
  });

  it('reduces names to consonant skeletons that abjad transliterations share', () => {
    expect(consonantSkeleton('muhammad')).toBe(consonantSkeleton('mhmd'));
    expect(consonantSkeleton('shalom')).toBe(consonantSkeleton('slvm'));
    expect(consonantSkeleton('salman')).toBe('slmn');
  });
});
