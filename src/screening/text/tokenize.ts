import { toLatin } from './transliterate.ts';

/**
 * Lower-case ASCII words of a name in any script: compatibility forms folded (NFKC: full-width letters,
 * ligatures), transliterated, accents removed, apostrophes dropped inside words (O'Brien → obrien), every
 * other punctuation mark a word break. Digits stay words of their own.
 */
export function tokenize(text: string): string[] {
  const latin = toLatin(text.normalize('NFKC'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\w)['’`](?=\w)/g, '$1');
  return latin.split(/[^a-z0-9]+/).filter((token) => token !== '');
}
