import type { IngredientHit } from '../../src/regulations/evaluate/report.model.ts';
import {
  loadTestIngredientMatcher,
  SUBSTANCE_FILES,
} from '../../src/regulations/evaluate/test-ingredient-matcher.ts';

/** The substance lists for the benchmark, read from ../shared/data as the importers read them. */
export async function loadBenchIngredientMatcher(): Promise<{
  match: (ingredient: string) => IngredientHit[];
  note: string;
}> {
  const started = performance.now();
  const match = await loadTestIngredientMatcher();
  return {
    match,
    note: `${SUBSTANCE_FILES.join(', ')} read and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  };
}
