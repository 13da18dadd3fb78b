import { CATEGORIES } from '../knowledge/taxonomy.ts';

export type ResolvedCategory = {
  readonly id: string;
  readonly matchedBy: 'id' | 'label' | 'synonym' | 'words' | 'hs';
  readonly term: string;
};

const normalise = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'+]+/gu, ' ')
    .trim();

type Term = { term: string; id: string; kind: 'id' | 'label' | 'synonym' };
const TERMS: Term[] = CATEGORIES.flatMap((category) => [
  { term: normalise(category.id.replaceAll('-', ' ')), id: category.id, kind: 'id' as const },
  { term: normalise(category.label), id: category.id, kind: 'label' as const },
  ...category.synonyms.map((synonym) => ({
    term: normalise(synonym),
    id: category.id,
    kind: 'synonym' as const,
  })),
]);
// Longer terms first: "wireless speaker" before "speaker", "power bank" before "bank".
const BY_LENGTH = [...TERMS].sort((a, b) => b.term.length - a.term.length);

/**
 * A category "in the user's own words" → a taxonomy id: the whole text as an id, label or synonym; else the
 * longest synonym found as whole words inside it ("10000mAh power bank with USB-C" → power-bank); else the
 * category whose HS prefix is the longest match for the HS code. Undefined when nothing fits: the validator
 * then says so rather than guessing.
 */
export function resolveCategory(text: string | undefined, hsCode?: string): ResolvedCategory | undefined {
  const words = normalise(text ?? '');
  if (words) {
    const exact =
      TERMS.find((t) => t.term === words) ?? TERMS.find((t) => t.term === words.replace(/s$/, ''));
    if (exact) return { id: exact.id, matchedBy: exact.kind, term: exact.term };
    const padded = ` ${words} `;
    const inside = BY_LENGTH.find(
      (t) => t.term.length >= 3 && (padded.includes(` ${t.term} `) || padded.includes(` ${t.term}s `)),
    );
    if (inside) return { id: inside.id, matchedBy: 'words', term: inside.term };
  }
  if (hsCode && /^\d{2,}/.test(hsCode)) {
    let best: ResolvedCategory | undefined;
    let bestLength = 0;
    for (const category of CATEGORIES) {
      for (const prefix of category.hs) {
        if (hsCode.startsWith(prefix) && prefix.length > bestLength) {
          best = { id: category.id, matchedBy: 'hs', term: prefix };
          bestLength = prefix.length;
        }
      }
    }
    return best;
  }
  return undefined;
}
