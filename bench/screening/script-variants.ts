import anyAscii from 'any-ascii';
import type { Rng } from '../data/rng.ts';
import { toArabic, toCyrillic, toHebrew } from './variants.ts';

// Variants of listed names in the forms screening meets across scripts: a Russian name romanised by another
// system than the list's, a Chinese company written in characters, an Arabic or Hebrew company name with its
// business words translated and its legal form in the local language. The generators are written for the
// benchmark, independently of the engine's tables, so that the engine is not tested against itself.

/** Cyrillic romanisation systems: the list's own (BGN/PCGN), passports (ICAO 9303), German, French, ISO-like. */
export const ROMANISATIONS = ['bgn', 'icao', 'german', 'french', 'scholarly'] as const;
export type Romanisation = (typeof ROMANISATIONS)[number];

const BASE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  з: 'z',
  и: 'i',
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
};
const SYSTEMS: Record<Romanisation, Record<string, string>> = {
  bgn: { ё: 'yo', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'yu', я: 'ya' },
  icao: { ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ю: 'iu', я: 'ia' },
  german: {
    ё: 'jo',
    ж: 'sh',
    з: 's',
    й: 'j',
    х: 'ch',
    ц: 'z',
    ч: 'tsch',
    ш: 'sch',
    щ: 'schtsch',
    ю: 'ju',
    я: 'ja',
    в: 'w',
  },
  french: {
    ё: 'io',
    ж: 'j',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'tch',
    ш: 'ch',
    щ: 'chtch',
    ю: 'iou',
    я: 'ia',
    у: 'ou',
  },
  scholarly: { ё: 'e', ж: 'z', й: 'j', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 'sc', ю: 'ju', я: 'ja' },
};

/** Latin letters for a Cyrillic text by one romanisation system. */
export function romaniseCyrillic(text: string, system: Romanisation): string {
  const table = SYSTEMS[system];
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = table[lower] ?? BASE[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** A listed Latin name written in Cyrillic, then romanised back by another system. */
export function reRomanised(name: string, system: Romanisation): string | null {
  const cyrillic = toCyrillic(name);
  if (!cyrillic) return null;
  const latin = romaniseCyrillic(cyrillic, system);
  return latin.toLowerCase() === name.toLowerCase() ? null : latin.toUpperCase();
}

// Pinyin syllables and one character for each, from any-ascii's own table (the engine reads characters back
// through it, so any character with the syllable will do).
const SYLLABLES = new Map<string, string>();
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const char = String.fromCodePoint(code);
  const syllable = anyAscii(char).toLowerCase();
  if (/^[a-z]+$/.test(syllable) && !SYLLABLES.has(syllable)) SYLLABLES.set(syllable, char);
}

/** A word split into Pinyin syllables ("shenzhen" → shen zhen), or null when it is not Pinyin. */
export function pinyinSyllables(word: string): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const before = best[start];
      const piece = word.slice(start, end);
      if (before && SYLLABLES.has(piece) && (!best[end] || (best[end]?.length ?? 0) > before.length + 1))
        best[end] = [...before, piece];
    }
  }
  return best[word.length] ?? null;
}

const CHINESE_WORDS: Record<string, string> = {
  trading: '贸易',
  trade: '贸易',
  technology: '科技',
  technologies: '科技',
  tech: '科技',
  international: '国际',
  electronics: '电子',
  electronic: '电子',
  industrial: '实业',
  industry: '工业',
  industries: '工业',
  group: '集团',
  shipping: '航运',
  investment: '投资',
  development: '发展',
  machinery: '机械',
  chemical: '化工',
  logistics: '物流',
  engineering: '工程',
  equipment: '设备',
  petroleum: '石油',
  energy: '能源',
  aviation: '航空',
  import: '进出口',
  holdings: '控股',
  holding: '控股',
  science: '科学',
  materials: '材料',
  optical: '光学',
  communication: '通信',
  communications: '通信',
  information: '信息',
  semiconductor: '半导体',
  precision: '精密',
  instruments: '仪器',
  instrument: '仪器',
};
const SKIPPED = new Set([
  'and',
  'export',
  'the',
  'of',
  'co',
  'ltd',
  'limited',
  'company',
  'corporation',
  'corp',
]);
const CITIES = new Set([
  'shenzhen',
  'beijing',
  'shanghai',
  'guangzhou',
  'tianjin',
  'wuhan',
  'hangzhou',
  'chengdu',
]);

