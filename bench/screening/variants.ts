import type { Rng } from '../data/rng.ts';

// Ways a listed name reaches a screening form written differently. Each returns null when it does not apply
// to the name, so the development set only holds real variants.

const CYRILLIC: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'ё'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['g', 'г'],
  ['d', 'д'],
  ['e', 'е'],
  ['z', 'з'],
  ['i', 'и'],
  ['y', 'й'],
  ['k', 'к'],
  ['q', 'к'],
  ['c', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['h', 'х'],
  ['x', 'кс'],
  ['j', 'дж'],
];
// Arabic script writes consonants and long vowels; short vowels inside words are left out, as in names.
const ARABIC: [string, string][] = [
  ['sh', 'ش'],
  ['kh', 'خ'],
  ['th', 'ث'],
  ['dh', 'ذ'],
  ['gh', 'غ'],
  ['ch', 'تش'],
  ['b', 'ب'],
  ['p', 'ب'],
  ['t', 'ت'],
  ['j', 'ج'],
  ['h', 'ه'],
  ['d', 'د'],
  ['r', 'ر'],
  ['z', 'ز'],
  ['s', 'س'],
  ['f', 'ف'],
  ['v', 'ف'],
  ['q', 'ق'],
  ['k', 'ك'],
  ['c', 'ك'],
  ['g', 'ج'],
  ['l', 'ل'],
  ['m', 'م'],
  ['n', 'ن'],
  ['w', 'و'],
  ['y', 'ي'],
  ['x', 'كس'],
];
const ARABIC_VOWEL: Record<string, string> = { a: 'ا', o: 'و', u: 'و', i: 'ي', e: 'ي' };
const HEBREW: [string, string][] = [
  ['sh', 'ש'],
  ['ch', 'ח'],
  ['kh', 'ח'],
  ['ts', 'צ'],
  ['tz', 'צ'],
  ['b', 'ב'],
  ['v', 'ב'],
  ['g', 'ג'],
  ['d', 'ד'],
  ['h', 'ה'],
  ['w', 'ו'],
  ['z', 'ז'],
  ['t', 'ט'],
  ['y', 'י'],
  ['k', 'כ'],
  ['c', 'ק'],
  ['q', 'ק'],
  ['l', 'ל'],
  ['m', 'מ'],
  ['n', 'נ'],
  ['s', 'ס'],
  ['p', 'פ'],
  ['f', 'פ'],
  ['r', 'ר'],
  ['j', 'ג׳'],
  ['x', 'קס'],
];
const HEBREW_VOWEL: Record<string, string> = { a: 'א', o: 'ו', u: 'ו', i: 'י', e: '' };

