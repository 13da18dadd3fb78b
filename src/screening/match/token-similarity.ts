import { RELATED_TERMS } from '../data/industry-terms.ts';
import { abjadAgreement, agreementOf, type Coded, cachedUnits } from '../text/abjad-align.ts';
import { consonantSkeleton, guttural, phoneticKey } from '../text/phonetic.ts';
import { TERM_PREFIX } from '../text/phrases.ts';
import { boundedEditDistance, jaroWinkler } from './similarity.ts';

export type TokenMatchKind = 'exact' | 'term' | 'fuzzy' | 'phonetic' | 'skeleton' | 'initial' | 'compound';

export interface TokenSide {
  text: string;
  phonetic: string;
  skeleton: string;
  /** A number of its own, to remember comparisons by. */
  id: number;
  /** Its phonetic key with "ch" read as "kh" (guttural), when that differs (made when first needed). */
  guttural?: string | null;
  /** Its coarse key for gathering names written in an abjad (abjadKey; made when first needed). */
  abjadKey?: string;
  /** Its letters as the abjad alignment reads them, as an abjad word and as a Latin one (made when first needed). */
  abjadUnits?: Coded;
  latinUnits?: Coded;
}

// Keys of words seen before: a list's vocabulary is bounded, and keys cost more than comparisons.
const sides = new Map<string, TokenSide>();
const MAX_CACHED = 1_000_000;
let nextId = 1;

export function tokenSide(text: string): TokenSide {
  let side = sides.get(text);
  if (!side) {
    const term = text.startsWith(TERM_PREFIX);
    side = {
      text,
      phonetic: term ? text : phoneticKey(text),
      skeleton: term ? text : consonantSkeleton(text),
      id: nextId++,
    };
    if (sides.size >= MAX_CACHED) sides.clear();
    sides.set(text, side);
  }
  return side;
}

export interface TokenMatch {
  similarity: number;
  kind: TokenMatchKind;
}

const RELATED = new Set(
  RELATED_TERMS.flatMap(([a, b]) => [
    `${TERM_PREFIX}${a}|${TERM_PREFIX}${b}`,
    `${TERM_PREFIX}${b}|${TERM_PREFIX}${a}`,
  ]),
);

const isDigits = (token: string) => /^\d+$/.test(token);
const VOWELS = 'aeiou';
const vowelsOf = (text: string) => text.replace(/[^aeiou]/g, '');
/** Same first letter, or two vowels (Osama/Usama, Omar/Umar: romanisations differ in the vowel). */
const sameStart = (a: string, b: string) =>
  a[0] === b[0] || (VOWELS.includes(a[0] ?? '-') && VOWELS.includes(b[0] ?? '-'));

export interface TokenOptions {
  person: boolean;
  /** Either name was written in an abjad. */
  abjad: boolean;
  /** Which of the two words comes from a name written in an abjad (Arabic, Persian, Hebrew). */
  abjadA: boolean;
  abjadB: boolean;
  /** Either name was written in Chinese characters: its syllables are spelt exactly. */
  han: boolean;
}

/**
 * A word of a name written in an abjad against a Latin word: aligned letter by letter with the vowels the
 * abjad leaves out (see abjad-align.ts). Short words need all their letters; long ones forgive a little.
 */
function compareAbjadWithLatin(abjadSide: TokenSide, latinSide: TokenSide): TokenMatch | null {
  const abjad = abjadSide.text;
  const latin = latinSide.text;
  abjadSide.abjadUnits ??= cachedUnits(abjad, true);
  latinSide.latinUnits ??= cachedUnits(latin, false);
  // The Arabic article is one word with the name and takes the sound of a "sun letter" (الصبار Essabar).
  const withoutArticle =
    abjad.length >= 5 && abjad.startsWith('al')
      ? abjadAgreement(abjad.slice(2), latin.replace(/^[ae](?:l|sh|s|d|r|n|t|z|th)/, ''), 0.75)
      : 0;
  // عبدالرحمن joins "abd", the article and the name; Latin spellings drop the article or write it "ul", "el"
  // (Abdulrahman, Abd Rahman).
  const withoutInnerArticle =
    abjad.length >= 7 && abjad.startsWith('abdal') && latin.startsWith('abd')
      ? abjadAgreement(`abd${abjad.slice(5)}`, latin.replace(/^abd[aeiou]l/, 'abd'), 0.75)
      : 0;
  const agreement = Math.max(
    agreementOf(abjadSide.abjadUnits, latinSide.latinUnits, 0.75),
    withoutArticle,
    withoutInnerArticle,
  );
  const long = Math.min(abjad.length, latin.length) >= 4;
  return agreement >= 0.999
    ? { similarity: 0.95, kind: 'skeleton' }
    : agreement >= 0.85
      ? { similarity: 0.9, kind: 'skeleton' }
      : agreement >= 0.75 && long
        ? { similarity: 0.8, kind: 'skeleton' }
        : null;
}

export function gutturalOf(side: TokenSide): string | null {
  if (side.guttural === undefined) side.guttural = guttural(side.text);
  return side.guttural;
}

/** The phonetic key of one word with "ch" read as "kh" is the other's (Chussein, Hussein; not in Pinyin). */
function soundAlike(a: TokenSide, b: TokenSide): boolean {
  const ga = gutturalOf(a);
  const gb = gutturalOf(b);
  return (ga !== null && ga === b.phonetic) || (gb !== null && gb === a.phonetic);
}

