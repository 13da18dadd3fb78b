import { join } from 'node:path';
import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import { readList } from '../../src/screening/lists/read-list.ts';
import { tokenize } from '../../src/screening/text/tokenize.ts';
import { scriptFamily } from '../../src/screening/text/transliterate.ts';
import { createRng } from '../data/rng.ts';
import { generateSupplierRows } from '../generate-suppliers.ts';
import { commonCompanyName, commonPersonName } from './common-names.ts';
import {
  type Romanisation,
  reRomanised,
  toArabicCompany,
  toChineseCompany,
  toHebrewCompany,
} from './script-variants.ts';
import {
  addMiddle,
  changeLegalForm,
  dropMiddle,
  initialOfGiven,
  lookalike,
  lookalikeCompany,
  ofacOrder,
  reorder,
  toArabic,
  toCyrillic,
  toHebrew,
  typo,
} from './variants.ts';

export const LIST_PATHS = (dataDir: string) => [
  join(dataDir, 'watchlists/ofac-sdn'),
  join(dataDir, 'watchlists/ofac-non-sdn'),
  join(dataDir, 'watchlists/us-csl/consolidated.csv.gz'),
  join(dataDir, 'watchlists/un/UN_consolidated.xml'),
];

export async function loadEntities(paths: string[]): Promise<ListEntity[]> {
  const entities: ListEntity[] = [];
  for (const path of paths) {
    const read = await readList(path);
    if (read.kind !== 'entities') continue;
    for await (const entity of read.entities) entities.push(entity);
  }
  return entities;
}

/** The lists as the index sees them in this test: Latin names only, so other scripts must be matched for real. */
export function latinOnly(entity: ListEntity): ListEntity | null {
  const names = entity.names.filter((name) => {
    const family = scriptFamily(name.value);
    return family === 'latin' || family === 'none';
  });
  return names.length > 0 ? { ...entity, names } : null;
}

/**
 * Entities are split once by a hash of their id: a quarter is held out. Mechanisms are tuned on the dev split
 * only; the held-out split (and the romanisation systems used only there) says whether they generalise.
 */
export type Split = 'dev' | 'held-out';

export function splitOf(id: string): Split {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return (hash >>> 0) % 4 === 0 ? 'held-out' : 'dev';
}

export interface Labelled {
  kind: string;
  split: Split;
  schema: ListEntity['schema'];
  query: string;
  /** The listed entity the query stands for; null for names that are on no list. */
  target: string | null;
  /**
   * Every entity that is the same party as the target: the lists repeat one another (the CSL copies the SDN,
   * the UN and OFAC list the same people), so a hit on any copy is a true hit.
   */
  targets: string[];
  /** For lookalikes: the entities the name was made to resemble (a negative pair). */
  resembles: string[];
  /** The listed name the query was made from (for pair scoring). */
  source: string | null;
}

/** Names compared as sets of words: "UTHMAN, Omar Mahmoud" and "OMAR MAHMOUD UTHMAN" are one name. */
export function nameKey(name: string): string {
  return tokenize(name).sort().join(' ');
}

type Variant = (name: string, entity: ListEntity) => string | null;

const SLAVIC_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'MD', 'RS', 'BG']);
const SLAVIC_NAME = /(ov|ev|ova|eva|in|ina|sky|skiy|enko|uk|chuk|vich|ko)\b/i;
const CHINESE_COUNTRIES = new Set(['CN', 'HK', 'MO', 'TW']);
const ARABIC_COUNTRIES = new Set([
  'IR',
  'IQ',
  'SY',
  'LB',
  'AE',
  'SA',
  'YE',
  'EG',
  'JO',
  'LY',
  'SD',
  'PS',
  'KW',
]);
const DEV_SYSTEMS: Romanisation[] = ['bgn', 'icao', 'german'];
const HELD_OUT_SYSTEMS: Romanisation[] = ['french', 'scholarly'];

/**
 * Builds the labelled development set from the real lists: variants of listed names (positives) of the kinds
 * the issue names, names made to look like listed ones (negative pairs), and names on no list: made-up
 * suppliers and contacts of many countries, common personal names of many cultures, companies of common words.
 */
