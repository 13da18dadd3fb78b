import type { Channel, ProductFacts } from '../knowledge/product-facts.ts';

/**
 * A product as the rules see it: whatever its origin (the catalogue, an import file, an ad hoc question), it is
 * reduced to this before evaluation. `category` is a taxonomy id (resolved from the user's words beforehand).
 */
export type ProductProfile = {
  readonly name: string;
  readonly sku?: string | undefined;
  readonly category: string | undefined;
  readonly hsCode?: string | undefined;
  readonly brand?: string | undefined;
  readonly origin?: string | undefined;
  readonly channel?: Channel | undefined;
  readonly value?: { readonly amount: number; readonly currency: string } | undefined;
  /** Ingredients as written ("Water (CAS 7732-18-5)"), in order. */
  readonly ingredients: readonly string[];
  readonly facts: ProductFacts;
  /** Certification ids the product already holds (from its certificates), if known. */
  readonly certificationsHeld?: readonly string[] | undefined;
};