/**
 * How alike two words are, and why. Numbers and line-of-business terms match exactly or not at all; short
 * words need to be spelt the same; longer ones forgive one or two typos, a different romanisation (phonetic
 * key) or, for names from abjad scripts, missing vowels (consonant skeleton).
 */
export function compareTokens(a: TokenSide, b: TokenSide, options: TokenOptions): TokenMatch | null {
  if (a.text === b.text) return { similarity: 1, kind: a.text.startsWith(TERM_PREFIX) ? 'term' : 'exact' };
  if (a.text.startsWith(TERM_PREFIX) || b.text.startsWith(TERM_PREFIX)) {
    return RELATED.has(`${a.text}|${b.text}`) ? { similarity: 0.85, kind: 'term' } : null;
  }
  if (isDigits(a.text) || isDigits(b.text)) return null;
  if (options.abjadA !== options.abjadB) {
    return compareAbjadWithLatin(options.abjadA ? a : b, options.abjadA ? b : a);
  }
  const shorter = Math.min(a.text.length, b.text.length);
  if (options.person && shorter === 1) {
    const [initial, word] = a.text.length === 1 ? [a.text, b.text] : [b.text, a.text];
    return word.startsWith(initial) ? { similarity: 0.75, kind: 'initial' } : null;
  }
  // A Pinyin syllable with another vowel is another syllable (Zheng, Zhang; Qiang, Qingye): romanisation
  // systems differ in consonants (Wade-Giles Chang, Hsin), not in vowels.
  if (options.han && vowelsOf(a.text) !== vowelsOf(b.text)) return null;
  // Words of four letters are other words with one letter changed (Fang, Wang, Gang; Dung, Dang): typos are
  // forgiven from five letters on, and on short words only when the first letter agrees.
  if (shorter >= 5) {
    const longer = Math.max(a.text.length, b.text.length);
    const allowed = longer >= 8 ? 2 : 1;
    const distance = boundedEditDistance(a.text, b.text, allowed);
    if (distance <= allowed && (longer >= 7 || sameStart(a.text, b.text)))
      return { similarity: distance === 1 ? 0.9 : 0.82, kind: 'fuzzy' };
  }
  // Four-letter names that differ only in their first vowel are one name (Omar, Umar; Isa, Esa).
  if (
    shorter === 4 &&
    a.text.length === b.text.length &&
    a.text[0] !== b.text[0] &&
    sameStart(a.text, b.text) &&
    a.text.slice(1) === b.text.slice(1)
  )
    return { similarity: 0.9, kind: 'fuzzy' };
  // Sound-alikes: the phonetic key drops vowels after the first letter, which tell short names apart
  // (Dung, Dang), so words of four letters or less must also have the same vowels (Wadi, Vadi).
  if (
    shorter >= 3 &&
    (a.phonetic === b.phonetic || (!options.han && soundAlike(a, b))) &&
    (shorter <= 4 ? vowelsOf(a.text) === vowelsOf(b.text) : true) &&
    a.phonetic.length >= 2
  )
    return { similarity: 0.86, kind: 'phonetic' };
  if (options.abjad && a.skeleton.length >= 2 && a.skeleton === b.skeleton)
    return { similarity: 0.86, kind: 'skeleton' };
  // Short names from an abjad keep one consonant ("ady" for عدي, Uday): equal, it is a weak agreement.
  if (
    options.abjad &&
    shorter >= 2 &&
    a.skeleton.length === 1 &&
    a.skeleton === b.skeleton &&
    Math.max(a.text.length, b.text.length) <= 5
  )
    return { similarity: 0.7, kind: 'skeleton' };
  if (
    options.abjad &&
    Math.min(a.skeleton.length, b.skeleton.length) >= 3 &&
    Math.max(a.skeleton.length, b.skeleton.length) >= 4 &&
    boundedEditDistance(a.skeleton, b.skeleton, 1) <= 1
  ) {
    return { similarity: 0.78, kind: 'skeleton' };
  }
  if (shorter >= 5 && a.text[0] === b.text[0] && jaroWinkler(a.text, b.text) >= 0.94)
    return { similarity: 0.82, kind: 'fuzzy' };
  return null;
}

// Comparisons of word pairs seen before: names share words (Mohammed, Trading, Shenzhen), and a query meets
// the same listed words in many candidate names. Keyed by small integers (maps of maps), which V8 hashes fast.
let comparisons = new Map<number, Map<number, TokenMatch | null>>();
let remembered = 0;
const MAX_COMPARISONS = 2_000_000;

/** compareTokens, remembered by the two words and the options. */
export function compareTokensCached(a: TokenSide, b: TokenSide, options: TokenOptions): TokenMatch | null {
  const flags =
    (options.person ? 1 : 0) + (options.abjadA ? 2 : 0) + (options.abjadB ? 4 : 0) + (options.han ? 8 : 0);
  const outer = a.id * 16 + flags;
  let inner = comparisons.get(outer);
  if (!inner) {
    inner = new Map();
    comparisons.set(outer, inner);
  }
  const known = inner.get(b.id);
  if (known !== undefined) return known;
  const match = compareTokens(a, b, options);
  if (++remembered > MAX_COMPARISONS) {
    comparisons = new Map();
    remembered = 0;
  }
  inner.set(b.id, match);
  return match;
}
