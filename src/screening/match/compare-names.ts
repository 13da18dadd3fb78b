import { CHINESE_PLACES } from '../data/chinese-places.ts';
import { COMMON_NAME_WORDS } from '../data/common-names.ts';
import type { LegalFormCategory } from '../data/legal-forms.ts';
import { TERM_PREFIX } from '../text/phrases.ts';
import { shapeOf, type Unit, weightsOf } from './name-shape.ts';
import type { PreparedName } from './prepare-name.ts';
import { compareTokensCached, type TokenMatchKind } from './token-similarity.ts';

export interface TokenPair {
  query: string;
  candidate: string;
  similarity: number;
  kind: TokenMatchKind;
  /** How telling the pair is: the lesser weight of its two sides. */
  weight: number;
}

// Matched words of a person's name worth less than this together (two common names weigh 1.1, a rare name 1)
// do not make a match with a name that has more words.
const EVIDENCE_NEEDED = 1.25;

export interface NameAdjustment {
  reason: string;
  factor: number;
}

export interface NameComparison {
  query: string;
  candidate: string;
  score: number;
  /** The share of the query's weight that found a partner, and of the candidate's. */
  queryCoverage: number;
  candidateCoverage: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  adjustments: NameAdjustment[];
}

/** How much a word says about who is meant: rare words much, "al", "bin", "#trading" little. */
export type TokenWeight = (token: string) => number;

// Particles of names in the languages of the lists: they connect names more than they distinguish them.
const PARTICLES = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ibn',
  'bint',
  'abu',
  'abd',
  'abdul',
  'bn',
  'de',
  'del',
  'della',
  'da',
  'das',
  'dos',
  'do',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'les',
  'the',
  'of',
  'and',
  'y',
  'e',
  'und',
  'et',
  'for',
  'in',
  // "and" in Turkish and Azerbaijani (Sanayi ve Ticaret), Uzbek and Persian (va).
  've',
  'va',
]);

// Patronymics (Russian -ovich/-ovna, Ukrainian -ovych/-ivna...) are shared by many people and often left out.
const PATRONYMIC = /(ovich|evich|ovych|yevych|ovna|evna|ivna|ichna|ogly|oglu|qizi|kyzy)$/;

export function defaultTokenWeight(token: string): number {
  if (token.startsWith(TERM_PREFIX)) return 0.35;
  if (PARTICLES.has(token)) return 0.2;
  if (COMMON_NAME_WORDS.has(token)) return 0.55;
  if (CHINESE_PLACES.has(token)) return 0.3;
  if (token.length > 6 && PATRONYMIC.test(token)) return 0.3;
  if (token.length === 1) return 0.5;
  return 1;
}

/** Whether tokens[i] joined with the word before or after it is a word of `other`. */
function runsInto(tokens: string[], i: number, other: string[]): boolean {
  const token = tokens[i] ?? '';
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    (after !== undefined && other.includes(token + after)) ||
    (before !== undefined && other.includes(before + token))
  );
}

