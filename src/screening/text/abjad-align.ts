// Aligns a word written in an abjad (Arabic, Persian, Hebrew: consonants and long vowels, short vowels left
// out) with a Latin spelling of it. The abjad side has been transliterated letter for letter ("mhmd", "ywns",
// "athman"); the Latin side carries every vowel ("muhammad", "yunis", "othman"). A weighted edit distance
// lets the Latin short vowels go unmatched for free, lets the abjad's vowel letters (alef, waw, yod) stand
// for a Latin vowel or for w/v/y, and charges less for letters that romanisations confuse (b/p/v, k/q/g,
// s/z/th, kh/h, sh/ch, j/zh/g). "mhmd" against "mahmoud" costs a whole letter (the waw of Mahmoud is missing),
// so Muhammad and Mahmoud stay apart, which a consonant skeleton alone cannot tell.

const STRONG = 0;
const VOWEL = 1;
const WEAK = 2;
/** The second letter of a Latin long vowel or diphthong (ou, ee, aa, ai, ei, ay): abjads write these. */
const LONG = 3;
/**
 * An abjad letter written twice: two consonants with a short vowel between (هرر Harir, ممدوح Mamduh), since a
 * doubled one is written once (shadda); spellings of foreign names also write a Latin double twice (حسسن).
 * It stands for a Latin consonant or goes unmatched for little.
 */
const DOUBLE = 4;

interface Units {
  codes: string[];
  kinds: number[];
}

