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
    ['J. Kowalczyk', 'Jan Kowalczyk', 'person'],
    ['Omar Mahmoud', 'UMAR, Mahmoud', 'person'],
    ['Анас аль-Вади', 'AL-WADI, Anas', 'person'],
    ['Al-Qaida', 'Al Qaeda', 'organization'],
    ['M/V Sea Star', 'SEA STAR', 'vessel'],
    ['삼성전자 주식회사', 'Samsung Electronics Co., Ltd.', 'organization'],
    // The seat left out of the Latin name; 国际 (international) not taken for 中国 (China).
    ['深圳市华为技术有限公司', 'Huawei Technologies Co., Ltd.', 'organization'],
    ['沈忠國際海運有限公司', 'SHEN ZHONG INTERNATIONAL SHIPPING', 'organization'],
    ['華信船務(香港)有限公司', 'HUAXIN SHIPPING (HONG KONG) LTD', 'organization'],
    // Cyrillic дж is the j of the Latin spelling.
    ['Джавад Арабнеджад', 'ARABNEJAD, Javad', 'person'],
    ['CHUSSEIN CHAMMID TACHIR MOCHAMMAD', 'MOHAMMAD TAHIR HAMMID HUSSEIN', 'person'],
    // طه is t and h, not ث; titles in Arabic letters; عبدالرحمن is Abdulrahman.
    ['طه ياسين رمضان الجزراوي', 'TAHA YASSIN RAMADAN AL-JIZRAWI', 'person'],
    ['الشيخ يونس الموريتاني', 'AL-MAURITANI, Yunis', 'person'],
    ['عبدالرحمن خالد', 'ABDULRAHMAN, Khalid', 'person'],
    ['שפק והד עבדול', 'ABDUL WAHED SHAFIQ', 'person'],
    // The second Abd pairs with the second; the first is left to عبدالغنی (Abdul Ghani).
    ['عبدالغنی برادر عبد الاحمد ترک', 'ABDUL GHANI BARADAR ABDUL AHMAD TURK', 'person'],
    ['Первая Стальная и Ко', 'PERVAYA STALNAYA & CO', 'organization'],
    ['ALEKSEJ WALERJEWITSCH PANFEROW', 'PANFEROV, Alexey Valeryevich', 'person'],
    // English words written in Cyrillic as they sound.
    ['Конгомет Трейдинг Хаус', 'CONGOMET TRADING HOUSE', 'organization'],
    ['Джоинт Сток Компани Молекулар', 'MOLECULAR, JOINT STOCK COMPANY', 'organization'],
    // A brand that is also a trade word (Gazprom) is not a trade word; Lda is Portugal's Limitada.
    ['Gazprom Neft PJSC', 'Gazprom Neft', 'organization'],
    ['Mar Azul Pescas, Lda.', 'MAR AZUL PESCAS LIMITADA', 'organization'],
    ['ПрАТ «Укрторг»', 'Ukrtorg PrJSC', 'organization'],
    ['شركة الخليج للإلكترونيات م.د.م.س', 'Al Khaleej Electronics DMCC', 'organization'],
    ['Öztürk Plastik Sanayi ve Ticaret Ltd. Şti.', 'Ozturk Plastics Industry and Trade Ltd.', 'organization'],
    // A trade word that is the company's name, spelt alike (Çelik, steel); الرواد is no typo of المواد.
    ['Çelik Makine Dış Ticaret Ltd. Şti.', 'Celik Machinery Foreign Trade Ltd.', 'organization'],
    ['شركة الرواد للمنسوجات ذ.م.م', 'Al Rowad Textiles LLC', 'organization'],
    ['佛山市美美电器股份有限公司', 'Foshan Meimei Electric Appliance Co., Ltd.', 'organization'],
    // Related lines of business: مقاولات (contracting) written Construction.
    ['شركة الصحراء للإنشاءات المحدودة', 'Al Sahraa Contracting Co. Ltd.', 'organization'],
    // 厦 and 长 read as in names and places (Xiamen, Changcheng); 昌 inside a name is not 厂 (factory).
    ['厦门市明创服饰有限公司', 'Xiamen Mingchuang Garments Co., Ltd.', 'organization'],
    ['重庆长城机械厂', 'Chongqing Changcheng Machinery Factory', 'organization'],
    ['义乌市丰昌玩具有限公司', 'Yiwu Fengchang Toys Co., Ltd.', 'organization'],
    // 鸿 "hong" runs into Hongxiang; the Hong of Hong Kong is left to 香港.
    ['鸿祥航运香港有限公司', 'HONGXIANG SHIPPING HONG KONG LTD', 'organization'],
    ['深圳市安华新材料有限公司', 'Shenzhen Anhua New Materials Co., Ltd.', 'organization'],
  ] as const)('matches %s with %s', (a, b, type) => {
    expect(score(a, b, type).score).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['John Smith', 'John Brown', 'person'],
    ['Banco Nacional de Cuba', 'Banco Nacional de Credito', 'organization'],
    ['Acme Trading Corp', 'Global Trading Corp', 'organization'],
    ['Sea Star 1', 'Sea Star 2', 'vessel'],
    ['Bank Melli', 'Bank Saderat', 'organization'],
    ['Çelik Makine', 'Demir Makine', 'organization'],
  ] as const)('does not match %s with %s', (a, b, type) => {
    expect(score(a, b, type).score).toBeLessThan(0.6);
  });

  it.each([
    // Short words with one letter changed are other names (Chinese and Vietnamese syllables above all).
    ['Chen Fang', 'Chen Wang', 'person'],
    ['Tran Dung', 'Tran Dang Tuan', 'person'],
    ['Nguyen Dung', 'NGUYEN, Dang', 'person'],
    // Two joined syllables that only sound like a word are not that word.
    ['Zhang Jun', 'CHA, Sung Jun', 'person'],
    // Only common names agree, and the listed name has one of its own.
    ['Carlos Garcia', 'GARCIA, Carlos Alberto', 'person'],
    ['Jose Lopez', 'LOPEZ, Jose Francisco', 'person'],
    // One abjad word is a name with its article (السيد al-Sayyid), not two names run together (Ali Sayid).
    ['أحمد السيد', 'AHMAD, Muhammad Ali Sayid', 'person'],
    // A Chinese given name is one word (Jianhua, not Jian); a Pinyin syllable with another vowel is another.
    ['张建华', 'ZHANG, Jian', 'person'],
    ['郑磊', 'ZHANG, Lei', 'person'],
    ['孙强', 'SUN, Qingye', 'person'],
    ['خالد عبدالرحمن', 'RAHMUN, Muhammad Khalid', 'person'],
    ['Pacific Import Export Corp.', 'Pacific Shipping Corp.', 'organization'],
  ] as const)('keeps %s apart from %s', (a, b, type) => {
    expect(score(a, b, type).score).toBeLessThan(0.8);
  });

  it('keeps companies apart that name different lines of business', () => {
    const result = score('Orient Electronics LLC', 'ORIENT SHIPPING LIMITED', 'organization');
    expect(result.adjustments.map((a) => a.reason)).toContain('the names say different lines of business');
    expect(result.score).toBeLessThan(0.7);
    expect(score('Orient Shipping LLC', 'ORIENT SHIPPING LIMITED', 'organization').score).toBe(1);
  });

  it('says when only common names agree', () => {
    const result = score('Carlos Garcia', 'GARCIA, Carlos Alberto', 'person');
    expect(result.adjustments.map((a) => a.reason)).toContain(
      'only common names agree, and one name has more',
    );
    expect(score('Carlos Kowalczyk', 'KOWALCZYK, Carlos Alberto', 'person').adjustments).toEqual([]);
  });

  it('aligns names written in an abjad with their Latin spellings, vowels and all', () => {
    expect(score('محمود عباس', 'Mahmoud Abbas', 'person').score).toBeGreaterThanOrEqual(0.9);
    expect(score('محمد عباس', 'Mahmoud Abbas', 'person').score).toBeLessThan(
      score('محمود عباس', 'Mahmoud Abbas', 'person').score,
    );
    expect(score('ג׳ורג׳ בוש', 'George Bush', 'person').score).toBeGreaterThanOrEqual(0.9);
    expect(score('משה כהן', 'Moshe Cohen', 'person').score).toBeGreaterThanOrEqual(0.85);
    expect(score('منير المتصدق', 'MOUNIR EL MOTASSADEQ', 'person').score).toBeGreaterThanOrEqual(0.85);
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
    expect(chinese.pairs.map((pair) => pair.kind)).toEqual(['exact', 'compound']);
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
