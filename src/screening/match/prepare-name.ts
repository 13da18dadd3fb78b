import { CHINESE_PLACES } from '../data/chinese-places.ts';
import type { LegalFormMatch } from '../text/phrases.ts';
import { markBusinessTerms, stripLegalForms, TERM_PREFIX } from '../text/phrases.ts';
import { tokenize } from '../text/tokenize.ts';
import { type ScriptFamily, scriptFamily } from '../text/transliterate.ts';

export type NameType = 'person' | 'organization' | 'vessel';

export interface PreparedName {
  /** The name as given. */
  text: string;
  type: NameType;
  family: ScriptFamily;
  /** Words compared: transliterated, legal forms removed, line-of-business words as "#term" tokens. */
  tokens: string[];
  legalForms: LegalFormMatch[];
  /** Written in Chinese characters: its syllables are Pinyin, exactly. */
  han: boolean;
  /** The words each token was made from ("celik" for "#steel"), when line-of-business words were marked. */
  surfaces?: string[];
}

// Titles and honorifics say nothing about who a person is.
const PERSON_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'hon',
  'sheikh',
  'shaykh',
  'haji',
  'hajji',
  'mullah',
  'maulana',
  'general',
  'gen',
  'col',
  'colonel',
  'capt',
  'captain',
  'jr',
  'sr',
  // The same titles written in Arabic or Persian letters: شيخ, الشيخ, حاجي, حاجى, ملا.
  'shykh',
  'alshykh',
  'hajy',
  'haja',
  'mla',
  'mlla',
]);

// Prefixes of ship names (motor vessel, motor tanker, steam ship...), IMO Res. A.1117(30) practice.
const VESSEL_PREFIXES = new Set([
  'mv',
  'mt',
  'ms',
  'ss',
  'mts',
  'mtv',
  'fv',
  'm',
  'v',
  't',
  'tss',
  'lpg',
  'lng',
  'vlcc',
]);

function stripVesselPrefix(tokens: string[]): string[] {
  let start = 0;
  // "M/V" tokenizes as ["m", "v"], "MV" as ["mv"].
  while (start < tokens.length - 1 && start < 2 && VESSEL_PREFIXES.has(tokens[start] ?? '')) start++;
  return tokens.slice(start);
}

// Spellings of the same name particle: "bin", "ibn", "bn" (Arabic transliterated), "ben"; "al", "el", "ul".
const PARTICLE_FORMS: Record<string, string> = {
  bn: 'bin',
  ibn: 'bin',
  ben: 'bin',
  el: 'al',
  ul: 'al',
  abdul: 'abd',
  abdel: 'abd',
  abdal: 'abd',
  // עבדול, عبدول: Abdul written in Hebrew or Arabic letters.
  abdwl: 'abd',
  bnt: 'bint',
};

/**
 * Syllables of a Chinese name that spell a province or city are one word ("shen zhen" → "shenzhen"), as the
 * Latin name writes it; 市 (city), 省 (province) and 区 (district) after a place say only that it is one.
 */
function joinPlaces(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let joined = '';
    let length = 0;
    for (let n = 3; n >= 2 && !joined; n--) {
      const candidate = tokens.slice(i, i + n).join('');
      if (i + n <= tokens.length && CHINESE_PLACES.has(candidate)) {
        joined = candidate;
        length = n;
      }
    }
    out.push(PLACE_NAMES[joined] ?? (joined || (tokens[i] ?? '')));
    i += joined ? length : 1;
  }
  return out;
}

const EMPTY_FORMS: LegalFormMatch[] = [];
// Places whose Latin names are not their Pinyin.
// 重庆 is Chongqing, though 重 reads zhong in most words (重工 heavy industry).
const PLACE_NAMES: Record<string, string> = {
  xianggang: 'hongkong',
  aomen: 'macau',
  taibei: 'taipei',
  zhongqing: 'chongqing',
};

const CHINESE_PERSON = /^\p{Script=Han}{3,4}$/u;
const HAN = /\p{Script=Han}/u;
const OTHER_SYLLABIC = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function prepareName(text: string, type: NameType): PreparedName {
  const family = scriptFamily(text);
  const han = family === 'syllabic' && HAN.test(text) && !OTHER_SYLLABIC.test(text);
  const chineseOrganization = family === 'syllabic' && type === 'organization';
  const source = chineseOrganization
    ? text.replace(/(?<=\p{Script=Han})[市省区](?=\p{Script=Han})/gu, ' ')
    : text;
  const raw = tokenize(source.replace(/[(（]\s*주\s*[)）]|㈜/g, ' 주식회사 ')).map(
    (token) => PARTICLE_FORMS[token] ?? token,
  );
  let tokens = raw;
  let legalForms: LegalFormMatch[] = EMPTY_FORMS;
  let surfaces: string[] | undefined;
  if (type === 'organization') {
    // Names in Cyrillic write English legal forms and trade words as they sound (ГмбХ, Трейдинг Хаус).
    const cyrillic = family === 'cyrillic';
    const stripped = stripLegalForms(raw, family === 'abjad', cyrillic);
    legalForms = stripped.forms;
    surfaces = chineseOrganization ? undefined : [];
    tokens = markBusinessTerms(
      stripped.tokens,
      family === 'abjad',
      family === 'syllabic',
      cyrillic,
      surfaces,
    );
    // Kept only where a trade word may name the company; a million names are mostly without one.
    if (!tokens.some((token) => token.startsWith(TERM_PREFIX))) surfaces = undefined;
    // Places after trade words: 国际 (guo ji, international) keeps its syllables from 中国 (China).
    if (chineseOrganization) tokens = joinPlaces(tokens);
  } else if (type === 'person') {
    const kept = raw.filter((token) => !PERSON_TITLES.has(token));
    tokens = kept.length > 0 ? kept : raw;
    // A Chinese name of two to four characters is a one-syllable family name and a given name whose
    // syllables belong together (张建华 Zhang Jianhua: not Zhang Jian).
    if (han && CHINESE_PERSON.test(text.trim()) && tokens.length >= 3)
      tokens = [tokens[0] ?? '', tokens.slice(1).join('')];
  } else {
    tokens = stripVesselPrefix(raw);
  }
  return { text, type, family, tokens, legalForms, han, surfaces };
}
