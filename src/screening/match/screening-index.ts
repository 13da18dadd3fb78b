import type { ListEntity } from '../list-entity.model.ts';
import { abjadKey } from '../text/phonetic.ts';
import { TERM_PREFIX } from '../text/phrases.ts';
import { compareNames, defaultTokenWeight, type NameComparison, type TokenWeight } from './compare-names.ts';
import { Postings } from './postings.ts';
import type { PreparedName } from './prepare-name.ts';
import { type EntityScore, type PreparedQuery, prepareEntityNames, scoreEntity } from './score-entity.ts';
import { gutturalOf, type TokenSide, tokenSide } from './token-similarity.ts';

// Character trigrams of a word with boundary marks ("^ab", "abc", "bc$"): typos still share most. A trigram of
// [a-z0-9^$] is a number below 39³, so trigram postings need no map of keys.
const GRAM_BASE = 39;
export const GRAM_SLOTS = GRAM_BASE ** 3;

function gramCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  return code === 94 ? 37 : 38;
}

/** The trigram slots of a word, each once. */
export function trigramSlots(word: string): number[] {
  const slots: number[] = [];
  const length = word.length + 2;
  const at = (i: number) => (i === 0 ? 37 : i === length - 1 ? 38 : gramCode(word.charCodeAt(i - 1)));
  for (let i = 0; i + 3 <= length; i++) {
    const slot = (at(i) * GRAM_BASE + at(i + 1)) * GRAM_BASE + at(i + 2);
    if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}

/**
 * The least score worth sorting: 40 % of the best, or higher when far more than `want` names pass it
 * (found with a histogram of the scores, so that a common word's many names are not all sorted).
 */
function cutoffFor(scores: Float32Array, touched: number[], best: number, want: number): number {
  const floor = best * 0.4;
  if (touched.length <= want * 4) return floor;
  const buckets = new Uint32Array(64);
  const width = (best - floor) / 64 || 1;
  for (const id of touched) {
    const score = scores[id] ?? 0;
    if (score < floor) continue;
    const bucket = Math.min(63, Math.floor((score - floor) / width));
    buckets[bucket] = (buckets[bucket] ?? 0) + 1;
  }
  let kept = 0;
  for (let bucket = 63; bucket >= 0; bucket--) {
    kept += buckets[bucket] ?? 0;
    if (kept >= want) return floor + bucket * width;
  }
  return floor;
}

/** A name's words in order of the alphabet: "UTHMAN, Omar" and "Omar Uthman" are one name. */
function wholeKey(name: PreparedName): string {
  return [...name.tokens].sort().join(' ');
}

function abjadKeyOf(side: TokenSide): string {
  side.abjadKey ??= abjadKey(side.text);
  return side.abjadKey;
}

/**
 * The abjad keys of a name's words in order of the alphabet (words without consonants left out), hashed to
 * one of 2²⁰ slots: a million names need no map of key strings, and a shared slot only gathers one more name.
 */
const WHOLE_ABJAD_SLOTS = 1 << 20;
function wholeAbjadSlot(keys: string[]): number {
  const text = keys
    .filter((key) => key !== '')
    .sort()
    .join(' ');
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) & (WHOLE_ABJAD_SLOTS - 1);
}

/**
 * Entities scored in full per search unless the caller says otherwise: 30 (measured on the development set:
 * 40 finds 0.4 % more list variants and costs a quarter more time; 25 loses 0.8 %).
 */
export const DEFAULT_CANDIDATES = 30;

export interface SearchOptions {
  limit: number;
  threshold: number;
  /** Names scored in full, at most; the cheap first pass picks them. */
  candidates?: number;
  filter?: (entity: ListEntity) => boolean;
}

export interface SearchResult extends EntityScore {
  entity: ListEntity;
}

/**
 * The lists in memory: every name prepared once, and posting lists from words, phonetic keys, consonant
 * skeletons and trigrams to names. A search gathers candidates cheaply from the postings, then scores the
 * best few in full. Built from list versions in each process; nothing here touches the database.
 */
