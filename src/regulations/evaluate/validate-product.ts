import { AppError } from '../../platform/errors.ts';
import type { Market, Rule } from '../knowledge/knowledge.model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { classifyRisk, type Incident } from './classify-risk.ts';
import { deMinimisFinding } from './de-minimis.ts';
import type { ProductProfile } from './product-profile.ts';
import type {
  AppliedRule,
  Finding,
  IngredientHit,
  MarketReport,
  PossibleRule,
  UpcomingChange,
} from './report.model.ts';
import { documentsFor } from './required-documents.ts';
import { isInForce, jurisdictionsOf, ruleApplicability } from './rule-applicability.ts';
import { substanceFindings } from './substance-findings.ts';

export type ValidationContext = {
  readonly kb: KnowledgeBase;
  /** Matches one ingredient as written against the substance lists in force; none when no list is imported. */
  readonly matchIngredient?: ((ingredient: string) => readonly IngredientHit[]) | undefined;
  readonly incidents?: readonly Incident[] | undefined;
  /** How far ahead changes are announced in the report, in days. */
  readonly horizonDays?: number | undefined;
};

/** What a product needs, lacks or may not do in one market on one day, every line traced to its rule. */
export function validateProduct(
  context: ValidationContext,
  product: ProductProfile,
  marketCode: string,
  date: string,
): MarketReport {
  const market = context.kb.markets.find((m) => m.code === marketCode);
  if (!market)
    throw new AppError('validation_failed', `No market ${marketCode} in the knowledge base`, {
      market: marketCode,
    });
  const candidates = rulesOfMarket(context.kb, market);

  const rules: AppliedRule[] = [];
  const possibleRules: PossibleRule[] = [];
  const applied: Rule[] = [];
  // Applicability does not depend on the day: computed once, used for the rules in force and the coming ones.
  const relevant: Rule[] = [];
  for (const rule of candidates) {
    const applicability = ruleApplicability(rule, product);
    if (applicability.applies === 'false') continue;
    relevant.push(rule);
    if (!isInForce(rule, date)) continue;
    if (applicability.applies === 'true') {
      rules.push(describe(rule, applicability.reasons));
      applied.push(rule);
    } else {
      possibleRules.push({
        ...describe(rule, applicability.reasons),
        unknownFacts: [...applicability.unknownFacts],
      });
    }
  }

  const findings: Finding[] = [];
  for (const rule of applied) findings.push(...findingsOf(rule, product));
  for (const rule of possibleRules) {
    findings.push({
      kind: 'fact_needed',
      severity: 'action',
      message: `State ${rule.unknownFacts.join(', ')}: it decides whether "${rule.title}" applies`,
      ruleId: rule.id,
      ruleVersion: rule.version,
      source: rule.source,
    });
  }
  const ingredientHits = product.ingredients.flatMap(
    (ingredient) => context.matchIngredient?.(ingredient) ?? [],
  );
  findings.push(...substanceFindings(applied, product, ingredientHits));
  const deMinimis = deMinimisFinding(market, product, date);
  if (deMinimis) findings.push(deMinimis);

  const certifications = requiredCertifications(context.kb, applied, product);
  for (const certification of certifications) {
    if (certification.held === true) continue;
    findings.push({
      kind: 'certification',
      severity: certification.held === false ? 'blocker' : 'action',
      message:
        certification.held === false
          ? `Missing: ${certification.name}`
          : `Needed: ${certification.name} (prove it with a certificate or declaration)`,
      ruleId: certification.ruleIds[0],
    });
  }

  const risk = classifyRisk({
    market: market.code,
    product,
    rules: applied,
    findings,
    incidents: context.incidents ?? [],
  });
  findings.push(...risk.incidentFindings);
  const documents = documentsFor(risk.level, applied, product);
  return {
    market: market.code,
    marketName: market.name,
    date,
    risk: risk.level,
    riskReasons: risk.reasons,
    rules,
    possibleRules,
    certifications,
    documents,
    findings,
    suggestions: risk.suggestions,
    upcoming: upcomingChanges(relevant, candidates, date, context.horizonDays ?? 90),
  };
}

