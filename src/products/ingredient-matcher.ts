import type { Db } from '../platform/db/transaction.ts';
import type { IngredientHit } from '../regulations/evaluate/report.model.ts';
import { loadIngredientMatch } from '../regulations/substance-lists/substance-lists.service.ts';

/** Matches one ingredient against the substance lists in force (none imported: no matcher). */
export function loadIngredientMatcher(
  db: Db,
): Promise<((ingredient: string) => IngredientHit[]) | undefined> {
  return loadIngredientMatch(db);
}
