import { BUSINESS_TERMS } from '../data/business-terms.ts';
import { INDUSTRY_TERMS } from '../data/industry-terms.ts';
import { LEGAL_FORMS, type LegalForm } from '../data/legal-forms.ts';
import { boundedEditDistance } from '../match/similarity.ts';
import { abjadAgreement, mayAgree } from './abjad-align.ts';
import { phoneticKey } from './phonetic.ts';
import { tokenize } from './tokenize.ts';

// Words of six letters or more are recognised with one typo ("LIMTED", "TARDING", "ELECTRNOICS"): left
// unrecognised, a misspelt "Limited" would count as a telling word of the name.
const FUZZY_MIN_LENGTH = 6;

/** A table of phrases (token sequences) found by longest match. */
class PhraseTable<T> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: T; syllable: boolean }[]>();
  private readonly singles = new Map<string, { word: string; value: T }[]>();
  /** Single Latin words, for names written in an abjad that spell them ("كوربوريشن" corporation). */
  private readonly latinSingles: { word: string; value: T }[] = [];
  /** Phrases of Latin words, longest first, for names written in an abjad that spell them ("גמבה קו כג"). */
  private readonly latinPhrases: { tokens: string[]; value: T }[] = [];
  /**
   * Phrases of Latin words by the phonetic keys of their words, longest first, under the key of the first:
   * for names in Cyrillic, which write English words as they sound ("Трейдинг Хаус" trading house).
   */
  private readonly sounds = new Map<string, { keys: string[]; word: string; value: T }[]>();

  /**
   * @param syllable the phrase is one Chinese, Japanese or Korean syllable ("chang" for 厂): it stands for
   * that word only in a name written in those scripts, not in a Latin name (Chang An Shipping).
   */
  add(tokens: string[], value: T, syllable = false, fuzzy = true) {
    const first = tokens[0];
    if (!first) return;
    if (fuzzy && tokens.length === 1 && first.length >= FUZZY_MIN_LENGTH - 1) {
      // Bucketed by the first sound, so "kapital" meets "capital".
      const key = phoneticKey(first)[0] ?? '';
      const bucket = this.singles.get(key) ?? [];
      bucket.push({ word: first, value });
      this.singles.set(key, bucket);
    }
    if (fuzzy && tokens.length === 1 && first.length >= 3 && /^[a-z]+$/.test(first))
      this.latinSingles.push({ word: first, value });
    const list = this.byFirst.get(first) ?? [];
    if (list.some((entry) => entry.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, value, syllable });
    if (fuzzy && tokens.length > 1 && tokens.every((word) => /^[a-z]+$/.test(word))) {
      this.latinPhrases.push({ tokens, value });
      this.latinPhrases.sort((a, b) => b.tokens.length - a.tokens.length);
    }
    const keys = tokens.map(phoneticKey);
    if (
      fuzzy &&
      tokens.every((word) => /^[a-z]+$/.test(word)) &&
      keys.every((key) => key.length >= 2) &&
      (tokens.length > 1 || (first.length >= 4 && (keys[0]?.length ?? 0) >= 3))
    ) {
      const bucket = this.sounds.get(keys[0] ?? '') ?? [];
      bucket.push({ keys, word: first, value });
      bucket.sort((a, b) => b.keys.length - a.keys.length);
      this.sounds.set(keys[0] ?? '', bucket);
    }
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /**
   * The longest phrase starting at `start`, if any; a long single word also with one typo, and in names
   * written in an abjad, by its consonants ("yntrntvnl" is "international").
   */
  matchAt(
    tokens: string[],
    start: number,
    abjad = false,
    fuzzy = true,
    syllabic = false,
    cyrillic = false,
  ): { length: number; value: T } | undefined {
    const token = tokens[start] ?? '';
    const candidates = this.byFirst.get(token);
    let exact: { length: number; value: T } | undefined;
    for (const candidate of candidates ?? []) {
      if (candidate.syllable && !syllabic) continue;
      if (candidate.tokens.every((word, i) => tokens[start + i] === word)) {
        exact = { length: candidate.tokens.length, value: candidate.value };
        break;
      }
    }
    if (abjad && start + 1 < tokens.length) {
      const phrase = this.alignedPhrase(tokens, start);
      if (phrase && phrase.length > (exact?.length ?? 0)) return phrase;
    }
    if (exact) return exact;
    if (cyrillic) {
      const sounded = this.soundedPhrase(tokens, start);
      if (sounded) return sounded;
    }
    if (!fuzzy) return undefined;
    const value = this.findSingle(token, abjad);
    return value === undefined ? undefined : { length: 1, value };
  }

  /** A word written in an abjad that spells a Latin word of the table ("كونستروكشن" construction). */
  private alignedSingle(token: string): T | undefined {
    // The Arabic article alone is no word of a table (ال-أقصى).
    if (token.length < 2 || token === 'al') return undefined;
    for (const single of this.latinSingles) {
      if (spells(token, single.word, 3)) return single.value;
    }
    return undefined;
  }

  /** Latin words of a phrase written as they sound, in Cyrillic ("treyding khaus" trading house). */
  private soundedPhrase(tokens: string[], start: number): { length: number; value: T } | undefined {
    const bucket = this.sounds.get(phoneticKey(tokens[start] ?? ''));
    if (!bucket) return undefined;
    for (const phrase of bucket) {
      const length = phrase.keys.length;
      if (start + length > tokens.length) continue;
      // One word alone must also look like it: the same first letter (c and k alike), two letters changed at
      // most ("grupp" is not "corp", "institute" not "inshaat").
      if (length === 1 && !looksLike(tokens[start] ?? '', phrase.word)) continue;
      if (phrase.keys.every((key, i) => i === 0 || phoneticKey(tokens[start + i] ?? '') === key))
        return { length, value: phrase.value };
    }
    return undefined;
  }

  /** Latin words of a phrase spelt one by one in an abjad ("גמבה קו כג" GmbH Co KG, "ס א ק" S.A.C.). */
  private alignedPhrase(tokens: string[], start: number): { length: number; value: T } | undefined {
    for (const phrase of this.latinPhrases) {
      const length = phrase.tokens.length;
      if (start + length > tokens.length) continue;
      if (phrase.tokens.every((word, i) => spells(tokens[start + i] ?? '', word, 1)))
        return { length, value: phrase.value };
    }
    return undefined;
  }

  // Words looked up with a typo or by skeleton before: names repeat their words, and the lookup is the
  // costly part of preparing a name.
  private readonly found = new Map<string, T | null>();

  private findSingle(token: string, abjad: boolean): T | undefined {
    if (/\d/.test(token) || (!abjad && token.length < FUZZY_MIN_LENGTH)) return undefined;
    const key = abjad ? `${token}|a` : token;
    const known = this.found.get(key);
    if (known !== undefined) return known ?? undefined;
    let value: T | undefined;
    if (abjad) value = this.alignedSingle(token);
    // A letter changed in an abjad word is another word (الرواد al-Rowad, المواد al-mawad): no typos there.
    if (value === undefined && token.length >= FUZZY_MIN_LENGTH && !abjad) {
      for (const single of this.singles.get(phoneticKey(token)[0] ?? '') ?? []) {
        if (boundedEditDistance(token, single.word, 1) <= 1) {
          value = single.value;
          break;
        }
      }
    }
    if (this.found.size >= 200_000) this.found.clear();
    this.found.set(key, value ?? null);
    return value;
  }

  /** The longest phrase ending at the last token, if any. */
  matchAtEnd(tokens: string[], abjad = false, cyrillic = false): { length: number; value: T } | undefined {
    let best: { length: number; value: T } | undefined;
    for (let start = Math.max(0, tokens.length - 6); start < tokens.length; start++) {
      // A word with a typo is a phrase of one word: only the last word can end the name as one.
      const match = this.matchAt(tokens, start, abjad, start === tokens.length - 1, false, cyrillic);
      if (match && start + match.length === tokens.length && (!best || match.length > best.length))
        best = match;
    }
    return best;
  }
}

