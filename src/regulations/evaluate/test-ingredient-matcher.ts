import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { buildIngredientIndex } from '../substance-lists/ingredient-index.ts';
import { readSubstanceFile } from '../substance-lists/read-substance-file.ts';
import type { IngredientHit } from './report.model.ts';

export const SUBSTANCE_FILES = [
  'eu-annex-ii.csv',
  'eu-annex-iii.csv',
  'candidate_list_full.xlsx',
  'restriction_list_full.xlsx',
  'pops_list_full.xlsx',
  'authorisation_list_full.xlsx',
];

/** The official substance lists of ../shared/data as an ingredient matcher (tests and benchmarks). */
export async function loadTestIngredientMatcher(): Promise<(ingredient: string) => IngredientHit[]> {
  const read = await Promise.all(
    SUBSTANCE_FILES.map((f) => readSubstanceFile(sharedDataPath(`substances/${f}`))),
  );
  const index = buildIngredientIndex(read.flatMap((r) => r.entries));
  return (ingredient) => index.match(ingredient);
}
