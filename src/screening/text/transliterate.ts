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
const ARABIC_VOWELS: Record<string, string> = { ا: 'a', أ: 'a', إ: 'i', آ: 'a', ة: 'a', ى: 'a', ع: 'a' };
const cache = new Map<string, string>();

function transliterateChar(char: string): string {
  let latin = cache.get(char);
  if (latin === undefined) {
    latin = ARABIC_VOWELS[char] ?? anyAscii(char);
    if (SYLLABIC.test(char)) latin = ` ${latin} `;
    cache.set(char, latin);
  }
  return latin;
}

/** Latin letters for any script; ASCII passes through unchanged. */
export function toLatin(text: string): string {
  let out = '';
  for (const char of text) {
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