function hasParticle(tokens: string[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (PARTICLES.has(tokens[i] ?? '')) return true;
  return false;
}

const COMPATIBLE = (a: LegalFormCategory, b: LegalFormCategory) =>
  a === b || a === 'generic' || b === 'generic';

interface Candidate {
  q: Unit;
  c: Unit;
  similarity: number;
  kind: TokenMatchKind;
}

function spanLength(pair: Candidate) {
  return pair.q.to - pair.q.from + (pair.c.to - pair.c.from);
}

/**
 * Compares two prepared names word by word, in any order: each word pairs with at most one word (or run of
 * joined words) of the other name, best pairs first. The score weighs what was matched by how telling the
 * words are, on both sides, then applies the adjustments it lists (numbers, legal forms, only common words).
 */
export function compareNames(
  query: PreparedName,
  candidate: PreparedName,
  weightOf: TokenWeight,
): NameComparison {
  const qShape = shapeOf(query);
  const cShape = shapeOf(candidate);
  const qWeights = weightsOf(query, weightOf);
  const cWeights = weightsOf(candidate, weightOf);
  const options = {
    person: query.type === 'person' || candidate.type === 'person',
    abjad: query.family === 'abjad' || candidate.family === 'abjad',
    abjadA: query.family === 'abjad',
    abjadB: candidate.family === 'abjad',
    han: query.han || candidate.han,
  };
  const usedQ = new Uint8Array(query.tokens.length);
  const usedC = new Uint8Array(candidate.tokens.length);
  const accepted: TokenPair[] = [];
  let qMatched = 0;
  let cMatched = 0;
  let distinctive = false;
  let nameWordMatched = false;
  const accept = (q: Unit, c: Unit, similarity: number, kind: TokenMatchKind) => {
    const qWeight = qWeights.units[q.index] ?? 1;
    const cWeight = cWeights.units[c.index] ?? 1;
    for (let i = q.from; i <= q.to; i++) {
      usedQ[i] = 1;
      const token = query.tokens[i] ?? '';
      if (!token.startsWith(TERM_PREFIX) && !PARTICLES.has(token)) nameWordMatched = true;
    }
    // A trade word that is also the name, spelt alike on both sides (Çelik "steel", Neft "oil"), names it.
    if (
      q.from === q.to &&
      c.from === c.to &&
      query.surfaces !== undefined &&
      query.surfaces[q.from] === candidate.surfaces?.[c.from] &&
      q.side.text.startsWith(TERM_PREFIX)
    )
      nameWordMatched = true;
    // Particles, line-of-business words and words most listed names share do not say who is meant.
    if (qWeight / (q.to - q.from + 1) >= 0.5 && !q.side.text.startsWith(TERM_PREFIX)) distinctive = true;
    for (let i = c.from; i <= c.to; i++) usedC[i] = 1;
    qMatched += qWeight * similarity;
    cMatched += cWeight * similarity;
    accepted.push({
      query: q.from === q.to ? (query.tokens[q.from] ?? '') : query.tokens.slice(q.from, q.to + 1).join(' '),
      candidate:
        c.from === c.to
          ? (candidate.tokens[c.from] ?? '')
          : candidate.tokens.slice(c.from, c.to + 1).join(' '),
      similarity,
      kind,
      weight: Math.min(qWeight, cWeight),
    });
  };

  // First the words spelt the same: most pairs of a true match, found without any distance computation. A word
  // that runs with its neighbour into a word of the other name is left to the joined pairs below (仜 "hong" of
  // Hongxiang is not the Hong of Hong Kong).
  // A word the other name has twice pairs with the copy at the nearer place in the name (the second "Abd" of
  // "ABDUL GHANI BARADAR ABDUL AHMAD" for عبد الاحمد, leaving the first to عبدالغنی).
  const nq = query.tokens.length;
  const nc = candidate.tokens.length;
  for (let i = 0; i < nq; i++) {
    const token = query.tokens[i];
    let runs: boolean | undefined;
    let chosen = -1;
    for (let j = 0; j < nc; j++) {
      if (usedC[j] || candidate.tokens[j] !== token) continue;
      runs ??= runsInto(query.tokens, i, candidate.tokens);
      if (runs) break;
      if (runsInto(candidate.tokens, j, query.tokens)) continue;
      if (chosen < 0 || Math.abs(j / nc - i / nq) < Math.abs(chosen / nc - i / nq)) chosen = j;
    }
    if (runs || chosen < 0) continue;
    const q = qShape.units[i];
    const c = cShape.units[chosen];
    if (q && c) accept(q, c, 1, token?.startsWith(TERM_PREFIX) ? 'term' : 'exact');
  }

  // Then the rest, fuzzily, including runs of joined words, best pairs first.
  if (accepted.length < query.tokens.length && accepted.length < candidate.tokens.length) {
    const free = (used: Uint8Array, unit: Unit) => {
      for (let i = unit.from; i <= unit.to; i++) if (used[i]) return false;
      return true;
    };
    const pairs: Candidate[] = [];
    // A name from an abjad is shorter than its Latin form by the vowels it leaves out.
    const slack = options.abjadA !== options.abjadB ? 4 : 2;
    for (const q of qShape.units) {
      if (!free(usedQ, q)) continue;
      for (const c of cShape.units) {
        const compound = q.from !== q.to || c.from !== c.to;
        if (compound) {
          if (q.from !== q.to && c.from !== c.to) continue;
          if (q.side.text[0] !== c.side.text[0] && q.side.skeleton[0] !== c.side.skeleton[0]) continue;
          if (Math.abs(q.side.text.length - c.side.text.length) > slack) continue;
        }
        if (!free(usedC, c)) continue;
        // One abjad word against Latin words joined: the abjad joins the article and "abd", "abu" to a name
        // (السيد al-Sayyid, عبدالعزيز Abd al-Aziz), not two names (Ali Sayid).
        if (compound && options.abjadA !== options.abjadB) {
          const latin = options.abjadA ? c : q;
          const tokens = options.abjadA ? candidate.tokens : query.tokens;
          if (latin.from !== latin.to && !hasParticle(tokens, latin.from, latin.to)) continue;
        }
        const match = compareTokensCached(q.side, c.side, options);
        if (!match) continue;
        // Joined words must be spelt alike: a sound-alike of two joined syllables is mostly chance.
        if (compound && (match.kind === 'phonetic' || match.kind === 'initial')) continue;
        pairs.push({ q, c, similarity: match.similarity, kind: compound ? 'compound' : match.kind });
      }
    }
    // Between equals, the pair covering more words.
    pairs.sort((a, b) => b.similarity - a.similarity || spanLength(b) - spanLength(a));
    for (const pair of pairs) {
      if (free(usedQ, pair.q) && free(usedC, pair.c)) accept(pair.q, pair.c, pair.similarity, pair.kind);
    }
  }
  const qTotal = qWeights.total;
  const cTotal = cWeights.total;
  const queryCoverage = qMatched / qTotal;
  const candidateCoverage = cMatched / cTotal;
  // A person's name found whole in the other, longer one (a middle name or patronymic left out) is telling;
  // for companies the words left over more often name another company.
  const lowWeight = options.person ? 0.5 : 0.65;
  let score =
    lowWeight * Math.min(queryCoverage, candidateCoverage) +
    (1 - lowWeight) * Math.max(queryCoverage, candidateCoverage);

  const adjustments: NameAdjustment[] = [];
  const adjust = (reason: string, factor: number) => {
    adjustments.push({ reason, factor });
    score *= factor;
  };
  // Common words agreeing say little, unless they are the whole of both names ("Mohammed Ali" listed as such).
  const whole = nameWordMatched && Math.min(queryCoverage, candidateCoverage) >= 0.99;
  if (accepted.length > 0 && !distinctive && !whole)
    adjust('only common words (particles, line-of-business words) agree', 0.6);
  // A person named only by common names ("Carlos Garcia") is not the listed person whose name has more words
  // of its own ("GARCIA, Carlos Alberto"): what agrees must say enough about who is meant.
  // A company is named by one word the lists share with others ("UNITED", "ORIENT") while the other name
  // has more: that word alone does not make the match.
  if (distinctive && Math.min(queryCoverage, candidateCoverage) < 0.99) {
    let evidence = 0;
    for (const pair of accepted) if (pair.kind !== 'term') evidence += pair.weight * pair.similarity;
    if (options.person && evidence < EVIDENCE_NEEDED)
      adjust('only common names agree, and one name has more', evidence < 0.9 ? 0.82 : 0.9);
    else if (!options.person && evidence < 0.8) adjust('one common word agrees, and one name has more', 0.9);
  }
  // Two companies that say what they do, differently ("Orient Shipping", "Orient Electronics").
  const unmatchedTerm = (tokens: string[], used: Uint8Array) =>
    tokens.some((token, i) => !used[i] && token.startsWith(TERM_PREFIX));
  if (!options.person && unmatchedTerm(query.tokens, usedQ) && unmatchedTerm(candidate.tokens, usedC))
    adjust('the names say different lines of business', 0.85);
  if (qShape.digits !== cShape.digits) {
    const both = qShape.hasDigits && cShape.hasDigits;
    adjust(both ? 'the numbers in the names differ' : 'only one name has a number', both ? 0.5 : 0.85);
  }
  if (query.legalForms.length > 0 && candidate.legalForms.length > 0) {
    const compatible = query.legalForms.some((q) =>
      candidate.legalForms.some((c) => COMPATIBLE(q.form.category, c.form.category)),
    );
    if (!compatible) {
      adjust(
        `legal forms differ (${query.legalForms.map((f) => f.words).join(', ')} / ${candidate.legalForms.map((f) => f.words).join(', ')})`,
        0.92,
      );
    }
  }
  return {
    query: query.text,
    candidate: candidate.text,
    score: Math.min(1, Math.max(0, score)),
    queryCoverage,
    candidateCoverage,
    pairs: accepted,
    unmatchedQuery: query.tokens.filter((_, i) => !usedQ[i]),
    unmatchedCandidate: candidate.tokens.filter((_, i) => !usedC[i]),
    adjustments,
  };
}
