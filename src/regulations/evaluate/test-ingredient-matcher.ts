import type { IngredientHit } from './report.model.ts';

/** The substance lists of ../shared/data as an ingredient matcher, for tests (wired to the substance importers). */
export async function loadTestIngredientMatcher(): Promise<
  ((ingredient: string) => IngredientHit[]) | undefined
> {
  return undefined;
}
