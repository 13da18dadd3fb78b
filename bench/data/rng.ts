/**
 * A small seeded pseudo-random generator (mulberry32, public domain, Tommy Ettinger): the same seed gives the
 * same data on every machine and Node version, so every benchmark run imports the same file.
 */
export interface Rng {
  /** A number in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  /** An integer in [min, max]. */
  between: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
  /** n decimal digits; the first is not 0 unless leadingZero. */
  digits: (n: number, leadingZero?: boolean) => string;
  /** n characters drawn from the alphabet. */
  chars: (alphabet: string, n: number) => string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const chars = (alphabet: string, n: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[int(alphabet.length)];
    return out;
  };
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    chance: (probability) => next() < probability,
    digits: (n, leadingZero = false) =>
      leadingZero ? chars('0123456789', n) : chars('123456789', 1) + chars('0123456789', n - 1),
    chars,
  };
}