const VOWEL_LETTERS = /[aeiou]/g;

const firstSound = (word: string) => (word[0] === 'c' ? 'k' : (word[0] ?? ''));
function looksLike(word: string, latin: string): boolean {
  return (
    word.length >= 4 &&
    firstSound(word) === firstSound(latin) &&
    boundedEditDistance(word.slice(1), latin.slice(1), 2) <= 2
  );
}

/**
 * Whether an abjad word (transliterated) spells a Latin word, `shortest` letters long at least. The Latin word
 * is longer by its vowels, not by more: "mnra" (منارة) is not "mineria", whose vowels outnumber its consonants
 * (such words are spelt with their vowels); "gnrl" (גנרל) is "general". Short words need all their letters.
 */
function spells(abjad: string, latin: string, shortest: number): boolean {
  if (abjad === latin) return true;
  // A letter standing alone in an abbreviation: a vowel must be that vowel (א ק is not E.K.).
  if (abjad.length === 1 && 'aeiou'.includes(latin)) return false;
  if (abjad.length < 1 || latin.length < shortest || latin.length < abjad.length) return false;
  if (latin.length > abjad.length + 1) {
    const vowels = latin.match(VOWEL_LETTERS)?.length ?? 0;
    if (vowels * 2 > latin.length) return false;
    if (latin.length > abjad.length * 1.5 && (latin.length > abjad.length * 2 || vowels * 2 === latin.length))
      return false;
  }
  if (!mayAgree(abjad, latin)) return false;
  // One letter of an abbreviation may be read either way (ב is B or V: B.V.).
  const needed = abjad.length === 1 ? 0.8 : abjad.length < 4 ? 0.85 : abjad.length < 5 ? 0.999 : 0.88;
  return abjadAgreement(abjad, latin, needed) >= needed;
}