function letters(word: string, table: [string, string][], vowels: Record<string, string> | null): string {
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const char = lower[i] ?? '';
    if (vowels && 'aeiou'.includes(char)) {
      // A vowel is written at the start of a word and when long (doubled, or a/o/u before the end).
      const initial = i === 0;
      const long = lower[i + 1] === char || (i === lower.length - 1 && char === 'a');
      if (initial || long || 'ou'.includes(char)) out += vowels[char] ?? '';
      i += lower[i + 1] === char ? 2 : 1;
      continue;
    }
    const pair = table.find(([latin]) => lower.startsWith(latin, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else {
      if (/[a-z]/.test(char)) i += 1;
      else {
        out += char;
        i += 1;
      }
    }
  }
  return out;
}

function words(name: string): string[] {
  return name.split(/[\s,]+/).filter(Boolean);
}

/** "SURNAME, Given Middle" → "Given Middle Surname"; other names with two or more words, reversed. */
export function reorder(name: string): string | null {
  const comma = name.indexOf(',');
  if (comma > 0) return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
  const list = words(name);
  return list.length >= 2 ? [...list].reverse().join(' ') : null;
}

export function typo(name: string, rng: Rng): string | null {
  const list = words(name);
  const candidates = list
    .map((word, i) => ({ word, i }))
    .filter(({ word }) => word.length >= 6 && /^[A-Za-z]+$/.test(word));
  if (candidates.length === 0) return null;
  const { word, i } = rng.pick(candidates);
  const at = rng.between(1, word.length - 2);
  const kind = rng.int(3);
  const changed =
    kind === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : kind === 1
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word.slice(0, at) + (word[at]?.toLowerCase() === 'e' ? 'a' : 'e') + word.slice(at + 1);
  list[i] = changed;
  return list.join(' ');
}

export function dropMiddle(name: string): string | null {
  const list = words(reorder(name) ?? name);
  if (list.length < 3) return null;
  list.splice(1, 1);
  return list.join(' ');
}

const MIDDLE = ['Ali', 'Maria', 'Ahmad', 'John', 'Ivanovich', 'Hassan', 'Jose', 'Mohammed'];
export function addMiddle(name: string, rng: Rng): string | null {
  const list = words(reorder(name) ?? name);
  if (list.length < 2) return null;
  list.splice(1, 0, rng.pick(MIDDLE));
  return list.join(' ');
}

export function initialOfGiven(name: string): string | null {
  const list = words(reorder(name) ?? name);
  if (list.length < 2 || (list[0]?.length ?? 0) < 3) return null;
  list[0] = `${list[0]?.[0]}.`;
  return list.join(' ');
}

const FORMS = ['LLC', 'Ltd', 'Limited', 'Co., Ltd.', 'GmbH', 'S.A.', 'Inc.', 'JSC', 'FZE'];
const FORM_PATTERN =
  /\b(LLC|L\.L\.C\.|LTD\.?|LIMITED|CO\.?,? LTD\.?|GMBH|S\.A\.|INC\.?|CORP(ORATION)?\.?|JSC|FZE|COMPANY)\b/gi;
export function changeLegalForm(name: string, rng: Rng): string | null {
  const stripped = name
    .replace(FORM_PATTERN, '')
    .replace(/[\s,]+$/, '')
    .trim();
  if (words(stripped).length === 0) return null;
  return `${stripped} ${rng.pick(FORMS)}`;
}

export function toCyrillic(name: string): string | null {
  const list = words(reorder(name) ?? name).filter((word) => /^[A-Za-z'-]+$/.test(word));
  return list.length > 0 ? list.map((word) => letters(word, CYRILLIC, null)).join(' ') : null;
}

export function toArabic(name: string): string | null {
  const list = words(reorder(name) ?? name).filter((word) => /^[A-Za-z'-]+$/.test(word));
  return list.length > 0
    ? list.map((word) => letters(word.replace(/'/g, ''), ARABIC, ARABIC_VOWEL)).join(' ')
    : null;
}

export function toHebrew(name: string): string | null {
  const list = words(reorder(name) ?? name).filter((word) => /^[A-Za-z'-]+$/.test(word));
  return list.length > 0
    ? list.map((word) => letters(word.replace(/'/g, ''), HEBREW, HEBREW_VOWEL)).join(' ')
    : null;
}

/** A name that looks like the listed one but is someone else: its most telling word replaced. */
export function lookalike(name: string, rng: Rng, pool: readonly string[]): string | null {
  const list = words(name);
  let longest = -1;
  list.forEach((word, i) => {
    if (
      word.length >= 4 &&
      /^[A-Za-z]+$/.test(word) &&
      (longest < 0 || word.length > (list[longest]?.length ?? 0))
    )
      longest = i;
  });
  if (longest < 0) return null;
  const original = (list[longest] ?? '').toLowerCase();
  const replacements = pool.filter(
    (word) => Math.abs(word.length - original.length) <= 2 && word.toLowerCase()[0] !== original[0],
  );
  if (replacements.length === 0) return null;
  list[longest] = rng.pick(replacements);
  return list.join(' ');
}

/** "Given Middle Surname" written as OFAC writes it: "SURNAME, Given Middle" (names with a comma: null). */
export function ofacOrder(name: string): string | null {
  if (name.includes(',')) return null;
  const list = words(name);
  if (list.length < 2) return null;
  const surname = list[list.length - 1] ?? '';
  return `${surname.toUpperCase()}, ${list.slice(0, -1).join(' ')}`;
}

// Words many companies share: a company that keeps them and changes the rest is another company.
const COMMON_COMPANY_WORDS =
  /^(trading|trade|company|co|corp|corporation|limited|ltd|llc|inc|international|group|bank|industries|industrial|shipping|general|holding|holdings|investment|investments|services|national|engineering|technology|technologies|electronics|import|export|and|the|of|for|al|el|s\.?a\.?|gmbh|jsc|ojsc|pjsc|oao|ooo|fze|llp|plc)$/i;

/** A company that shares the listed one's common words (trade, legal form) but none of its own words. */
export function lookalikeCompany(name: string, rng: Rng, pool: readonly string[]): string | null {
  const list = words(name);
  let replaced = 0;
  const out = list.map((word) => {
    const bare = word.replace(/[.,]/g, '');
    if (COMMON_COMPANY_WORDS.test(bare) || !/^[A-Za-z-]{3,}$/.test(bare)) return word;
    const options = pool.filter(
      (other) =>
        Math.abs(other.length - bare.length) <= 2 && other[0]?.toLowerCase() !== bare[0]?.toLowerCase(),
    );
    if (options.length === 0) return word;
    replaced++;
    return rng.pick(options);
  });
  const common = list.length - replaced;
  return replaced > 0 && common > 0 ? out.join(' ') : null;
}
