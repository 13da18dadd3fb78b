import { AppError, notFound } from '../platform/errors.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { isInForce, jurisdictionsOf, ruleConcernsCategory } from './evaluate/rule-applicability.ts';
import { addDays } from './evaluate/validate-product.ts';
import type { Market, Rule, Topic } from './knowledge/knowledge.model.ts';
import { loadKnowledgeBase } from './knowledge/knowledge-base.ts';
import { CATEGORIES } from './knowledge/taxonomy.ts';

/** The regulations browser: markets, the rules in force on a day, what changes soon, certifications. */

export type RuleFilter = {
  market?: string | undefined;
  topic?: Topic | undefined;
  category?: string | undefined;
  date: string;
  q?: string | undefined;
};

function inMarket(market: Market | undefined, rule: Rule) {
  return !market || jurisdictionsOf(market).includes(rule.jurisdiction);
}

async function marketOrThrow(code: string | undefined) {
  if (!code) return undefined;
  const kb = await loadKnowledgeBase();
  const market = kb.markets.find((m) => m.code === code.toUpperCase());
  if (!market)
    throw new AppError('validation_failed', `No market ${code} in the knowledge base`, { market: code });
  return market;
}

export async function listMarkets(actor: Actor, date: string) {
  requirePermission(actor, 'regulations:read');
  const kb = await loadKnowledgeBase();
  const ruleCounts = new Map<string, number>();
  for (const rule of kb.rules) {
    if (isInForce(rule, date))
      ruleCounts.set(rule.jurisdiction, (ruleCounts.get(rule.jurisdiction) ?? 0) + 1);
  }
  return kb.markets
    .map((market) => ({
      ...market,
      deMinimisInForce: market.deMinimis.find((p) => isInForce(p, date)) ?? null,
      ruleCount: jurisdictionsOf(market).reduce((sum, code) => sum + (ruleCounts.get(code) ?? 0), 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getMarket(actor: Actor, code: string, date: string) {
  const market = (await listMarkets(actor, date)).find((m) => m.code === code.toUpperCase());
  if (!market) throw notFound('Market');
  return market;
}

export async function listRules(actor: Actor, filter: RuleFilter) {
  requirePermission(actor, 'regulations:read');
  const kb = await loadKnowledgeBase();
  const market = await marketOrThrow(filter.market);
  const words = filter.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return kb.rules.filter(
    (rule) =>
      isInForce(rule, filter.date) &&
      inMarket(market, rule) &&
      (!filter.topic || rule.topic === filter.topic) &&
      (!filter.category || ruleConcernsCategory(rule, filter.category)) &&
      words.every((word) => `${rule.id} ${rule.title} ${rule.requirement}`.toLowerCase().includes(word)),
  );
}

/** Every version of one rule, oldest first. */
export async function getRuleHistory(actor: Actor, id: string) {
  requirePermission(actor, 'regulations:read');
  const kb = await loadKnowledgeBase();
  const versions = kb.rules.filter((rule) => rule.id === id).sort((a, b) => a.version - b.version);
  if (versions.length === 0) throw notFound('Rule');
  const certifications = kb.certifications.filter((c) =>
    versions.some((v) => v.certifications.includes(c.id)),
  );
  return { id, versions, certifications };
}

export type RuleChange = {
  ruleId: string;
  version: number;
  jurisdiction: string;
  topic: Topic;
  title: string;
  change: 'takes_effect' | 'new_version' | 'ends';
  date: string;
  categories: string[];
};

/** Rules that take effect, change or end between `from` and `from + days` (what changes soon). */
export async function listChanges(
  actor: Actor,
  filter: {
    market?: string | undefined;
    topic?: Topic | undefined;
    category?: string | undefined;
    from: string;
    days: number;
  },
): Promise<RuleChange[]> {
  requirePermission(actor, 'regulations:read');
  const kb = await loadKnowledgeBase();
  const market = await marketOrThrow(filter.market);
  const until = addDays(filter.from, filter.days);
  const changes: RuleChange[] = [];
  for (const rule of kb.rules) {
    if (!inMarket(market, rule)) continue;
    if (filter.topic && rule.topic !== filter.topic) continue;
    if (filter.category && !ruleConcernsCategory(rule, filter.category)) continue;
    const base = {
      ruleId: rule.id,
      version: rule.version,
      jurisdiction: rule.jurisdiction,
      topic: rule.topic,
      title: rule.title,
      categories: rule.scope.categories,
    };
    if (rule.effectiveFrom > filter.from && rule.effectiveFrom <= until) {
      changes.push({
        ...base,
        change: rule.version > 1 ? 'new_version' : 'takes_effect',
        date: rule.effectiveFrom,
      });
    }
    const followed = kb.rules.some((r) => r.id === rule.id && r.version > rule.version);
    if (rule.effectiveTo && !followed && rule.effectiveTo >= filter.from && rule.effectiveTo < until) {
      changes.push({ ...base, change: 'ends', date: rule.effectiveTo });
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.ruleId.localeCompare(b.ruleId));
}

export async function listCertifications(actor: Actor, marketCode?: string) {
  requirePermission(actor, 'regulations:read');
  const kb = await loadKnowledgeBase();
  const market = await marketOrThrow(marketCode);
  const codes = market ? jurisdictionsOf(market) : undefined;
  return kb.certifications
    .filter((c) => !codes || c.jurisdictions.some((j) => codes.includes(j)))
    .map((c) => ({
      ...c,
      ruleIds: [...new Set(kb.rules.filter((r) => r.certifications.includes(c.id)).map((r) => r.id))],
    }));
}

export function listCategories() {
  return CATEGORIES.map((c) => ({
    id: c.id,
    label: c.label,
    parent: c.parent,
    hs: [...c.hs],
    synonyms: [...c.synonyms],
  }));
}
