import { join } from 'node:path';
import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import { readList } from '../../src/screening/lists/read-list.ts';
import { scriptFamily } from '../../src/screening/text/transliterate.ts';
import { createRng } from '../data/rng.ts';
import { generateSupplierRows } from '../generate-suppliers.ts';
import {
  addMiddle,
  changeLegalForm,
  dropMiddle,
  initialOfGiven,
  lookalike,
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

export interface Labelled {
  kind: string;
  schema: ListEntity['schema'];
  query: string;
  /** The listed entity the query stands for; null for names that are on no list. */
  target: string | null;
  /** For lookalikes: the entity the name was made to resemble (a negative pair). */
  resembles: string | null;
}

type Variant = (name: string) => string | null;

/**
 * Builds the labelled development set from the real lists: variants of listed names (positives) of the kinds
 * the issue names, names that were made to look like listed ones (negative pairs), and names of made-up
 * suppliers and contacts that are on no list.
 */
export function buildDevSet(
  entities: ListEntity[],
  size: { perKind: number; unlisted: number },
  seed = 7,
): Labelled[] {
  const rng = createRng(seed);
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
  const add = (kind: string, from: ListEntity[], variant: Variant) => {
    let made = 0;
    for (let attempt = 0; made < size.perKind && attempt < size.perKind * 20; attempt++) {
      const entity = rng.pick(from);
      const query = variant(primary(entity));
      if (!query || query === primary(entity)) continue;
      set.push({ kind, schema: entity.schema, query, target: entity.id, resembles: null });
      made++;
    }
  };
  add('reordered', people, reorder);
  add('typo', [...people, ...companies], (name) => typo(name, rng));
  add('middle dropped', people, dropMiddle);
  add('middle added', people, (name) => addMiddle(name, rng));
  add('initial', people, initialOfGiven);
  add('legal form', companies, (name) => changeLegalForm(name, rng));
  add('Cyrillic', [...people, ...companies], toCyrillic);
  add('Arabic', people, toArabic);
  add('Hebrew', [...people, ...companies], toHebrew);
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
          schema: entity.schema,
          query: name.value,
          target: entity.id,
          resembles: null,
        });
      }
    }
  }
  let lookalikes = 0;
  for (let attempt = 0; lookalikes < size.perKind * 2 && attempt < size.perKind * 40; attempt++) {
    const entity = rng.pick([...people, ...companies]);
    const query = lookalike(primary(entity), rng, pool);
    if (!query) continue;
    set.push({ kind: 'lookalike', schema: entity.schema, query, target: null, resembles: entity.id });
    lookalikes++;
  }
  const rows = generateSupplierRows({ rows: size.unlisted, seed: 99 });
  for (const row of rows) {
    if (row[0])
      set.push({
        kind: 'unlisted company',
        schema: 'Organization',
        query: row[0],
        target: null,
        resembles: null,
      });
    if (row[8])
      set.push({ kind: 'unlisted person', schema: 'Person', query: row[8], target: null, resembles: null });
  }
  return set;
}
