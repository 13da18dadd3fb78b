import type { ListEntity } from '../list-entity.model.ts';
import { TERM_PREFIX } from '../text/phrases.ts';
import { compareNames, defaultTokenWeight, type NameComparison, type TokenWeight } from './compare-names.ts';
import type { PreparedName } from './prepare-name.ts';
import { type EntityScore, type PreparedQuery, prepareEntityNames, scoreEntity } from './score-entity.ts';
import { tokenSide } from './token-similarity.ts';

/** Character trigrams of a name written without spaces, with boundary marks: typos still share most. */
function trigrams(text: string): string[] {
  const padded = `^${text}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

class Postings {
  private readonly lists = new Map<string, number[]>();
  private frozen = new Map<string, Int32Array>();

  add(key: string, id: number) {
    let list = this.lists.get(key);
    if (!list) {
      list = [];
      this.lists.set(key, list);
    }
    if (list[list.length - 1] !== id) list.push(id);
  }

  /** Turns the lists into typed arrays: a third of the memory, and faster to walk. */
  freeze() {
    for (const [key, list] of this.lists) this.frozen.set(key, Int32Array.from(list));
    this.lists.clear();
  }

  get(key: string): Int32Array | undefined {
    return this.frozen.get(key);
  }

  get size() {
    return this.frozen.size;
  }
}

export interface IndexedName {
  entity: number;
  prepared: PreparedName;
  /** Names with the same words (the CSL repeats the SDN, lists repeat one another) share one form number. */
  form: number;
}

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
  private entityNames: PreparedName[][] = [];
  private readonly names: IndexedName[] = [];
  private readonly words = new Postings();
  private readonly sounds = new Postings();
  private readonly skeletons = new Postings();
  private readonly grams = new Postings();
  private readonly documentFrequency = new Map<string, number>();
  private scores = new Float32Array(0);
  private frozen = false;

  add(entity: ListEntity) {
    if (this.frozen) throw new Error('The index is frozen; build a new one');
    const entityIndex = this.entities.length;
    this.entities.push(entity);
    // One entity often lists one name several times (in another order, case or punctuation): once is enough.
    const seenForms = new Set<number>();
    const prepared = prepareEntityNames(entity).filter((name) => {
      const form = this.formOf(name);
      if (seenForms.has(form)) return false;
      seenForms.add(form);
      return true;
    });
    this.entityNames.push(prepared);
    for (const name of prepared) {
      const id = this.names.length;
      this.names.push({ entity: entityIndex, prepared: name, form: this.formOf(name) });
      const seen = new Set<string>();
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
      }
      for (const token of name.tokens) {
        if (!token.startsWith(TERM_PREFIX)) for (const gram of trigrams(token)) this.grams.add(gram, id);
      }
    }
  }

  private readonly forms = new Map<string, number>();

  private formOf(name: PreparedName): number {
    const key = `${name.type}|${name.family === 'abjad' ? 'a' : ''}|${[...name.tokens].sort().join(' ')}|${name.legalForms.map((form) => form.form.category).join(' ')}`;
    let form = this.forms.get(key);
    if (form === undefined) {
      form = this.forms.size;
      this.forms.set(key, form);
    }
    return form;
  }

  freeze() {
    this.words.freeze();
    this.sounds.freeze();
    this.skeletons.freeze();
    this.grams.freeze();
    this.scores = new Float32Array(this.names.length);
    this.frozen = true;
  }

  get size() {
    return { entities: this.entities.length, names: this.names.length };
  }

  private readonly weights = new Map<string, number>();

  /** Rare words weigh more: the weight of a word falls with the share of names that contain it. */
  readonly weightOf: TokenWeight = (token) => {
    const known = this.weights.get(token);
    if (known !== undefined) return known;
    const base = defaultTokenWeight(token);
    const df = this.documentFrequency.get(token);
    if (!df) return base;
    const total = this.names.length + 1;
    const rarity = Math.log(total / df) / Math.log(total);
    const weight = base * (0.35 + 0.65 * Math.min(1, Math.max(0, rarity)));
    if (this.frozen) this.weights.set(token, weight);
    return weight;
  };

  /** Keys found in more names than this are too common to gather candidates by. */
  private commonLimit(share: number) {
    return Math.max(200, this.names.length * share);
  }

  private gather(query: PreparedQuery, want: number): number[] {
    if (!this.frozen) this.freeze();
    const scores = this.scores;
    const touched: number[] = [];
    const wordLimit = this.commonLimit(0.05);
    const gramLimit = this.commonLimit(0.01);
    const bump = (list: Int32Array | undefined, amount: number, limit = wordLimit) => {
      if (!list || list.length > limit) return;
      for (let i = 0; i < list.length; i++) {
        const id = list[i] ?? 0;
        if (scores[id] === 0) touched.push(id);
        scores[id] = (scores[id] ?? 0) + amount;
      }
    };
    for (const name of query.names) {
      // Words the lists know are looked up directly; unknown words (typos, other romanisations, syllables of
      // Chinese or Korean names) through the trigrams of the words they may stand for.
      const unknown: string[] = [];
      for (const token of name.tokens) {
        const weight = this.weightOf(token);
        const exact = this.words.get(token);
        bump(exact, weight);
        if (token.startsWith(TERM_PREFIX)) continue;
        const side = tokenSide(token);
        const sound = side.phonetic.length >= 3 ? this.sounds.get(side.phonetic) : undefined;
        const skeleton = side.skeleton.length >= 3 ? this.skeletons.get(side.skeleton) : undefined;
        bump(sound, weight * 0.8);
        // Written in an abjad, a word's consonants are most of what it says.
        bump(skeleton, weight * (name.family === 'abjad' ? 0.9 : 0.6));
        if (!exact || name.family === 'syllabic' || name.family === 'abjad') unknown.push(token);
      }
      if (unknown.length > 0) {
        const text = name.family === 'syllabic' ? unknown.join('') : unknown.join(' ');
        const grams = text.split(' ').flatMap(trigrams);
        for (const gram of grams) bump(this.grams.get(gram), 1 / grams.length, gramLimit);
      }
    }
    // Only names scoring at least a quarter of the best are worth sorting.
    let best = 0;
    for (const id of touched) best = Math.max(best, scores[id] ?? 0);
    const chosen = touched.filter((id) => (scores[id] ?? 0) >= best * 0.25);
    chosen.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
    for (const id of touched) scores[id] = 0;
    return chosen.slice(0, want);
  }

  search(query: PreparedQuery, options: SearchOptions): SearchResult[] {
    // The best-gathered names, grouped by entity, for the first `candidates` entities: the same person is
    // often listed several times (OFAC, the CSL copy of it, the UN), each with many names.
    const wanted = options.candidates ?? 40;
    const byEntity = new Map<number, IndexedName[]>();
    for (const nameId of this.gather(query, wanted * 8)) {
      const name = this.names[nameId];
      if (!name) continue;
      const list = byEntity.get(name.entity);
      if (list) list.push(name);
      else if (byEntity.size < wanted) byEntity.set(name.entity, [name]);
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
      for (const name of names) formOf.set(name.prepared, name.form);
      const score = scoreEntity(
        query,
        entity,
        names.map((name) => name.prepared),
        this.weightOf,
        compare,
      );
      if (score && score.score >= options.threshold) results.push({ ...score, entity });
    }
    results.sort((a, b) => b.score - a.score);
    return results.slice(0, options.limit);
  }
}
