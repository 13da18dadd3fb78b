// Two keys that forgive spelling: a phonetic key for Latin spellings of the same sound (Schmidt/Shmit,
// Mohammed/Muhamad), and a consonant skeleton for names written in an abjad, whose transliterations have
// no vowels ("mhmd" for محمد).

/** Spellings of one sound in the romanisations of names (English, German, French, Slavic, Arabic). */
const SOUND_RULES: [RegExp, string][] = [
  [/dzh|dsch|dsh|dj|j/g, 'J'],
  [/tsch|tch|sch|sh|ch|zh|sz|cz/g, 'S'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/kh|gh/g, 'h'],
  [/ck|q|c(?=[aouk]|$)/g, 'k'],
  [/c/g, 's'],
  [/x/g, 'ks'],
  [/ts|tz/g, 's'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/g/g, 'k'],
];

function collapseRepeats(text: string): string {
  return text.replace(/(.)\1+/g, '$1');
}

/**
 * The romanisation systems of Cyrillic write ю, я, е, ё with a leading i, y or j (Iurii, Yuriy, Jurij) and
 * the ending -ий as -iy, -ii, -ij, -yi: folded to the bare vowel, they give one key. Only in words of five
 * letters or more: short names differ by such letters (Yan, Jan, Ian).
 */
function foldSlavicVowels(token: string): string {
  if (token.length < 5) return token;
  return token
    .replace(/(?:iy|yy|ii|ij|yj|yi)$/, 'i')
    .replace(/^[iyj](?=[aeiou])/, '')
    .replace(/(?<=[a-z])[yj](?=[aeou])/g, '');
}

/** First letter kept, sounds merged, vowels after the first dropped, doubles collapsed. */
export function phoneticKey(token: string): string {
  if (token.length < 3 || /\d/.test(token)) return token;
  // Cyrillic дж is "dzh" (German "dsch") in the romanisations and "j" in English spellings (Dzhamal, Jamal);
  // a final й is "j" in German and scholarly romanisations, "y" or "i" in others (Sergej, Sergey); French
  // spellings write u as "ou" (Iouri, Youssef, Ousmane).
  let key = foldSlavicVowels(
    token
      .replace(/dzh|dsch|dsh/g, 'j')
      .replace(/(?<=[aeiou])j$/, 'y')
      .replace(/ou/g, 'u'),
  );
  for (const [pattern, replacement] of SOUND_RULES) key = key.replace(pattern, replacement);
  const first = key[0] ?? '';
  const rest = key
    .slice(1)
    .replace(/[aeiouyh]/g, '')
    .toLowerCase();
  return collapseRepeats(first.toLowerCase() + rest);
}

/**
 * The phonetic key of the word read with "ch" as the "kh" it stands for in German and Polish romanisations
 * of Cyrillic and Arabic (Chussein Hussein, Mochammad Mohammad); null when that reading changes nothing.
 */
export function guttural(token: string): string | null {
  if (!token.includes('ch')) return null;
  const read = token.replace(/(?<![ts])ch/g, 'kh');
  return read === token ? null : phoneticKey(read);
}

/**
 * The consonants of a word after merging the sounds abjad transliterations confuse (b/v/w, p/f, q/k/g/c,
 * s/z/x, sh/ch), with vowels and the semi-vowels y, w, v dropped: "muhammad" and "mhmd" both give "mhmd",
 * "shalom" and "slvm" give "slm".
 */
export function consonantSkeleton(token: string): string {
  let key = token
    .replace(/sch|sh|ch|zh|ts|tz|th|s|z|x|c(?=[eiy])/g, 's')
    .replace(/ph|p|f/g, 'f')
    .replace(/kh|gh|q|k|g|c/g, 'k')
    .replace(/dh|d/g, 'd')
    .replace(/b|v|w/g, '');
  key = key.replace(/[aeiouy']/g, '');
  return collapseRepeats(key);
}

/**
 * A coarse key for finding names written in an abjad among Latin ones (gathering only, never scoring): the
 * consonants in the classes abjad spellings of foreign names and romanisations of abjad names confuse, one
 * letter per class — s/z/sh/ch/th, k/q/g/j/kh/gh (ج is j or g, ك k or c), b/p/f/v (Arabic has no p or v),
 * d/t — with vowels, the semi-vowels w and y, and a final h (Hebrew ה, Arabic ة) dropped. "rnjl" (رنجل) and
 * "rangel" give "rnkl", "frla" (فرلا) and "varela" "brl".
 */
export function abjadKey(token: string): string {
  if (/\d/.test(token)) return '';
  const key = token
    .replace(/tsch|sch|tsh|sh|ch|zh|ts|tz|th|z|c(?=[eiy])/g, 's')
    .replace(/dzh|dj|kh|gh|ck|j|g|q|c/g, 'k')
    .replace(/ph|p|f|v/g, 'b')
    .replace(/dh|t/g, 'd')
    .replace(/x/g, 'ks')
    .replace(/[aeiouyw']/g, '')
    .replace(/h$/, '');
  return collapseRepeats(key);
}