const LATIN_GRAPHS: [string, string][] = [
  ['shch', 'S'],
  ['tsch', 'C'],
  ['sch', 'S'],
  ['tch', 'C'],
  ['dzh', 'j'],
  ['tsh', 'C'],
  ['sh', 'S'],
  ['ch', 'C'],
  ['kh', 'x'],
  ['th', 'T'],
  ['dh', 'D'],
  ['gh', 'G'],
  ['ph', 'f'],
  ['zh', 'Z'],
  ['dj', 'j'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['ck', 'k'],
];
const ABJAD_GRAPHS: [string, string][] = [
  ['tsh', 'C'],
  ['sh', 'S'],
  ['ch', 'C'],
  ['kh', 'x'],
  ['th', 'T'],
  ['dh', 'D'],
  ['gh', 'G'],
  ['zh', 'Z'],
];
const LATIN_VOWELS: Record<string, string> = { a: 'A', e: 'I', i: 'I', o: 'U', u: 'U' };

function unitsOf(word: string, abjad: boolean, split = false): Units {
  const codes: string[] = [];
  const kinds: number[] = [];
  const graphs = abjad ? (split ? [] : ABJAD_GRAPHS) : LATIN_GRAPHS;
  for (let i = 0; i < word.length; ) {
    let code = '';
    let kind = STRONG;
    let length = 1;
    const graph = graphs.find(([text]) => word.startsWith(text, i));
    const char = word[i] ?? '';
    if (graph) {
      code = graph[1];
      length = graph[0].length;
    } else if (abjad && (char === 'a' || char === 'w' || char === 'y' || char === 'i' || char === 'u')) {
      code = char === 'i' ? 'y' : char === 'u' ? 'w' : char;
      kind = WEAK;
    } else if (!abjad && LATIN_VOWELS[char]) {
      code = LATIN_VOWELS[char] ?? 'A';
      kind = i > 0 && 'aeiou'.includes(word[i - 1] ?? '') ? LONG : VOWEL;
    } else if (!abjad && char === 'y') {
      const next = word[i + 1] ?? '';
      const beforeVowel = next !== '' && 'aeiou'.includes(next);
      code = beforeVowel ? 'y' : 'I';
      kind = beforeVowel ? STRONG : i > 0 && 'aeiou'.includes(word[i - 1] ?? '') ? LONG : VOWEL;
    } else if (!abjad && char === 'c') {
      const next = word[i + 1];
      code = next !== undefined && 'eiy'.includes(next) ? 's' : 'k';
    } else if (!abjad && char === 'x') {
      codes.push('k');
      kinds.push(STRONG);
      code = 's';
    } else if (char === 'q') {
      code = 'k';
    } else if (/[a-z]/.test(char)) {
      code = char;
    } else {
      i += 1;
      continue;
    }
    // Doubled letters: romanisations write one or two; see DOUBLE for the abjad.
    if (codes[codes.length - 1] !== code || kind !== STRONG) {
      codes.push(code);
      kinds.push(kind);
    } else if (abjad && kinds[kinds.length - 1] === STRONG) {
      codes.push(code);
      kinds.push(DOUBLE);
    }
    i += length;
  }
  return { codes, kinds };
}

// Letters that romanisations of one abjad letter confuse, at a reduced cost.
const NEAR = new Map<string, number>();
for (const [pair, cost] of [
  ['bp', 0.3],
  ['bv', 0.2],
  ['pf', 0.2],
  ['fv', 0.3],
  ['vw', 0],
  ['tT', 0.2],
  ['sT', 0.3],
  ['dD', 0.2],
  ['zD', 0.3],
  ['sz', 0.3],
  ['sc', 0.3],
  ['zc', 0.4],
  ['kg', 0.4],
  ['gG', 0.2],
  ['kx', 0.3],
  ['hx', 0.3],
  ['xC', 0.3],
  ['xG', 0.4],
  ['SC', 0.3],
  ['Ss', 0.4],
  ['Zj', 0.2],
  ['jg', 0.1],
  ['ZS', 0.4],
  ['Cc', 0.4],
  ['yj', 0.3],
  ['td', 0.5],
  ['DT', 0.3],
] as [string, number][]) {
  NEAR.set(pair, cost);
  NEAR.set(`${pair[1]}${pair[0]}`, cost);
}

// Substitution costs by letter codes (char codes < 128), for a strong abjad letter against a Latin consonant.
const COST = new Float64Array(128 * 128).fill(1);
for (let a = 0; a < 128; a++) COST[a * 128 + a] = 0;
for (const [pair, cost] of NEAR) COST[(pair.charCodeAt(0) << 7) | pair.charCodeAt(1)] = cost;
const A = 'A'.charCodeAt(0);
const U = 'U'.charCodeAt(0);
const I = 'I'.charCodeAt(0);
const CH_a = 'a'.charCodeAt(0);
const CH_w = 'w'.charCodeAt(0);
const CH_h = 'h'.charCodeAt(0);
const CH_v = 'v'.charCodeAt(0);
const CH_y = 'y'.charCodeAt(0);
const CH_j = 'j'.charCodeAt(0);

function substitution(a: number, aKind: number, b: number, bKind: number): number {
  const vowel = bKind === VOWEL || bKind === LONG;
  if (aKind === WEAK) {
    if (a === CH_a) return vowel ? (b === A ? 0 : 0.3) : b === CH_h ? 0.6 : 9;
    if (a === CH_w) return vowel ? (b === U ? 0 : 0.6) : b === CH_w || b === CH_v ? 0 : 9;
    return vowel ? (b === I ? 0 : 0.6) : b === CH_y || b === CH_j ? 0 : 9;
  }
  if (vowel) return 9;
  // aKind is STRONG or DOUBLE: both are consonants.
  return COST[(a << 7) | b] ?? 1;
}

export interface Coded {
  codes: Int32Array;
  kinds: Int32Array;
  strong: number;
  weak: number;
  /**
   * An abjad word read with its two-letter groups as two letters: "th" is ث or ط followed by ه (طه Taha),
   * "kh" خ or ك ه, "sh" ش or س ه.
   */
  split?: Coded;
}

function coded(units: Units): Coded {
  return {
    codes: Int32Array.from(units.codes, (code) => code.charCodeAt(0) & 127),
    kinds: Int32Array.from(units.kinds),
    strong: units.kinds.filter((kind) => kind === STRONG).length,
    weak: units.kinds.filter((kind) => kind === WEAK).length,
  };
}

const SPLITTABLE = /th|dh|kh|sh|gh|zh/;

// Rows reused by every call: names are compared many times.
let previous = new Float64Array(32);
let current = new Float64Array(32);

const unitCache = [new Map<string, Coded>(), new Map<string, Coded>()];

export function cachedUnits(word: string, abjad: boolean): Coded {
  const cache = unitCache[abjad ? 1 : 0] ?? new Map<string, Coded>();
  let coded = cache.get(word);
  if (!coded) {
    coded = unitsCoded(word, abjad);
    if (cache.size >= 500_000) cache.clear();
    cache.set(word, coded);
  }
  return coded;
}

function unitsCoded(word: string, abjad: boolean): Coded {
  const main = coded(unitsOf(word, abjad));
  if (abjad && SPLITTABLE.test(word)) main.split = coded(unitsOf(word, true, true));
  return main;
}

export function mayAgree(abjad: string, latin: string): boolean {
  const a = cachedUnits(abjad, true);
  const l = cachedUnits(latin, false);
  const first = (units: Coded) => units.codes[units.kinds.indexOf(STRONG)];
  const x = first(a);
  const y = first(l);
  if (x === undefined || y === undefined || x === y) return true;
  return (COST[(x << 7) | y] ?? 1) < 1 || a.kinds[0] !== STRONG || l.kinds[0] !== STRONG;
}

function skipLatin(l: Coded, j: number, n: number): number {
  const kind = l.kinds[j];
  if (kind === VOWEL) return j === n - 1 && j > 0 ? 0.15 : 0;
  if (kind === LONG) return 0.3;
  return l.codes[j] === CH_h ? 0.5 : 1;
}

function skipAbjad(a: Coded, i: number): number {
  if (a.kinds[i] === WEAK) return a.codes[i] === CH_a ? 0.4 : 0.6;
  if (a.kinds[i] === DOUBLE) return 0.1;
  return a.codes[i] === CH_h && i === a.codes.length - 1 ? 0.3 : 1;
}

/**
 * How well a transliterated abjad word and a Latin word agree (see above). With `floor`, an alignment that can
 * no longer reach it stops early and answers a value under it.
 */
export function abjadAgreement(abjad: string, latin: string, floor = 0): number {
  return agreementOf(cachedUnits(abjad, true), cachedUnits(latin, false), floor);
}

/** abjadAgreement of words already split into units (callers that keep them per word). */
export function agreementOf(a: Coded, l: Coded, floor = 0): number {
  const agreement = align(a, l, floor);
  if (!a.split || agreement >= 0.999) return agreement;
  return Math.max(agreement, align(a.split, l, floor));
}

function align(a: Coded, l: Coded, floor: number): number {
  const n = l.codes.length;
  if (n + 1 > previous.length) {
    previous = new Float64Array(n + 1);
    current = new Float64Array(n + 1);
  }
  const size = Math.max(1, a.strong, l.strong) + 0.5 * a.weak;
  const limit = (1 - floor) * size;
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = (previous[j - 1] ?? 0) + skipLatin(l, j - 1, n);
  for (let i = 1; i <= a.codes.length; i++) {
    const ai = a.codes[i - 1] ?? 0;
    const ak = a.kinds[i - 1] ?? 0;
    const skipA = skipAbjad(a, i - 1);
    current[0] = (previous[0] ?? 0) + skipA;
    let rowMin = current[0] ?? 0;
    for (let j = 1; j <= n; j++) {
      const cost = substitution(ai, ak, l.codes[j - 1] ?? 0, l.kinds[j - 1] ?? 0);
      const value = Math.min(
        (previous[j - 1] ?? 0) + cost,
        (previous[j] ?? 0) + skipA,
        (current[j - 1] ?? 0) + skipLatin(l, j - 1, n),
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    [previous, current] = [current, previous];
    // Costs only grow down the rows: once every cell is past the limit, the floor is out of reach.
    if (floor > 0 && rowMin > limit + 1e-9) return Math.max(0, floor - 0.5);
  }
  const cost = previous[n] ?? 0;
  return Math.max(0, 1 - cost / size);
}