export class ScreeningIndex {
  readonly entities: ListEntity[] = [];
  /** Per name: its entity, its form (names with the same words share one), and the name prepared. */
  private nameEntity = new Int32Array(0);
  private nameForm = new Int32Array(0);
  private building: { entity: number[]; form: number[] } = { entity: [], form: [] };
  private readonly prepared: PreparedName[] = [];
  private readonly words = new Postings();
  private readonly sounds = new Postings();
  private readonly skeletons = new Postings();
  private readonly grams = new Postings(GRAM_SLOTS);
  /** Names by their words in any order: an exact name is found however common its words are. */
  private readonly wholeNames = new Postings();
  /** Names by the coarse consonant keys of their words (abjadKey), alone and all together in any order. */
  private readonly abjadKeys = new Postings();
  private readonly wholeAbjadKeys = new Postings(WHOLE_ABJAD_SLOTS);
  private readonly documentFrequency = new Map<string, number>();
  /** One string per distinct word: a million names share a few hundred thousand words. */
  private readonly vocabulary = new Map<string, string>();
  private forms = new Map<string, number>();
  private scores = new Float32Array(0);
  private frozen = false;

  add(entity: ListEntity) {
    if (this.frozen) throw new Error('The index is frozen; build a new one');
    const entityIndex = this.entities.length;
    this.entities.push(entity);
    // One entity often lists one name several times (in another order, case or punctuation): once is enough.
    const seenForms = new Set<number>();
    for (const name of prepareEntityNames(entity)) {
      const form = this.formOf(name);
      if (seenForms.has(form)) continue;
      seenForms.add(form);
      const id = this.prepared.length;
      name.tokens = name.tokens.map((token) => this.intern(token));
      this.prepared.push(name);
      this.building.entity.push(entityIndex);
      this.building.form.push(form);
      this.wholeNames.add(wholeKey(name), id);
      const seen = new Set<string>();
      const keys: string[] = [];
      for (const token of name.tokens) {
        if (!seen.has(token)) {
          seen.add(token);
          this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
        }
        this.words.add(token, id);
        if (token.startsWith(TERM_PREFIX)) continue;
        const side = tokenSide(token);
        if (side.phonetic.length >= 3) this.sounds.add(side.phonetic, id);
        if (side.skeleton.length >= 3) this.skeletons.add(side.skeleton, id);
        for (const slot of trigramSlots(token)) this.grams.addAt(slot, id);
        const key = abjadKeyOf(side);
        keys.push(key);
        if (key.length >= 2) this.abjadKeys.add(key, id);
      }
      this.wholeAbjadKeys.addAt(wholeAbjadSlot(keys), id);
    }
  }

  private intern(token: string): string {
    const known = this.vocabulary.get(token);
    if (known !== undefined) return known;
    this.vocabulary.set(token, token);
    return token;
  }

  private formOf(name: PreparedName): number {
    // Trade words spelt alike can name a company (see compareNames): their spellings are part of the form.
    const spelt = name.tokens.some((token) => token.startsWith(TERM_PREFIX))
      ? `|${[...(name.surfaces ?? [])].sort().join(' ')}`
      : '';
    const key = `${name.type}|${name.family === 'abjad' ? 'a' : ''}|${wholeKey(name)}|${name.legalForms.map((form) => form.form.category).join(' ')}${spelt}`;
    let form = this.forms.get(key);
    if (form === undefined) {
      form = this.forms.size;
      this.forms.set(key, form);
    }
    return form;
  }

  freeze() {
    if (this.frozen) return;
    for (const postings of [
      this.words,
      this.sounds,
      this.skeletons,
      this.grams,
      this.wholeNames,
      this.abjadKeys,
      this.wholeAbjadKeys,
    ])
      postings.freeze();
    this.nameEntity = Int32Array.from(this.building.entity);
    this.nameForm = Int32Array.from(this.building.form);
    this.building = { entity: [], form: [] };
    this.forms = new Map();
    this.vocabulary.clear();
    this.scores = new Float32Array(this.prepared.length);
    this.frozen = true;
  }

  get size() {
    return { entities: this.entities.length, names: this.prepared.length };
  }

