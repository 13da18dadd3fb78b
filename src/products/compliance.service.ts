import type { Db } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import type { Incident } from '../regulations/evaluate/classify-risk.ts';
import { parseSpecifications } from '../regulations/evaluate/parse-specifications.ts';
import type { ProductProfile } from '../regulations/evaluate/product-profile.ts';
import type { IngredientHit, MarketReport } from '../regulations/evaluate/report.model.ts';
import { resolveCategory } from '../regulations/evaluate/resolve-category.ts';
import { type ValidationContext, validateProduct } from '../regulations/evaluate/validate-product.ts';
import type { KnowledgeBase } from '../regulations/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../regulations/knowledge/knowledge-base.ts';
import type { FactPath } from '../regulations/knowledge/product-facts.ts';
import { loadIngredientMatcher } from './ingredient-matcher.ts';
import type { Product } from './product.model.ts';
import { findIncidents } from './products.store.ts';

/** A product described for one check, stored or not: the same words a catalogue row or an import row holds. */
export type ProductDescription = Pick<
  Product,
  | 'name'
  | 'category'
  | 'hsCode'
  | 'brand'
  | 'thirdPartyBrand'
  | 'ingredients'
  | 'specifications'
  | 'origin'
  | 'certifications'
> & { sku?: string | undefined; channel?: ProductProfile['channel']; value?: ProductProfile['value'] };

export type ProductCheck = {
  product: { sku: string | null; name: string };
  category: { text: string; id: string | null; matchedBy: string | null };
  /** What the validator read from the specifications, and from which words. */
  facts: { fact: FactPath; value: unknown; readFrom: string }[];
  markets: MarketReport[];
};

/** Everything a check needs that does not change per product: the rules, the substance index, the incidents. */
export async function complianceContext(db: Db, organizationId: string | null): Promise<ValidationContext> {
  const [kb, matchIngredient, incidents] = await Promise.all([
    loadKnowledgeBase(),
    loadIngredientMatcher(db),
    organizationId ? findIncidents(db, organizationId) : Promise.resolve([]),
  ]);
  return {
    kb,
    matchIngredient,
    incidents: incidents.map(
      (row): Incident => ({
        kind: row.kind as Incident['kind'],
        market: row.market,
        date: row.occurred_on,
        sku: row.sku ?? undefined,
        category: row.category_id ?? undefined,
        note: row.note || undefined,
      }),
    ),
  };
}

export function profileOf(description: ProductDescription): {
  profile: ProductProfile;
  check: Omit<ProductCheck, 'markets'>;
} {
  const resolved = resolveCategory(description.category, description.hsCode ?? undefined);
  const parsed = parseSpecifications(description.specifications, resolved?.id);
  const facts = { ...parsed.facts };
  const readFrom: Partial<Record<FactPath, string>> = { ...parsed.readFrom };
  if (description.thirdPartyBrand !== null && description.thirdPartyBrand !== undefined) {
    facts['brand.third_party'] = description.thirdPartyBrand;
    readFrom['brand.third_party'] = 'the product record';
  }
  const profile: ProductProfile = {
    name: description.name,
    sku: description.sku,
    category: resolved?.id,
    hsCode: description.hsCode ?? undefined,
    brand: description.brand ?? undefined,
    origin: description.origin ?? undefined,
    channel: description.channel,
    value: description.value,
    ingredients: description.ingredients,
    facts,
    // An empty list says nothing (a file without the column): certifications are then "needed", not "missing".
    certificationsHeld: description.certifications.length > 0 ? description.certifications : undefined,
  };
  return {
    profile,
    check: {
      product: { sku: description.sku ?? null, name: description.name },
      category: {
        text: description.category,
        id: resolved?.id ?? null,
        matchedBy: resolved?.matchedBy ?? null,
      },
      facts: Object.entries(facts).map(([fact, value]) => ({
        fact: fact as FactPath,
        value,
        readFrom: readFrom[fact as FactPath] ?? '',
      })),
    },
  };
}

/** Checks one described product in each market on a day (YYYY-MM-DD, today when absent). */
export function checkDescription(
  context: ValidationContext,
  description: ProductDescription,
  markets: readonly string[],
  date: string,
): ProductCheck {
  const { profile, check } = profileOf(description);
  return { ...check, markets: markets.map((market) => validateProduct(context, profile, market, date)) };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function assertMarkets(kb: KnowledgeBase, markets: readonly string[]) {
  if (markets.length === 0) throw new AppError('validation_failed', 'Name at least one market');
  const unknown = markets.filter((code) => !kb.markets.some((m) => m.code === code));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `Unknown market: ${unknown.join(', ')}`, { markets: unknown });
  }
}

/** A stored product, in the markets asked for or else its target markets. */
export async function checkProduct(
  db: Db,
  actor: Actor,
  product: Product,
  markets: readonly string[],
  date = today(),
) {
  requirePermission(actor, 'products:read');
  const context = await complianceContext(db, actor.organizationId);
  const asked = markets.length > 0 ? markets : product.targetMarkets;
  assertMarkets(context.kb, asked);
  return checkDescription(context, product, asked, date);
}

/** A product given ad hoc (not stored): name, category, ingredients, specifications. */
export async function checkAdHoc(
  db: Db,
  actor: Actor,
  description: ProductDescription,
  markets: readonly string[],
  date = today(),
) {
  requirePermission(actor, 'regulations:read');
  const context = await complianceContext(db, actor.organizationId);
  assertMarkets(context.kb, markets);
  return checkDescription(context, description, markets, date);
}

export type { IngredientHit };
