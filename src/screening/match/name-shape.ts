import { TERM_PREFIX } from '../text/phrases.ts';
import type { PreparedName } from './prepare-name.ts';
import { type TokenSide, tokenSide } from './token-similarity.ts';

/** A word, or a run of 2–4 words joined ("shen zhen" → "shenzhen", "al qaida" → "alqaida"). */
export interface Unit {
  from: number;
  to: number;
  side: TokenSide;
  /** Position in NameShape.units, for the unit weights. */
  index: number;
}

/** What compareNames needs of a name besides its words, computed once per prepared name. */
export interface NameShape {
  sides: TokenSide[];
  units: Unit[];
  /** The numbers in the name, sorted and joined: numbers must agree exactly. */
  digits: string;
  hasDigits: boolean;
}

export interface NameWeights {
  weightOf: (token: string) => number;
  tokens: Float64Array;
  units: Float64Array;
  total: number;
}

// Listed names are prepared once and compared with every query; queries with every candidate. Their shapes
// are kept beside them (a WeakMap: they go when the name goes) instead of being rebuilt for each comparison.
const shapes = new WeakMap<PreparedName, NameShape>();
const weights = new WeakMap<PreparedName, NameWeights>();

export function shapeOf(name: PreparedName): NameShape {
  let shape = shapes.get(name);
  if (shape) return shape;
  const tokens = name.tokens;
  const sides = tokens.map(tokenSide);
  const units: Unit[] = sides.map((side, i) => ({ from: i, to: i, side, index: i }));
  for (let from = 0; from < tokens.length; from++) {
    let text = tokens[from] ?? '';
    for (let to = from + 1; to < Math.min(tokens.length, from + 4); to++) {
      const next = tokens[to] ?? '';
      if (next.startsWith(TERM_PREFIX) || text.startsWith(TERM_PREFIX) || /\d/.test(next)) break;
      text += next;
      units.push({ from, to, side: tokenSide(text), index: units.length });
    }
  }
  const digits = tokens.filter((token) => /\d/.test(token)).sort();
  shape = { sides, units, digits: digits.join(' '), hasDigits: digits.length > 0 };
  shapes.set(name, shape);
  return shape;
}

export function weightsOf(name: PreparedName, weightOf: (token: string) => number): NameWeights {
  const known = weights.get(name);
  if (known && known.weightOf === weightOf) return known;
  const shape = shapeOf(name);
  const tokenWeights = Float64Array.from(name.tokens, weightOf);
  const unitWeights = new Float64Array(shape.units.length);
  let total = 0;
  for (const weight of tokenWeights) total += weight;
  for (const unit of shape.units) {
    let weight = 0;
    for (let i = unit.from; i <= unit.to; i++) weight += tokenWeights[i] ?? 1;
    unitWeights[unit.index] = weight;
  }
  const result = { weightOf, tokens: tokenWeights, units: unitWeights, total: total || 1 };
  weights.set(name, result);
  return result;
}
