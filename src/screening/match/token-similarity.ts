import { consonantSkeleton, phoneticKey } from '../text/phonetic.ts';
import { TERM_PREFIX } from '../text/phrases.ts';
import { boundedEditDistance, jaroWinkler } from './similarity.ts';

export type TokenMatchKind = 'exact' | 'term' | 'fuzzy' | 'phonetic' | 'skeleton' | 'initial' | 'compound';

export interface TokenSide {
  text: string;
  phonetic: string;
  skeleton: string;
}

// Keys of words seen before: a list's vocabulary is bounded, and keys cost more than comparisons.
const sides = new Map<string, TokenSide>();
const MAX_CACHED = 1_000_000;

export function tokenSide(text: string): TokenSide {
  let side = sides.get(text);
  if (!side) {
    const term = text.startsWith(TERM_PREFIX);
    side = {
      text,
      phonetic: term ? text : phoneticKey(text),
      skeleton: term ? text : consonantSkeleton(text),
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

const isDigits = (token: string) => /^\d+$/.test(token);

/**
 * How alike two words are, and why. Numbers and line-of-business terms match exactly or not at all; short
 * words need to be spelt the same; longer ones forgive one or two typos, a different romanisation (phonetic
 * key) or, for names from abjad scripts, missing vowels (consonant skeleton).
 */
export function compareTokens(
  a: TokenSide,
  b: TokenSide,
  options: { person: boolean; abjad: boolean },
): TokenMatch | null {
  if (a.text === b.text) return { similarity: 1, kind: a.text.startsWith(TERM_PREFIX) ? 'term' : 'exact' };
  if (a.text.startsWith(TERM_PREFIX) || b.text.startsWith(TERM_PREFIX)) return null;
  if (isDigits(a.text) || isDigits(b.text)) return null;
  const shorter = Math.min(a.text.length, b.text.length);
  if (options.person && shorter === 1) {
    const [initial, word] = a.text.length === 1 ? [a.text, b.text] : [b.text, a.text];
    return word.startsWith(initial) ? { similarity: 0.75, kind: 'initial' } : null;
  }
  if (shorter >= 4) {
    const longer = Math.max(a.text.length, b.text.length);
    const allowed = longer >= 8 ? 2 : 1;
    const distance = boundedEditDistance(a.text, b.text, allowed);
    if (distance <= allowed) return { similarity: distance === 1 ? 0.9 : 0.82, kind: 'fuzzy' };
  }
  if (shorter >= 3 && a.phonetic.length >= 3 && a.phonetic === b.phonetic)
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