  private readonly weights = new Map<string, number>();

  /** Rare words weigh more: the weight of a word falls with the share of names that contain it. */
  readonly weightOf: TokenWeight = (token) => {
    const known = this.weights.get(token);
    if (known !== undefined) return known;
    const base = defaultTokenWeight(token);
    const df = this.documentFrequency.get(token);
    if (!df) return base;
    const total = this.prepared.length + 1;
    const rarity = Math.log(total / df) / Math.log(total);
    const weight = base * (0.35 + 0.65 * Math.min(1, Math.max(0, rarity)));
    if (this.frozen) this.weights.set(token, weight);
    return weight;
  };

  /** Keys found in more names than this are too common to gather candidates by. */
  private commonLimit(share: number) {
    return Math.max(200, this.prepared.length * share);
  }

  private gather(query: PreparedQuery, want: number): number[] {
    if (!this.frozen) this.freeze();
    const scores = this.scores;
    const touched: number[] = [];
    const wordLimit = this.commonLimit(0.05);
    const gramLimit = this.commonLimit(0.01);
    const bump = (postings: Postings, key: string | number, amount: number, limit = wordLimit) => {
      const slot = typeof key === 'number' ? key : postings.slotOf(key);
      if (slot < 0) return;
      const starts = postings.starts;
      const names = postings.names;
      const from = starts[slot] ?? 0;
      const to = starts[slot + 1] ?? 0;
      if (to - from > limit) return;
      for (let i = from; i < to; i++) {
        const id = names[i] ?? 0;
        const score = scores[id] ?? 0;
        if (score === 0) touched.push(id);
        scores[id] = score + amount;
      }
    };
    for (const name of query.names) {
      // The name itself, whatever its words: two common words ("Mohammed Ali") are too common to gather by.
      bump(this.wholeNames, wholeKey(name), name.tokens.length, Number.POSITIVE_INFINITY);
      // Words the lists know are looked up directly; unknown words (typos, other romanisations, syllables of
      // Chinese or Korean names) through the trigrams of the words they may stand for.
      const unknown: string[] = [];
      for (const token of name.tokens) {
        const weight = this.weightOf(token);
        const known = this.words.slotOf(token) >= 0;
        bump(this.words, token, weight);
        if (token.startsWith(TERM_PREFIX)) continue;
        const side = tokenSide(token);
        if (side.phonetic.length >= 3) bump(this.sounds, side.phonetic, weight * 0.8);
        // Pinyin "ch" is never "kh".
        const guttural = name.family === 'syllabic' ? null : gutturalOf(side);
        if (guttural !== null && guttural.length >= 3) bump(this.sounds, guttural, weight * 0.8);
        // Written in an abjad, a word's consonants are most of what it says.
        if (side.skeleton.length >= 3)
          bump(this.skeletons, side.skeleton, weight * (name.family === 'abjad' ? 0.9 : 0.6));
        if (!known || name.family === 'syllabic' || name.family === 'abjad') unknown.push(token);
      }
      if (name.family === 'abjad') this.gatherAbjad(name, bump);
      if (name.family === 'syllabic') this.gatherSyllables(name, bump);
      if (unknown.length > 0) {
        const text = name.family === 'syllabic' ? unknown.join('') : unknown.join(' ');
        const grams = text.split(' ').flatMap(trigramSlots);
        for (const slot of grams) bump(this.grams, slot, 1 / grams.length, gramLimit);
      }
    }
    // Only names scoring at least 40 % of the best are worth sorting (measured: a lower floor finds no more).
    let best = 0;
    for (const id of touched) {
      const score = scores[id] ?? 0;
      if (score > best) best = score;
    }
    const cutoff = cutoffFor(scores, touched, best, want);
    const chosen = touched.filter((id) => (scores[id] ?? 0) >= cutoff);
    chosen.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    for (const id of touched) scores[id] = 0;
    return chosen.slice(0, want);
  }

