import { sharedDataPath } from '../../src/platform/testing/shared-data.ts';
import { prepareQuery } from '../../src/screening/match/score-entity.ts';
import { ScreeningIndex } from '../../src/screening/match/screening-index.ts';
import { DEFAULT_THRESHOLD } from '../../src/screening/match-query.model.ts';
import { currentCommand, describeMachine } from '../lib/machine.ts';
import { buildDevSet, LIST_PATHS, latinOnly, loadEntities } from './dev-set.ts';

const THRESHOLDS = [0.7, 0.75, 0.8, 0.85, 0.9];

function ratio(a: number, b: number) {
  return b === 0 ? 0 : a / b;
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
  const loadSeconds = (performance.now() - started) / 1000;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  const searchStarted = performance.now();
  const outcomes = set.map((item) => {
    const results = index.search(
      prepareQuery({
        schema: item.schema,
        names: [item.query],
        birthDates: [],
        countries: [],
        identifiers: [],
        gender: null,
      }),
      { limit: 10, threshold: 0.5 },
    );
    return {
      item,
      targetScore: results.find((result) => result.entity.id === item.target)?.score ?? 0,
      resembledScore: results.find((result) => result.entity.id === item.resembles)?.score ?? 0,
      bestScore: results[0]?.score ?? 0,
    };
  });
  const perSecond = set.length / ((performance.now() - searchStarted) / 1000);

  const rows = THRESHOLDS.map((threshold) => {
    const positives = outcomes.filter((o) => o.item.target !== null);
    const tp = positives.filter((o) => o.targetScore >= threshold).length;
    const lookalikes = outcomes.filter((o) => o.item.kind === 'lookalike');
    const fpPairs = lookalikes.filter((o) => o.resembledScore >= threshold).length;
    const unlisted = outcomes.filter((o) => o.item.kind.startsWith('unlisted'));
    const fpUnlisted = unlisted.filter((o) => o.bestScore >= threshold).length;
    const precision = ratio(tp, tp + fpPairs);
    const recall = ratio(tp, positives.length);
    return {
      threshold,
      recall,
      precision,
      f1: ratio(2 * precision * recall, precision + recall),
      lookalikeFalsePositives: ratio(fpPairs, lookalikes.length),
      unlistedFalsePositives: ratio(fpUnlisted, unlisted.length),
    };
  });
  const kinds = [...new Set(set.map((item) => item.kind))];
  const byKind = kinds.map((kind) => {
    const of = outcomes.filter((o) => o.item.kind === kind);
    const positive = of[0]?.item.target !== null;
    const hits = of.filter((o) =>
      positive
        ? o.targetScore >= DEFAULT_THRESHOLD
        : (o.item.resembles ? o.resembledScore : o.bestScore) >= DEFAULT_THRESHOLD,
    ).length;
    return {
      kind,
      count: of.length,
      measure: positive ? 'recall' : 'false positives',
      value: ratio(hits, of.length),
    };
  });
  const misses = outcomes
    .filter((o) => o.item.target !== null && o.targetScore < DEFAULT_THRESHOLD)
    .filter((o) => !process.env.MISSES || o.item.kind.includes(process.env.MISSES))
    .slice(0, Number(process.env.MISSES_SHOWN ?? 15))
    .map((o) => {
      const entity = byId.get(o.item.target ?? '');
      return `${o.item.kind}: "${o.item.query}" → ${o.item.target} ${entity?.names
        .map((n) => n.value)
        .slice(0, 3)
        .join(' / ')} (${o.targetScore.toFixed(2)})`;
    });
  return {
    machine: describeMachine(),
    command: currentCommand(),
    entities: entities.length,
    indexed: index.size,
    labelled: set.length,
    loadSeconds,
    screeningsPerSecond: perSecond,
    rows,
    byKind,
    misses,
  };
}

if (import.meta.main) {
  const result = await runAccuracyBenchmark();
  console.log(
    JSON.stringify(
      {
        machine: result.machine,
        command: result.command,
        entities: result.entities,
        indexed: result.indexed,
        labelled: result.labelled,
      },
      null,
      1,
    ),
  );
  console.table(
    result.rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]),
      ),
    ),
  );
  console.table(result.byKind.map((row) => ({ ...row, value: Number(row.value.toFixed(4)) })));
  console.log(`screenings/s (single thread, during evaluation): ${result.screeningsPerSecond.toFixed(0)}`);
  console.log(result.misses.join('\n'));
}
