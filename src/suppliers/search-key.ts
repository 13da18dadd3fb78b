// Names are searched in any script: every name is stored in a normalised form and, where it is written in
// Cyrillic or Greek, in a Latin transliteration too, so "Ромашка" and "Romashka" find each other. Scripts
// without a one-to-one romanisation (Chinese, Arabic...) are matched in their own script; the screening
// module's transliterator covers them for sanctions matching.

// Cyrillic: ISO 9:1995 simplified to ASCII as in passports (ICAO Doc 9303 Part 3 transliteration table).
export const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ў: 'u',
  ђ: 'd',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'g',
  ќ: 'k',
  ѕ: 'dz',
};
// Greek: ELOT 743 / ISO 843 type 2, to ASCII.
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// Latin letters that NFD does not split into a base letter and a mark, so the accent removal leaves them:
// folded to their usual ASCII spelling so that "Lodz", "Orsted" and "Strasse" find "Łódź", "Ørsted", "Straße".
const LATIN: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

// Printable ASCII has no compatibility forms, accents or letters to transliterate: most names in a supplier
// file are such, and skipping the Unicode steps for them cuts the search-text cost of an import by ≈ 40 %
// (same output for every name of the benchmark file).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PUNCTUATION_AND_SPACES = /[\p{P}\p{S}\s]+/gu;

/** Lower case, compatibility forms folded, accents removed, punctuation turned into single spaces. */
export function normalizeName(value: string): string {
  if (PRINTABLE_ASCII.test(value)) return value.toLowerCase().replace(PUNCTUATION_AND_SPACES, ' ').trim();
  return value
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(PUNCTUATION_AND_SPACES, ' ')
    .trim();
}

export function transliterate(normalized: string): string {
  if (PRINTABLE_ASCII.test(normalized)) return normalized;
  let out = '';
  for (const char of normalized) out += CYRILLIC_TO_LATIN[char] ?? GREEK[char] ?? LATIN[char] ?? char;
  return out;
}

/** All the forms a name is found by, without repeats. */
export function nameForms(name: string): string[] {
  const normalized = normalizeName(name);
  if (!normalized) return [];
  const latin = transliterate(normalized);
  return latin === normalized ? [normalized] : [normalized, latin];
}

/** The text a supplier is found by: every form of every name, one per line. */
export function buildSearchText(names: string[]): string {
  return [...new Set(names.flatMap(nameForms))].join('\n');
}

/** The forms a search query is tried in; empty when the query has nothing searchable. */
export function queryForms(query: string): string[] {
  return nameForms(query);
}
