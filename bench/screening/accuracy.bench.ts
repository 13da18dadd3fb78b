import { sharedDataPath } from '../../src/platform/testing/shared-data.ts';
import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import { defaultTokenWeight } from '../../src/screening/match/compare-names.ts';
import { prepareEntityNames, prepareQuery, scoreEntity } from '../../src/screening/match/score-entity.ts';
import { ScreeningIndex } from '../../src/screening/match/screening-index.ts';
import { DEFAULT_THRESHOLD } from '../../src/screening/match-query.model.ts';
import { currentCommand, describeMachine } from '../lib/machine.ts';
import { buildDevSet, type Labelled, LIST_PATHS, latinOnly, loadEntities, type Split } from './dev-set.ts';
import { buildPairs, type LabelledPair } from './pairs.ts';

const THRESHOLDS = [0.7, 0.75, 0.8, 0.85, 0.9];
const SPLITS: Split[] = ['dev', 'held-out'];

function ratio(a: number, b: number) {
  return b === 0 ? 0 : a / b;
}

function f1(precision: number, recall: number) {
  return ratio(2 * precision * recall, precision + recall);
}

interface Outcome {
  item: Labelled;
  targetScore: number;
  resembledScore: number;
  bestScore: number;
}

const query = (schema: ListEntity['schema'], name: string) =>
  prepareQuery({ schema, names: [name], birthDates: [], countries: [], identifiers: [], gender: null });

/** A pair scored as `tradeguard compare` scores it: two parties, the default word weights. */
export function scorePair(pair: LabelledPair): number {
  const entity: ListEntity = {
    id: 'right',
    source: 'opensanctions',
    schema: pair.schema,
    names: [{ value: pair.right, kind: 'primary', lang: null }],
    birthDates: [],
    countries: [],
    identifiers: [],
    gender: null,
    programs: [],
    addresses: [],
    listedOn: null,
    remarks: null,
  };
  return (
    scoreEntity(query(pair.schema, pair.left), entity, prepareEntityNames(entity), defaultTokenWeight)
      ?.score ?? 0
  );
}

function screeningRows(outcomes: Outcome[]) {
  return THRESHOLDS.map((threshold) => {
    const positives = outcomes.filter((o) => o.item.target !== null);
    const tp = positives.filter((o) => o.targetScore >= threshold).length;
    const lookalikes = outcomes.filter((o) => o.item.kind.startsWith('lookalike'));
    const fpLookalike = lookalikes.filter((o) => o.resembledScore >= threshold).length;
    const unlisted = outcomes.filter((o) => o.item.kind.startsWith('unlisted'));
    const fpUnlisted = unlisted.filter((o) => o.bestScore >= threshold).length;
    const precision = ratio(tp, tp + fpLookalike + fpUnlisted);
    const recall = ratio(tp, positives.length);
    return {
      threshold,
      recall,
      precision,
      f1: f1(precision, recall),
      lookalikeFP: ratio(fpLookalike, lookalikes.length),
      unlistedFP: ratio(fpUnlisted, unlisted.length),
    };
  });
}

function pairRows(pairs: { pair: LabelledPair; score: number }[]) {
  return THRESHOLDS.map((threshold) => {
    const tp = pairs.filter((p) => p.pair.match && p.score >= threshold).length;
    const fp = pairs.filter((p) => !p.pair.match && p.score >= threshold).length;
    const positives = pairs.filter((p) => p.pair.match).length;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, positives);
    return { threshold, pairs: pairs.length, recall, precision, f1: f1(precision, recall) };
  });
}

function byKind<T extends { kind: string }>(
  items: T[],
  hit: (item: T) => boolean,
  positive: (item: T) => boolean,
) {
  const kinds = [...new Set(items.map((item) => item.kind))];
  return kinds.map((kind) => {
    const of = items.filter((item) => item.kind === kind);
    const isPositive = of[0] ? positive(of[0]) : true;
    return {
      kind,
      count: of.length,
      measure: isPositive ? 'recall' : 'false positives',
      value: ratio(of.filter(hit).length, of.length),
    };
  });
}

