import anyAscii from 'any-ascii';

// Latin transliteration of every script through any-ascii (ISC; its tables follow the national and ISO
// romanisations: Pinyin for Chinese, Revised Romanization for Korean, Hepburn for kana, BGN/PCGN-like for
// Cyrillic, Arabic and Hebrew as consonant skeletons). Chinese characters and Korean syllables become
// separate syllables ("深圳华为" → "shen zhen hua wei"), because the Latin forms of such names group syllables
// into words freely ("Shenzhen Huawei"); the comparator matches a word against consecutive syllables.

const SYLLABIC = /[\p{Script=Han}\p{Script=Hangul}]/u;

// Arabic letters any-ascii leaves out or renders as the consonant they carry in other words: alef is the
// long vowel "a" in names (سلمان Salman), ta marbuta the final "-a" (أسامة Usama), alef maqsura "a" (مصطفى);
// ayin, a consonant Latin spellings write as a vowel or leave out (عزيز Aziz, علي Ali, سعد Saad).
// Hebrew letters whose any-ascii form hides what names use them for: vav is a vowel (o, u) as often as a v, so
// it is "w" like Arabic waw; alef and ayin carry vowels; shin is "sh" in most names (Shalom, Moshe); bet and
// pe are written as their plain sounds (b, p), the aligner forgives v and f; kaf is "q" and tsade "c", so
// that no two letters read as one ("כה" is not "kh").
const ABJAD_LETTERS: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ة: 'a',
  ى: 'a',
  ع: 'a',
  א: 'a',
  ע: 'a',
  ו: 'w',
  ש: 'sh',
  ב: 'b',
  כ: 'q',
  ך: 'q',
  צ: 'c',
  ץ: 'c',
  פ: 'p',
  ף: 'f',
  ח: 'kh',
};
// Chinese characters with more than one reading, read as names and places read them (any-ascii gives the
// other): 长 chang (长沙 Changsha, 长城 Changcheng), 厦 xia (厦门 Xiamen), 都 du (成都 Chengdu), 曾 zeng (the
// family name), 蚌 beng (蚌埠 Bengbu), 藏 zang (西藏 Xizang), 佛 fo (佛山 Foshan).
const HAN_READINGS: Record<string, string> = {
  長: 'chang',
  长: 'chang',
  厦: 'xia',
  廈: 'xia',
  都: 'du',
  曾: 'zeng',
  蚌: 'beng',
  藏: 'zang',
  佛: 'fo',
};
// Geresh after a Hebrew letter marks a foreign sound: ג׳ is j, ז׳ zh, צ׳ ch (ג׳ורג׳ George).
const GERESH = /([גזצ])[׳']/g;
const GERESH_SOUNDS: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch' };
const cache = new Map<string, string>();

function transliterateChar(char: string): string {
  let latin = cache.get(char);
  if (latin === undefined) {
    latin = ABJAD_LETTERS[char] ?? HAN_READINGS[char] ?? anyAscii(char);
    if (SYLLABIC.test(char)) latin = ` ${latin} `;
    cache.set(char, latin);
  }
  return latin;
}

/** Latin letters for any script; ASCII passes through unchanged. */
export function toLatin(text: string): string {
  let out = '';
  const source =
    text.includes('׳') || text.includes("'")
      ? text.replace(GERESH, (_, letter: string) => GERESH_SOUNDS[letter] ?? letter)
      : text;
  for (const char of source) {
    const code = char.codePointAt(0) ?? 0;
    out += code < 0x80 ? char : transliterateChar(char);
  }
  return out;
}

export type ScriptFamily = 'latin' | 'abjad' | 'syllabic' | 'cyrillic' | 'greek' | 'other' | 'none';

/**
 * The writing system a name was written in, as it matters for matching: abjads (Arabic, Hebrew, Syriac,
 * Thaana) write few or no vowels, so their transliterations are compared by consonant skeleton.
 */
export function scriptFamily(text: string): ScriptFamily {
  if (/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(text)) return 'abjad';
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text))
    return 'syllabic';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(text)) return 'greek';
  if (/\p{Script=Latin}/u.test(text)) return 'latin';
  if (/\p{L}/u.test(text)) return 'other';
  return 'none';
}
