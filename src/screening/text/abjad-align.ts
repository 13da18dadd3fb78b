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

function unitsOf(word: string, abjad: boolean): Units {
  const codes: string[] = [];
  const kinds: number[] = [];
  const graphs = abjad ? ABJAD_GRAPHS : LATIN_GRAPHS;
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
    // Doubled letters: the abjad writes one (shadda), romanisations one or two.
    if (codes[codes.length - 1] !== code || kind !== STRONG) {
      codes.push(code);
      kinds.push(kind);
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
] as [string, number][]) {
  NEAR.set(pair, cost);
  NEAR.set(`${pair[1]}${pair[0]}`, cost);
}

function substitution(a: string, aKind: number, b: string, bKind: number): number {
  const vowel = bKind === VOWEL || bKind === LONG;
  if (aKind === WEAK) {
    if (a === 'a') return vowel ? (b === 'A' ? 0 : 0.3) : b === 'h' ? 0.6 : 9;
    if (a === 'w') return vowel ? (b === 'U' ? 0 : 0.6) : b === 'w' || b === 'v' ? 0 : 9;
    return vowel ? (b === 'I' ? 0 : 0.6) : b === 'y' || b === 'j' ? 0 : 9;
  }
  if (vowel) return 9;
  if (a === b) return 0;
  return NEAR.get(`${a}${b}`) ?? 1;
}

// Rows reused by every call: names are compared many times.
let previous = new Float64Array(32);
let current = new Float64Array(32);

/**
 * How well a transliterated abjad word and a Latin word agree: 1 when every letter aligns, falling with the
 * cost of the letters left over or changed, relative to the consonants of the longer side.
 */
// Words are split into units once: the same words are aligned with many others.
const unitCache = [new Map<string, Units>(), new Map<string, Units>()];

function cachedUnits(word: string, abjad: boolean): Units {
  const cache = unitCache[abjad ? 1 : 0] ?? new Map<string, Units>();
  let units = cache.get(word);
  if (!units) {
    units = unitsOf(word, abjad);
    if (cache.size >= 500_000) cache.clear();
    cache.set(word, units);
  }
  return units;
}

/**
 * A cheap test before the alignment: the first consonants of the two words must be alike (the same letter
 * or letters romanisations confuse), or one word starts with a vowel letter.
 */
export function mayAgree(abjad: string, latin: string): boolean {
  const a = cachedUnits(abjad, true);
  const l = cachedUnits(latin, false);
  const first = (units: Units) => units.codes[units.kinds.indexOf(STRONG)];
  const x = first(a);
  const y = first(l);
  if (x === undefined || y === undefined || x === y) return true;
  return (NEAR.get(`${x}${y}`) ?? 1) < 1 || a.kinds[0] !== STRONG || l.kinds[0] !== STRONG;
}

export function abjadAgreement(abjad: string, latin: string): number {
  const a = cachedUnits(abjad, true);
  const l = cachedUnits(latin, false);
  const n = l.codes.length;
  if (n + 1 > previous.length) {
    previous = new Float64Array(n + 1);
    current = new Float64Array(n + 1);
  }
  // Abjads write a name's last vowel (Mustafa مصطفى, Reza رضا, Ali علي): left unwritten, it costs a little.
  const skipLatin = (j: number) => {
    const kind = l.kinds[j];
    if (kind === VOWEL) return j === n - 1 && j > 0 ? 0.15 : 0;
    if (kind === LONG) return 0.3;
    return l.codes[j] === 'h' ? 0.5 : 1;
  };
  const skipAbjad = (i: number) => {
    // An alef is often left out of the Latin (الله Allah, رحمن Rahman); a waw or yod is a long vowel there.
    if (a.kinds[i] === WEAK) return a.codes[i] === 'a' ? 0.4 : 0.6;
    return a.codes[i] === 'h' && i === a.codes.length - 1 ? 0.3 : 1;
  };
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = (previous[j - 1] ?? 0) + skipLatin(j - 1);
  for (let i = 1; i <= a.codes.length; i++) {
    current[0] = (previous[0] ?? 0) + skipAbjad(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = substitution(
        a.codes[i - 1] ?? '',
        a.kinds[i - 1] ?? 0,
        l.codes[j - 1] ?? '',
        l.kinds[j - 1] ?? 0,
      );
      current[j] = Math.min(
        (previous[j - 1] ?? 0) + cost,
        (previous[j] ?? 0) + skipAbjad(i - 1),
        (current[j - 1] ?? 0) + skipLatin(j - 1),
      );
    }
    [previous, current] = [current, previous];
  }
  const cost = previous[n] ?? 0;
  const strong = (units: Units) => units.kinds.filter((kind) => kind === STRONG).length;
  const weak = a.kinds.filter((kind) => kind === WEAK).length;
  const size = Math.max(1, strong(a), strong(l)) + 0.5 * weak;
  return Math.max(0, 1 - cost / size);
}