export function buildDevSet(
  entities: ListEntity[],
  size: { perKind: number; unlisted: number },
  seed = 7,
): Labelled[] {
  const rng = createRng(seed);
  const byKey = new Map<string, string[]>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const key = nameKey(name.value);
      const ids = byKey.get(key);
      if (!ids) byKey.set(key, [entity.id]);
      else if (!ids.includes(entity.id)) ids.push(entity.id);
    }
  }
  const sameParty = (entity: ListEntity) => [
    ...new Set(entity.names.flatMap((name) => byKey.get(nameKey(name.value)) ?? [])),
  ];
  const people = entities.filter((e) => e.schema === 'Person');
  const companies = entities.filter(
    (e) => e.schema !== 'Person' && e.schema !== 'Vessel' && e.schema !== 'Aircraft',
  );
  const primary = (entity: ListEntity) =>
    (entity.names.find((name) => name.kind === 'primary') ?? entity.names[0])?.value ?? '';
  const pool = [
    ...new Set(
      entities.flatMap((e) => primary(e).split(/[\s,]+/)).filter((word) => /^[A-Za-z]{4,}$/.test(word)),
    ),
  ];
  const set: Labelled[] = [];
  const add = (kind: string, from: ListEntity[], variant: Variant, count = size.perKind) => {
    let made = 0;
    for (let attempt = 0; made < count && attempt < count * 30 && from.length > 0; attempt++) {
      const entity = rng.pick(from);
      const source = primary(entity);
      const query = variant(source, entity);
      if (!query || query === source) continue;
      const split = splitOf(entity.id);
      set.push({
        kind,
        split,
        schema: entity.schema,
        query,
        target: entity.id,
        targets: sameParty(entity),
        resembles: [],
        source,
      });
      made++;
    }
  };
  const slavic = people.filter(
    (e) => e.countries.some((c) => SLAVIC_COUNTRIES.has(c)) || SLAVIC_NAME.test(primary(e)),
  );
  const chinese = companies.filter((e) => e.countries.some((c) => CHINESE_COUNTRIES.has(c)));
  const arabic = companies.filter((e) => e.countries.some((c) => ARABIC_COUNTRIES.has(c)));
  add('reordered', people, reorder);
  add('OFAC order', people, ofacOrder);
  add('typo', [...people, ...companies], (name) => typo(name, rng));
  add('middle dropped', people, dropMiddle);
  add('middle added', people, (name) => addMiddle(name, rng));
  add('initial', people, initialOfGiven);
  add('legal form', companies, (name) => changeLegalForm(name, rng));
  add('Cyrillic', [...people, ...companies], toCyrillic);
  add('romanised again', slavic, (name, entity) =>
    reRomanised(name, rng.pick(splitOf(entity.id) === 'dev' ? DEV_SYSTEMS : HELD_OUT_SYSTEMS)),
  );
  add('Arabic', people, toArabic);
  add('Hebrew', people, toHebrew);
  add('Chinese company', chinese, (name) => toChineseCompany(name, rng));
  add('Arabic company', arabic, toArabicCompany);
  add('Hebrew company', companies, toHebrewCompany);
  // Names the lists give in another script: the index holds only the Latin ones.
  for (const entity of entities) {
    for (const name of entity.names) {
      const family = scriptFamily(name.value);
      if (
        family !== 'latin' &&
        family !== 'none' &&
        entity.names.some((n) => scriptFamily(n.value) === 'latin')
      ) {
        set.push({
          kind: `original script (${family})`,
          split: splitOf(entity.id),
          schema: entity.schema,
          query: name.value,
          target: entity.id,
          targets: sameParty(entity),
          resembles: [],
          source: primary(entity),
        });
      }
    }
  }
  const addLookalikes = (kind: string, from: ListEntity[], make: (name: string) => string | null) => {
    let made = 0;
    for (let attempt = 0; made < size.perKind && attempt < size.perKind * 40; attempt++) {
      const entity = rng.pick(from);
      const query = make(primary(entity));
      if (!query || byKey.has(nameKey(query))) continue;
      set.push({
        kind,
        split: splitOf(entity.id),
        schema: entity.schema,
        query,
        target: null,
        targets: [],
        resembles: sameParty(entity),
        source: primary(entity),
      });
      made++;
    }
  };
  addLookalikes('lookalike person', people, (name) => lookalike(name, rng, pool));
  addLookalikes('lookalike company', companies, (name) => lookalikeCompany(name, rng, pool));
  const unlisted = (kind: string, schema: ListEntity['schema'], query: string, i: number) => {
    if (!query || byKey.has(nameKey(query))) return;
    const split: Split = i % 2 === 0 ? 'dev' : 'held-out';
    set.push({ kind, split, schema, query, target: null, targets: [], resembles: [], source: null });
  };
  generateSupplierRows({ rows: size.unlisted, seed: 99 }).forEach((row, i) => {
    unlisted('unlisted company', 'Organization', row[0] ?? '', i);
    unlisted('unlisted person', 'Person', row[8] ?? '', i);
  });
  for (let i = 0; i < size.unlisted; i++) {
    const person = commonPersonName(rng);
    unlisted('unlisted common person', 'Person', i % 3 === 0 ? (ofacOrder(person) ?? person) : person, i);
    unlisted('unlisted common company', 'Organization', commonCompanyName(rng), i);
  }
  return set;
}
