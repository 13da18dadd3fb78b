import type { Db } from '../platform/db/transaction.ts';
import type { Actor } from '../platform/tenancy/actor.ts';
import { validateProduct } from '../regulations/evaluate/validate-product.ts';
import { complianceContext, profileOf, today } from './compliance.service.ts';
import type { Product } from './product.model.ts';

/** Each product with its risk in each of its target markets today (the list's badges). */
export async function productRisks(db: Db, actor: Actor, products: readonly Product[]) {
  const context = await complianceContext(db, actor.organizationId);
  const known = new Set(context.kb.markets.map((m) => m.code));
  const date = today();
  return products.map((product) => {
    const { profile } = profileOf(product);
    const risks = product.targetMarkets
      .filter((market) => known.has(market))
      .map((market) => ({ market, risk: validateProduct(context, profile, market, date).risk }));
    return { ...product, risks };
  });
}
