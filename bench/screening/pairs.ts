import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import type { CountryProfile } from '../data/profile.ts';
import { EGYPT, EMIRATES, SAUDI_ARABIA } from '../data/profiles-arabic.ts';
import { CHINA } from '../data/profiles-cjk.ts';
import { RUSSIA, UKRAINE } from '../data/profiles-cyrillic.ts';
import { TURKIYE } from '../data/profiles-europe.ts';
import { INDIA, VIETNAM } from '../data/profiles-world.ts';
import { createRng } from '../data/rng.ts';
import { type Labelled, nameKey, type Split, splitOf } from './dev-set.ts';

/** Two names and whether they name the same party: what `tradeguard compare` and /api/v1/compare judge. */
export interface LabelledPair {
  kind: string;
  split: Split;
  schema: ListEntity['schema'];
  left: string;
  right: string;
  match: boolean;
}

// Suppliers written in their own script with the Latin name they use abroad (written by the supplier-file
// generator, not for the matcher): cross-script pairs of companies and people the engine was not tuned on.
const CROSS_SCRIPT: CountryProfile[] = [
  CHINA,
  RUSSIA,
  UKRAINE,
  EMIRATES,
  SAUDI_ARABIA,
  EGYPT,
  TURKIYE,
  INDIA,
  VIETNAM,
];

function crossScriptPairs(count: number, seed: number): LabelledPair[] {
  const rng = createRng(seed);
  const pairs: LabelledPair[] = [];
  const seen = new Set<string>();
  const push = (pair: LabelledPair) => {
    const key = `${pair.left}|${pair.right}`;
    if (seen.has(key) || pair.left === pair.right) return;
    seen.add(key);
    pairs.push(pair);
  };
  for (let i = 0; i < count; i++) {
    const profile = rng.pick(CROSS_SCRIPT);
    const split: Split = i % 2 === 0 ? 'dev' : 'held-out';
    const a = profile.supplier(rng).company;
    const b = profile.supplier(rng).company;
    push({
      kind: 'supplier company, own script / Latin',
      split,
      schema: 'Organization',
      left: a.legalName,
      right: a.latin,
      match: true,
    });
    if (nameKey(a.latin) !== nameKey(b.latin))
      push({
        kind: 'two suppliers, own script / Latin',
        split,
        schema: 'Organization',
        left: a.legalName,
        right: b.latin,
        match: false,
      });
    const p = profile.person(rng);
    const q = profile.person(rng);
    const ofac = (person: { first: string; last: string }) => `${person.last.toUpperCase()}, ${person.first}`;
    push({
      kind: 'contact, own script / OFAC order',
      split,
      schema: 'Person',
      left: p.name,
      right: ofac(p),
      match: true,
    });
    if (p.first !== q.first && p.last !== q.last)
      push({
        kind: 'two contacts, own script / OFAC order',
        split,
        schema: 'Person',
        left: p.name,
        right: ofac(q),
        match: false,
      });
  }
  return pairs;
}

/** Two different listed parties whose main names share a word ("BANK MELLI" / "BANK SADERAT"). */
function sharedWordPairs(entities: ListEntity[], count: number, seed: number): LabelledPair[] {
  const rng = createRng(seed);
  const primary = (entity: ListEntity) => entity.names[0]?.value ?? '';
  const byWord = new Map<string, ListEntity[]>();
  for (const entity of entities) {
    for (const word of new Set(nameKey(primary(entity)).split(' '))) {
      if (word.length < 4) continue;
      const list = byWord.get(word) ?? [];
      list.push(entity);
      byWord.set(word, list);
    }
  }
  const words = [...byWord.entries()].filter(([, list]) => list.length >= 2 && list.length <= 200);
  const pairs: LabelledPair[] = [];
  for (let attempt = 0; pairs.length < count && attempt < count * 20; attempt++) {
    const [, list] = rng.pick(words);
    const a = rng.pick(list);
    const b = rng.pick(list);
    const kindOf = (e: ListEntity) => (e.schema === 'Person' ? 'person' : 'other');
    if (a === b || kindOf(a) !== kindOf(b)) continue;
    const aKeys = new Set(a.names.map((name) => nameKey(name.value)));
    if (b.names.some((name) => aKeys.has(nameKey(name.value)))) continue;
    const shared = nameKey(primary(a))
      .split(' ')
      .filter((w) => nameKey(primary(b)).split(' ').includes(w));
    const longer = Math.max(nameKey(primary(a)).split(' ').length, nameKey(primary(b)).split(' ').length);
    // Pairs that differ by one word out of many may well be one party listed twice; they are left out.
    if (longer - shared.length < 1 || shared.length / longer > 0.5) continue;
    pairs.push({
      kind: `two listed ${kindOf(a) === 'person' ? 'persons' : 'companies'} sharing a word`,
      split: splitOf(a.id),
      schema: a.schema,
      left: primary(a),
      right: primary(b),
      match: false,
    });
  }
  return pairs;
}

/** The labelled pairs: every variant with the name it came from, lookalikes, and the pairs above. */
export function buildPairs(set: Labelled[], entities: ListEntity[], seed = 11): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const item of set) {
    if (!item.source) continue;
    if (item.target !== null || item.resembles.length > 0)
      pairs.push({
        kind: item.kind,
        split: item.split,
        schema: item.schema,
        left: item.query,
        right: item.source,
        match: item.target !== null,
      });
  }
  pairs.push(...crossScriptPairs(600, seed), ...sharedWordPairs(entities, 600, seed + 1));
  return pairs;
}
