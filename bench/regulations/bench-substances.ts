import type { IngredientHit } from '../../src/regulations/evaluate/report.model.ts';

/** The substance lists for the benchmark, read from ../shared/data (wired to the substance importers). */
export async function loadBenchIngredientMatcher(): Promise<{
  match: ((ingredient: string) => IngredientHit[]) | undefined;
  note: string;
}> {
  return { match: undefined, note: 'not loaded' };
}
