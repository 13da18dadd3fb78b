import type { Market, Rule } from '../knowledge/knowledge.model.ts';
import { findCategory, lineageOf } from '../knowledge/taxonomy.ts';
import { evaluateCondition, type Truth } from './evaluate-condition.ts';
import type { ProductProfile } from './product-profile.ts';

/** Why a rule does or does not apply, in words a user can check. */
export type Applicability = {
  readonly applies: Truth;
  readonly reasons: readonly string[];
  /** Facts the product does not state that would decide whether the rule applies. */
  readonly unknownFacts: readonly string[];
};

/** The jurisdictions whose rules bind a market: itself and the unions it belongs to (DE → DE, EU). */
export function jurisdictionsOf(market: Pick<Market, 'code' | 'memberOf'>): string[] {
  return [market.code, ...market.memberOf.filter((union) => union === 'EU')];
}

/** Whether a rule version is in force on a day (YYYY-MM-DD, both ends inclusive). */
export function isInForce(rule: Pick<Rule, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return rule.effectiveFrom <= date && (rule.effectiveTo === undefined || date <= rule.effectiveTo);
}

/**
 * A rule applies when the product is in its scope — its category (or an ancestor) is named, or its HS code
 * starts with a named prefix — and its origin and channel restrictions and `when` conditions hold. A rule
 * scoped by origin alone (a forced-labour region, special duties) applies to every product of that origin.
 */
export function ruleApplicability(rule: Rule, product: ProductProfile): Applicability {
  const reasons: string[] = [];
  const scope = rule.scope;
  const lineage = product.category ? lineageOf(product.category) : [];
  const byCategory = scope.categories.find((id) => lineage.includes(id));
  const byHs = product.hsCode
    ? scope.hsPrefixes.find((prefix) => product.hsCode?.startsWith(prefix))
    : undefined;
  const scopedByGoods = scope.categories.length > 0 || scope.hsPrefixes.length > 0;
  if (scopedByGoods) {
    if (!byCategory && !byHs)
      return { applies: 'false', reasons: ['the product is outside its scope'], unknownFacts: [] };
    reasons.push(
      byCategory
        ? `category ${product.category}${byCategory === product.category ? '' : ` (within ${byCategory})`}`
        : `HS code ${product.hsCode} (heading ${byHs})`,
    );
  }
  const unknownFacts: string[] = [];
  let truth: Truth = 'true';
  if (scope.origins.length > 0) {
    if (!product.origin) {
      truth = 'unknown';
      unknownFacts.push('origin');
    } else if (!scope.origins.includes(product.origin)) {
      return { applies: 'false', reasons: [`origin ${product.origin} is not concerned`], unknownFacts: [] };
    } else reasons.push(`origin ${product.origin}`);
  }
  if (scope.channels.length > 0) {
    if (!product.channel) {
      truth = 'unknown';
      unknownFacts.push('channel');
    } else if (!scope.channels.includes(product.channel)) {
      return { applies: 'false', reasons: [`channel ${product.channel} is not concerned`], unknownFacts: [] };
    } else reasons.push(`channel ${product.channel}`);
  }
  if (scope.when) {
    const facts = {
      ...product.facts,
      ...(product.origin ? { origin: product.origin } : {}),
      ...(product.channel ? { channel: product.channel } : {}),
    };
    const result = evaluateCondition(scope.when, facts);
    if (result.truth === 'false')
      return { applies: 'false', reasons: ['its conditions do not hold for this product'], unknownFacts: [] };
    if (result.truth === 'unknown') {
      truth = 'unknown';
      unknownFacts.push(...result.unknownFacts);
    } else reasons.push('its conditions hold');
  }
  return { applies: truth, reasons, unknownFacts };
}

/**
 * Whether a rule is about a product category, for browsing and subscriptions: it names the category, an
 * ancestor or a descendant; or, scoped by HS code alone, one of its prefixes and one of the category's overlap;
 * or it is scoped by origin alone (it concerns every category).
 */
export function ruleConcernsCategory(rule: Rule, category: string): boolean {
  const scope = rule.scope;
  if (scope.categories.length > 0) {
    const lineage = lineageOf(category);
    return scope.categories.some((id) => lineage.includes(id) || lineageOf(id).includes(category));
  }
  if (scope.hsPrefixes.length > 0) {
    const prefixes = lineageOf(category).flatMap((id) => findCategory(id)?.hs ?? []);
    return scope.hsPrefixes.some((hs) => prefixes.some((p) => hs.startsWith(p) || p.startsWith(hs)));
  }
  return true;
}