function describe(rule: Rule, reasons: readonly string[]): AppliedRule {
  return {
    id: rule.id,
    version: rule.version,
    jurisdiction: rule.jurisdiction,
    title: rule.title,
    topic: rule.topic,
    effect: rule.effect,
    reasons: [...reasons],
    source: rule.source,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo,
  };
}

function findingsOf(rule: Rule, product: ProductProfile): Finding[] {
  const base = { ruleId: rule.id, ruleVersion: rule.version, source: rule.source };
  const findings: Finding[] = [];
  if (rule.effect === 'prohibited') {
    findings.push({
      ...base,
      kind: 'prohibited',
      severity: 'blocker',
      message: `${rule.title}. ${rule.requirement}`,
    });
  } else if (rule.effect === 'restricted') {
    findings.push({
      ...base,
      kind: 'restricted',
      severity: 'action',
      message: `${rule.title}. ${rule.requirement}`,
    });
  } else if (rule.effect === 'information') {
    findings.push({
      ...base,
      kind: 'information',
      severity: 'info',
      message: `${rule.title}. ${rule.requirement}`,
    });
  } else if (rule.certifications.length === 0 && rule.labelling.length === 0 && rule.documents.length === 0) {
    findings.push({
      ...base,
      kind: 'information',
      severity: 'action',
      message: `${rule.title}. ${rule.requirement}`,
    });
  }
  for (const label of rule.labelling) {
    findings.push({ ...base, kind: 'labelling', severity: 'action', message: `Label: ${label}` });
  }
  const limit = rule.quantityLimit;
  if (limit) {
    const quantity = product.facts.quantity;
    const over = typeof quantity === 'number' && quantity > limit.amount;
    findings.push({
      ...base,
      kind: 'quantity_limit',
      severity: over ? 'blocker' : 'info',
      message: over
        ? `${quantity} exceeds the limit of ${limit.amount} ${limit.unit} per ${limit.per}`
        : `At most ${limit.amount} ${limit.unit} per ${limit.per}`,
    });
  }
  return findings;
}

function requiredCertifications(kb: KnowledgeBase, rules: readonly Rule[], product: ProductProfile) {
  const byId = new Map<string, string[]>();
  for (const rule of rules) {
    for (const id of rule.certifications) byId.set(id, [...(byId.get(id) ?? []), rule.id]);
  }
  const held = product.certificationsHeld ? new Set(product.certificationsHeld) : undefined;
  return [...byId].map(([id, ruleIds]) => ({
    id,
    name: kb.certifications.find((c) => c.id === id)?.name ?? id,
    ruleIds,
    held: held ? held.has(id) : null,
  }));
}

/** Rules of the market that apply to the product and start, change or end within the horizon after `date`. */
function upcomingChanges(
  relevant: readonly Rule[],
  rules: readonly Rule[],
  date: string,
  horizonDays: number,
): UpcomingChange[] {
  const until = addDays(date, horizonDays);
  const changes: UpcomingChange[] = [];
  for (const rule of relevant) {
    if (rule.effectiveFrom > date && rule.effectiveFrom <= until) {
      const change = rule.version > 1 ? 'new_version' : 'takes_effect';
      changes.push({
        ruleId: rule.id,
        title: rule.title,
        change,
        date: rule.effectiveFrom,
        source: rule.source,
      });
    }
    const followed = rules.some((r) => r.id === rule.id && r.version > rule.version);
    if (rule.effectiveTo && rule.effectiveTo >= date && rule.effectiveTo < until && !followed) {
      changes.push({
        ruleId: rule.id,
        title: rule.title,
        change: 'ends',
        date: rule.effectiveTo,
        source: rule.source,
      });
    }
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}

const byMarket = new WeakMap<KnowledgeBase, Map<string, readonly Rule[]>>();

/** The rules that bind a market (its own and its union's), indexed once per knowledge base. */
function rulesOfMarket(kb: KnowledgeBase, market: Market): readonly Rule[] {
  let index = byMarket.get(kb);
  if (!index) {
    index = new Map();
    byMarket.set(kb, index);
  }
  let rules = index.get(market.code);
  if (!rules) {
    const jurisdictions = jurisdictionsOf(market);
    rules = kb.rules.filter((rule) => jurisdictions.includes(rule.jurisdiction));
    index.set(market.code, rules);
  }
  return rules;
}

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

export type { Market };