/**
 * A listed company of Chinese origin written as its Chinese name: Pinyin words in characters, business words
 * translated, 有限公司 or 股份有限公司 as the legal form, the city sometimes with 市 and sometimes left out.
 */
export function toChineseCompany(name: string, rng: Rng): string | null {
  const words = name
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let out = '';
  let pinyinWords = 0;
  for (const [i, word] of words.entries()) {
    if (SKIPPED.has(word)) continue;
    const translated = CHINESE_WORDS[word];
    if (translated) {
      out += translated;
      continue;
    }
    const syllables = pinyinSyllables(word);
    if (!syllables) return null;
    if (i === 0 && CITIES.has(word)) {
      if (rng.chance(0.3)) continue;
      out += syllables.map((s) => SYLLABLES.get(s)).join('') + (rng.chance(0.5) ? '市' : '');
      continue;
    }
    pinyinWords++;
    out += syllables.map((s) => SYLLABLES.get(s)).join('');
  }
  if (pinyinWords === 0) return null;
  return out + (rng.chance(0.3) ? '股份有限公司' : '有限公司');
}

const ARABIC_WORDS: Record<string, { text: string; prefix?: boolean }> = {
  trading: { text: 'للتجارة' },
  international: { text: 'الدولية' },
  group: { text: 'مجموعة', prefix: true },
  bank: { text: 'بنك', prefix: true },
  company: { text: 'شركة', prefix: true },
  co: { text: 'شركة', prefix: true },
  shipping: { text: 'للشحن' },
  industries: { text: 'للصناعات' },
  industrial: { text: 'الصناعية' },
  oil: { text: 'للنفط' },
  investment: { text: 'للاستثمار' },
  investments: { text: 'للاستثمار' },
  exchange: { text: 'للصرافة' },
  establishment: { text: 'مؤسسة', prefix: true },
  llc: { text: 'ذ.م.م' },
  ltd: { text: 'المحدودة' },
  limited: { text: 'المحدودة' },
};
const HEBREW_WORDS: Record<string, { text: string; prefix?: boolean }> = {
  trading: { text: 'סחר' },
  international: { text: 'בינלאומי' },
  group: { text: 'קבוצת', prefix: true },
  bank: { text: 'בנק', prefix: true },
  industries: { text: 'תעשיות' },
  investments: { text: 'השקעות' },
  investment: { text: 'השקעות' },
  shipping: { text: 'ספנות' },
  technologies: { text: 'טכנולוגיות' },
  electronics: { text: 'אלקטרוניקה' },
  ltd: { text: 'בע״מ' },
  limited: { text: 'בע״מ' },
  company: { text: 'חברת', prefix: true },
};

function translated(
  name: string,
  table: Record<string, { text: string; prefix?: boolean }>,
  letters: (word: string) => string | null,
): string | null {
  const words = name
    .toLowerCase()
    .replace(/[.,()&]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const before: string[] = [];
  const body: string[] = [];
  let own = 0;
  for (const word of words) {
    const entry = table[word];
    if (entry) {
      if (entry.prefix) before.push(entry.text);
      else body.push(entry.text);
      continue;
    }
    const written = letters(word);
    if (!written) return null;
    own++;
    body.push(written);
  }
  return own > 0 ? [...before, ...body].join(' ') : null;
}

/** A listed company written in Arabic: its own words by sound, business words and legal form translated. */
export function toArabicCompany(name: string): string | null {
  return translated(name, ARABIC_WORDS, (word) => (/^[a-z'-]+$/.test(word) ? toArabic(word) : null));
}

/** A listed company written in Hebrew: its own words by sound, business words and בע״מ translated. */
export function toHebrewCompany(name: string): string | null {
  return translated(name, HEBREW_WORDS, (word) => (/^[a-z'-]+$/.test(word) ? toHebrew(word) : null));
}