  /**
   * A name written in an abjad gathers by the coarse consonant keys of its words (abjadKey), each word also
   * without the Arabic article joined to it, and by all its keys together in any order.
   */
  private gatherAbjad(
    name: PreparedName,
    bump: (postings: Postings, key: string | number, amount: number, limit?: number) => void,
  ) {
    const keys: string[] = [];
    const split: string[] = [];
    for (const token of name.tokens) {
      if (token.startsWith(TERM_PREFIX)) continue;
      const weight = this.weightOf(token);
      const key = abjadKeyOf(tokenSide(token));
      keys.push(key);
      if (key.length >= 2) bump(this.abjadKeys, key, weight * 0.9);
      if (token.length >= 5 && token.startsWith('al')) {
        const bare = abjadKeyOf(tokenSide(token.slice(2)));
        split.push('l', bare);
        if (bare.length >= 2 && bare !== key) bump(this.abjadKeys, bare, weight * 0.9);
      } else split.push(key);
    }
    const whole = wholeAbjadSlot(keys);
    bump(this.wholeAbjadKeys, whole, name.tokens.length, Number.POSITIVE_INFINITY);
    const wholeSplit = wholeAbjadSlot(split);
    if (wholeSplit !== whole)
      bump(this.wholeAbjadKeys, wholeSplit, name.tokens.length, Number.POSITIVE_INFINITY);
  }

  /**
   * Chinese and Korean names are syllables, which Latin names join into words freely ("tian lang" Tianlang):
   * runs of two to four syllables are looked up as words.
   */
  private gatherSyllables(
    name: PreparedName,
    bump: (postings: Postings, key: string, amount: number, limit?: number) => void,
  ) {
    const tokens = name.tokens;
    for (let from = 0; from < tokens.length - 1; from++) {
      let joined = tokens[from] ?? '';
      if (joined.startsWith(TERM_PREFIX)) continue;
      for (let to = from + 1; to < Math.min(tokens.length, from + 4); to++) {
        const next = tokens[to] ?? '';
        if (next.startsWith(TERM_PREFIX)) break;
        joined += next;
        if (this.words.slotOf(joined) >= 0) bump(this.words, joined, this.weightOf(joined));
      }
    }
  }

  search(query: PreparedQuery, options: SearchOptions): SearchResult[] {
    // The best-gathered names, grouped by entity, for the first `candidates` entities: the same person is
    // often listed several times (OFAC, the CSL copy of it, the UN), each with many names.
    // Names from an abjad gather by consonants alone, which many names share: more of them are scored.
    const abjad = query.names.some((name) => name.family === 'abjad');
    const wanted = (options.candidates ?? DEFAULT_CANDIDATES) * (abjad ? 3 : 1);
    const byEntity = new Map<number, number[]>();
    for (const nameId of this.gather(query, wanted * 8)) {
      const entity = this.nameEntity[nameId] ?? -1;
      const list = byEntity.get(entity);
      if (list) list.push(nameId);
      else if (byEntity.size < wanted) byEntity.set(entity, [nameId]);
    }
    // Names of one form compare alike: each is compared once per query name, and the comparison reused.
    const compared = new Map<string, NameComparison>();
    const formOf = new Map<PreparedName, number>();
    const compare = (q: PreparedName, c: PreparedName) => {
      const key = `${query.names.indexOf(q)}:${formOf.get(c) ?? -1}`;
      const known = compared.get(key);
      if (known) return known.candidate === c.text ? known : { ...known, candidate: c.text };
      const comparison = compareNames(q, c, this.weightOf);
      compared.set(key, comparison);
      return comparison;
    };
    const results: SearchResult[] = [];
    for (const [entityIndex, names] of byEntity) {
      const entity = this.entities[entityIndex];
      if (!entity || (options.filter && !options.filter(entity))) continue;
      const prepared: PreparedName[] = [];
      for (const id of names) {
        const name = this.prepared[id];
        if (!name) continue;
        formOf.set(name, this.nameForm[id] ?? -1);
        prepared.push(name);
      }
      const score = scoreEntity(query, entity, prepared, this.weightOf, compare);
      if (score && score.score >= options.threshold) results.push({ ...score, entity });
    }
    results.sort((a, b) => b.score - a.score);
    return results.slice(0, options.limit);
  }
}
