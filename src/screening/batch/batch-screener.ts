import type { ListEntity, ListSource } from '../list-entity.model.ts';
import type { NameComparison } from '../match/compare-names.ts';
import type { FeatureEffect } from '../match/entity-features.ts';
import { prepareQuery, type ScreeningQuery } from '../match/score-entity.ts';
import { ScreeningIndex, type SearchOptions } from '../match/screening-index.ts';

/** What every query of a batch is screened with. */
export interface BatchOptions {
  /** Best matches kept per query. */
  limit: number;
  /** Results scoring under this are left out (callers set it under their match threshold to see near misses). */
  minScore: number;
  /** Only entities of these lists; null or absent for all. */
  lists?: readonly ListSource[] | null;
}

/** One listed entity found for a query: its position in the entities the batch was built from. */
export interface BatchMatch {
  entity: number;
  score: number;
  name: NameComparison;
  features: FeatureEffect[];
}

/** A row's outcome: its matches, best first, or why it could not be screened (the other rows go on). */
export type BatchOutcome = { ok: true; matches: BatchMatch[] } | { ok: false; error: string };

/**
 * Screens queries one after the other against one index, in this thread. Worker threads each hold one of
 * these; small batches use one directly. Positions of entities are those of the array the index was built
 * from, so a caller that holds the same array maps matches back without sending entities between threads.
 */
export class BatchScreener {
  readonly index: ScreeningIndex;
  private readonly positions = new Map<ListEntity, number>();

  constructor(index: ScreeningIndex) {
    this.index = index;
    index.entities.forEach((entity, position) => {
      this.positions.set(entity, position);
    });
  }

  static build(entities: readonly ListEntity[]): BatchScreener {
    const index = new ScreeningIndex();
    for (const entity of entities) index.add(entity);
    index.freeze();
    return new BatchScreener(index);
  }

  screenOne(query: ScreeningQuery, options: BatchOptions): BatchOutcome {
    try {
      if (!query.names.some((name) => name.trim() !== '')) return { ok: false, error: 'no name to screen' };
      const lists = options.lists && options.lists.length > 0 ? new Set<string>(options.lists) : null;
      const search: SearchOptions = { limit: options.limit, threshold: options.minScore };
      if (lists) search.filter = (entity) => lists.has(entity.source);
      const results = this.index.search(prepareQuery(query), search);
      return {
        ok: true,
        matches: results.map((result) => ({
          entity: this.positions.get(result.entity) ?? -1,
          score: result.score,
          name: result.name,
          features: result.features,
        })),
      };
    } catch (error) {
      // One row the matcher cannot handle must not stop the others; the row says why.
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  screen(queries: readonly ScreeningQuery[], options: BatchOptions): BatchOutcome[] {
    return queries.map((query) => this.screenOne(query, options));
  }
}
