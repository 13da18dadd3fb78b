import type { NameComparison } from './match/compare-names.ts';
import type { FeatureEffect } from './match/entity-features.ts';

/** One sentence a reviewer reads first: what agreed, what did not, what moved the score. */
export function summarize(names: NameComparison, features: FeatureEffect[], score: number): string {
  const agreed = names.pairs.map((pair) =>
    pair.query === pair.candidate ? pair.query : `${pair.query}~${pair.candidate} (${pair.kind})`,
  );
  const parts = [`"${names.query}" vs "${names.candidate}": name score ${names.score.toFixed(2)}`];
  if (agreed.length > 0) parts.push(`agreeing words ${agreed.join(', ')}`);
  if (names.unmatchedQuery.length > 0)
    parts.push(`not found in the listed name: ${names.unmatchedQuery.join(' ')}`);
  if (names.unmatchedCandidate.length > 0)
    parts.push(`only in the listed name: ${names.unmatchedCandidate.join(' ')}`);
  for (const adjustment of names.adjustments) parts.push(`${adjustment.reason} (×${adjustment.factor})`);
  for (const feature of features) {
    parts.push(`${feature.detail} (${feature.delta >= 0 ? '+' : ''}${feature.delta.toFixed(2)})`);
  }
  parts.push(`final ${score.toFixed(2)}`);
  return parts.join('; ');
}