export async function runAccuracyBenchmark(options: { perKind?: number; unlisted?: number } = {}) {
  const started = performance.now();
  const entities = await loadEntities(LIST_PATHS(sharedDataPath()));
  const index = new ScreeningIndex();
  for (const entity of entities) {
    const latin = latinOnly(entity);
    if (latin) index.add(latin);
  }
  index.freeze();
  const set = buildDevSet(entities, { perKind: options.perKind ?? 300, unlisted: options.unlisted ?? 1500 });
  const pairs = buildPairs(set, entities);
  const loadSeconds = (performance.now() - started) / 1000;

  const searchStarted = performance.now();
  const outcomes: Outcome[] = set.map((item) => {
    const results = index.search(query(item.schema, item.query), { limit: 10, threshold: 0.5 });
    const best = (ids: string[]) =>
      Math.max(
        0,
        ...results.filter((result) => ids.includes(result.entity.id)).map((result) => result.score),
      );
    return {
      item,
      targetScore: best(item.targets),
      resembledScore: best(item.resembles),
      bestScore: results[0]?.score ?? 0,
    };
  });
  const perSecond = set.length / ((performance.now() - searchStarted) / 1000);
  const scored = pairs.map((pair) => ({ pair, score: scorePair(pair) }));

  const splits = SPLITS.map((split) => {
    const of = outcomes.filter((o) => o.item.split === split);
    const pairsOf = scored.filter((p) => p.pair.split === split);
    return {
      split,
      screening: screeningRows(of),
      pairs: pairRows(pairsOf),
      kinds: byKind(
        of.map((o) => ({ ...o, kind: o.item.kind })),
        (o) =>
          (o.item.target !== null
            ? o.targetScore
            : o.item.resembles.length > 0
              ? o.resembledScore
              : o.bestScore) >= DEFAULT_THRESHOLD,
        (o) => o.item.target !== null,
      ),
      pairKinds: byKind(
        pairsOf.map((p) => ({ ...p, kind: `pair: ${p.pair.kind}` })),
        (p) => p.score >= DEFAULT_THRESHOLD,
        (p) => p.pair.match,
      ),
    };
  });
  const filter = process.env.MISSES;
  const misses = outcomes
    .filter((o) =>
      o.item.target !== null
        ? o.targetScore < DEFAULT_THRESHOLD
        : Math.max(o.resembledScore, o.item.resembles.length > 0 ? 0 : o.bestScore) >= DEFAULT_THRESHOLD,
    )
    .filter((o) => !filter || o.item.kind.includes(filter))
    .slice(0, Number(process.env.MISSES_SHOWN ?? 0))
    .map(
      (o) =>
        `${o.item.kind} [${o.item.split}]: "${o.item.query}" ← "${o.item.source ?? ''}" (target ${o.targetScore.toFixed(2)}, best ${o.bestScore.toFixed(2)})`,
    );
  const pairErrors = scored
    .filter((p) => p.score >= DEFAULT_THRESHOLD !== p.pair.match)
    .filter((p) => !filter || p.pair.kind.includes(filter))
    .slice(0, Number(process.env.MISSES_SHOWN ?? 0))
    .map(
      (p) =>
        `pair ${p.pair.kind} [${p.pair.match}]: "${p.pair.left}" / "${p.pair.right}" ${p.score.toFixed(2)}`,
    );
  return {
    machine: describeMachine(),
    command: currentCommand(),
    entities: entities.length,
    indexed: index.size,
    labelled: set.length,
    labelledPairs: pairs.length,
    loadSeconds,
    screeningsPerSecond: perSecond,
    splits,
    misses: [...misses, ...pairErrors],
  };
}

const rounded = <T extends object>(rows: T[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]),
    ),
  );

if (import.meta.main) {
  const result = await runAccuracyBenchmark();
  const { machine, command, entities, indexed, labelled, labelledPairs } = result;
  console.log(JSON.stringify({ machine, command, entities, indexed, labelled, labelledPairs }, null, 1));
  for (const split of result.splits) {
    console.log(`\n== ${split.split}: screening against the index (queries) | labelled pairs (compare) ==`);
    console.table(
      rounded(
        split.screening.map((row, i) => ({
          ...row,
          pairRecall: split.pairs[i]?.recall ?? 0,
          pairPrecision: split.pairs[i]?.precision ?? 0,
          pairF1: split.pairs[i]?.f1 ?? 0,
        })),
      ),
    );
  }
  const [dev, heldOut] = result.splits;
  const kinds = (rows: { kind: string; count: number; measure: string; value: number }[] = []) =>
    new Map(rows.map((row) => [row.kind, row]));
  const devKinds = kinds([...(dev?.kinds ?? []), ...(dev?.pairKinds ?? [])]);
  const heldKinds = kinds([...(heldOut?.kinds ?? []), ...(heldOut?.pairKinds ?? [])]);
  console.log(`\nBy kind at the default threshold ${DEFAULT_THRESHOLD}:`);
  console.table(
    [...devKinds.values()].map((row) => ({
      kind: row.kind,
      measure: row.measure,
      dev: Number(row.value.toFixed(3)),
      devCount: row.count,
      heldOut: Number((heldKinds.get(row.kind)?.value ?? Number.NaN).toFixed(3)),
      heldOutCount: heldKinds.get(row.kind)?.count ?? 0,
    })),
  );
  console.log(`screenings/s (single thread, during evaluation): ${result.screeningsPerSecond.toFixed(0)}`);
  console.log(result.misses.join('\n'));
}
