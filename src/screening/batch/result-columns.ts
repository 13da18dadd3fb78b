import { AppError } from '../../platform/errors.ts';
import type { ListEntity } from '../list-entity.model.ts';
import { toMatchResult } from '../screening.service.ts';
import type { BatchOutcome } from './batch-screener.ts';
import { headerKey, type InputTable } from './input-table.ts';

/** A cell of an output table: text, or a number that XLSX keeps as a number. */
export type OutputCell = string | number;

/** The columns `tradeguard screen` adds after the input's own, for `limit` best matches. */
export function screeningHeaders(limit: number): string[] {
  const headers = ['match', 'score'];
  for (let k = 1; k <= limit; k++) {
    headers.push(
      `match_${k}_list`,
      `match_${k}_entity_id`,
      `match_${k}_name`,
      `match_${k}_score`,
      `match_${k}_explanation`,
    );
  }
  headers.push('error');
  return headers;
}

/** An input column named like an added one would make the output ambiguous; the user renames it. */
export function checkNoClash(table: InputTable, added: readonly string[]): void {
  const addedKeys = new Set(added.map(headerKey));
  const clash = table.headers.filter((header) => addedKeys.has(headerKey(header)));
  if (clash.length > 0) {
    throw new AppError(
      'invalid_file',
      `${table.file}: the column${clash.length > 1 ? 's' : ''} ${clash.map((h) => `"${h}"`).join(', ')} ` +
        'would clash with the columns the results add; rename or remove them (is this a results file?)',
    );
  }
}

/**
 * The cells added to one input row: whether the best result reaches the threshold, its score, and the best
 * matches with their list, entity id, name, score and explanation. A row that could not be screened has its
 * reason in "error" and no match decision. Results under the threshold (down to 0.15 below it, as the API
 * shows them) are near misses: listed, with match false.
 */
export function resultCells(
  outcome: BatchOutcome | undefined,
  entities: readonly ListEntity[],
  threshold: number,
  limit: number,
): OutputCell[] {
  const width = 2 + limit * 5 + 1;
  const error = outcome === undefined ? 'not screened' : outcome.ok ? null : outcome.error;
  if (error !== null || outcome === undefined || !outcome.ok) {
    const cells: OutputCell[] = new Array<OutputCell>(width).fill('');
    cells[width - 1] = error ?? 'not screened';
    return cells;
  }
  const results = outcome.matches.flatMap((match) => {
    const entity = entities[match.entity];
    return entity ? [toMatchResult(entity, match, threshold)] : [];
  });
  const best = results[0];
  const cells: OutputCell[] = [best?.match ? 'true' : 'false', best ? best.score : ''];
  for (let k = 0; k < limit; k++) {
    const result = results[k];
    cells.push(
      result?.datasets.join(', ') ?? '',
      result?.id ?? '',
      result?.caption ?? '',
      result ? result.score : '',
      result?.explanation.summary ?? '',
    );
  }
  cells.push('');
  return cells;
}
