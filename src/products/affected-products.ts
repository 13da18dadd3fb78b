import type { Db } from '../platform/db/transaction.ts';
import { ruleApplicability } from '../regulations/evaluate/rule-applicability.ts';
import type { Rule } from '../regulations/knowledge/knowledge.model.ts';
import { profileOf } from './compliance.service.ts';
import { streamProductRows, toProduct } from './products.store.ts';

export type AffectedProduct = { id: string; sku: string; name: string; supplierId: string | null };

/**
 * An organisation's products a rule may concern: those sold in one of the markets (none named = any) whose
 * category, HS code and stated facts do not rule it out. A product that does not state a deciding fact is
 * included: being told of a rule that turns out not to apply costs less than missing one that does.
 */
export async function findAffectedProducts(
  db: Db,
  organizationId: string,
  rule: Rule,
  marketsOf: (product: { targetMarkets: string[] }) => boolean,
  limit = 200,
): Promise<AffectedProduct[]> {
  const affected: AffectedProduct[] = [];
  for await (const rows of streamProductRows(db, organizationId)) {
    for (const row of rows) {
      const product = toProduct(row);
      if (!marketsOf(product)) continue;
      if (ruleApplicability(rule, profileOf(product).profile).applies === 'false') continue;
      affected.push({ id: product.id, sku: product.sku, name: product.name, supplierId: product.supplierId });
      if (affected.length >= limit) return affected;
    }
  }
  return affected;
}