/** Abbreviations written with dots or spaces ("s.r.o.", "s r o") are also written together ("sro"). */
function variantsOf(text: string): string[][] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const joined = tokens.length > 1 && tokens.every((token) => token.length <= 3) ? [[tokens.join('')]] : [];
  return [tokens, ...joined];
}

const legalForms = new PhraseTable<LegalForm>();
for (const form of LEGAL_FORMS)
  for (const variant of form.variants) for (const tokens of variantsOf(variant)) legalForms.add(tokens, form);

/**
 * An Arabic word is written with its article and prepositions joined to it: "تجارة", "التجارة", "للتجارة"
 * (for trade), "والتجارة" (and trade) are one word of the table.
 */
export function arabicForms(variant: string): string[] {
  if (!/^[\u0600-\u06FF]+$/.test(variant)) return [variant];
  const base = variant.startsWith('لل')
    ? variant.slice(2)
    : variant.startsWith('ال') || variant.startsWith('وال')
      ? variant.slice(variant.indexOf('ال') + 2)
      : variant;
  return [...new Set([variant, base, `ال${base}`, `لل${base}`, `وال${base}`])];
}

const businessTerms = new PhraseTable<string>();
for (const term of [...BUSINESS_TERMS, ...INDUSTRY_TERMS]) {
  for (const variant of term.variants.flatMap(arabicForms)) {
    const syllabic = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(variant);
    // Syllables joined ("xinxi" for 信息) are recognised as written, never with a typo ("Xinxin" is a name).
    for (const tokens of variantsOf(variant))
      businessTerms.add(tokens, term.id, syllabic && tokens.length === 1, !syllabic);
  }
}

export const TERM_PREFIX = '#';

export interface LegalFormMatch {
  form: LegalForm;
  words: string;
}

/**
 * Removes legal forms written before or after the name ("OOO Romashka", "Romashka GmbH", "PT Maju Jaya Tbk",
 * "บริษัท ... จำกัด"), up to three, always leaving at least one word.
 */
export function stripLegalForms(
  tokens: string[],
  abjad = false,
  cyrillic = false,
): { tokens: string[]; forms: LegalFormMatch[] } {
  let rest = tokens;
  const forms: LegalFormMatch[] = [];
  for (let round = 0; round < 3; round++) {
    const atEnd = legalForms.matchAtEnd(rest, abjad, cyrillic);
    if (atEnd && atEnd.length < rest.length) {
      forms.push({ form: atEnd.value, words: rest.slice(rest.length - atEnd.length).join(' ') });
      rest = rest.slice(0, rest.length - atEnd.length);
      continue;
    }
    const atStart = legalForms.matchAt(rest, 0, abjad, true, false, cyrillic);
    if (atStart && atStart.length < rest.length) {
      forms.push({ form: atStart.value, words: rest.slice(0, atStart.length).join(' ') });
      rest = rest.slice(atStart.length);
      continue;
    }
    break;
  }
  return { tokens: rest, forms };
}

/** Replaces words that name a line of business, in any language, by one shared token ("#trading"). */
export function markBusinessTerms(
  tokens: string[],
  abjad = false,
  syllabic = false,
  cyrillic = false,
  surfaces?: string[],
): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    // Syllables are words of one or two letters changed from many others: recognised as written only. A
    // one-syllable trade word (厂 chang, factory) ends a name; inside one it is a syllable of the name (丰昌).
    const match = businessTerms.matchAt(
      tokens,
      i,
      abjad,
      !syllabic,
      syllabic && i === tokens.length - 1,
      cyrillic,
    );
    if (match) {
      out.push(`${TERM_PREFIX}${match.value}`);
      surfaces?.push(tokens.slice(i, i + match.length).join(' '));
      i += match.length;
    } else {
      out.push(tokens[i] ?? '');
      surfaces?.push(tokens[i] ?? '');
      i += 1;
    }
  }
  return out;
}
