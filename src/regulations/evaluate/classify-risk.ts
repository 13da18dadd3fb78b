import type { Rule } from '../knowledge/knowledge.model.ts';
import { lineageOf } from '../knowledge/taxonomy.ts';
import type { ProductProfile } from './product-profile.ts';
import type { Finding, RiskLevel, RiskReason } from './report.model.ts';

/** Something that went wrong with a product (or its category) in a market: it raises the product's risk there. */
export type Incident = {
  readonly kind: 'clearance_delay' | 'seizure' | 'rejection' | 'recall';
  readonly market: string;
  readonly date: string;
  /** The product's SKU, or a category id when the incident concerns the category. */
  readonly sku?: string | undefined;
  readonly category?: string | undefined;
  readonly note?: string | undefined;
};

const ORDER: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };
const LITHIUM = ['li-ion', 'li-polymer', 'li-metal'];
/** Categories whose goods are copied: a third-party brand on them is a counterfeit risk at the border. */
const COUNTERFEIT_PRONE = ['luxury-goods', 'jewellery', 'footwear', 'apparel', 'cosmetics'];

type Input = {
  readonly market: string;
  readonly product: ProductProfile;
  readonly rules: readonly Rule[];
  readonly findings: readonly Finding[];
  readonly incidents: readonly Incident[];
};

/**
 * The risk band of a product in a market, with every reason: `high` when a rule prohibits or restricts the goods,
 * for batteries (battery products, lithium or button cells inside), medical devices, counterfeit-prone goods under a third party's brand, or a substance at or over
 * its limit; `medium` when certifications, labelling or substance conditions apply; `low` otherwise. Recorded
 * incidents raise it: a seizure or rejection in the market makes it high, a clearance delay one band higher.
 */
export function classifyRisk(input: Input): {
  level: RiskLevel;
  reasons: RiskReason[];
  suggestions: string[];
  incidentFindings: Finding[];
} {
  const { product, rules } = input;
  const reasons: RiskReason[] = [];
  const suggestions = new Set<string>();
  const lineage = product.category ? lineageOf(product.category) : [];

  for (const rule of rules) {
    if (rule.effect === 'prohibited')
      reasons.push({ level: 'high', reason: `prohibited: ${rule.title}`, ruleId: rule.id });
    else if (rule.effect === 'restricted')
      reasons.push({ level: 'high', reason: `restricted: ${rule.title}`, ruleId: rule.id });
    else if (rule.effect === 'requirement') {
      const what = [
        rule.certifications.length > 0 ? 'certification' : '',
        rule.labelling.length > 0 ? 'labelling' : '',
        rule.substanceLists.length > 0 ? 'substance conditions' : '',
        rule.documents.length > 0 ? 'documents' : '',
      ].filter(Boolean);
      if (what.length > 0)
        reasons.push({ level: 'medium', reason: `${what.join(', ')}: ${rule.title}`, ruleId: rule.id });
    }
    if (rule.advice) suggestions.add(rule.advice);
  }
  if (lineage.includes('battery')) {
    reasons.push({
      level: 'high',
      reason: 'batteries: dangerous goods in transport, fire risk, certification and take-back duties',
    });
  } else if (typeof product.facts['battery.wh'] === 'number' && product.facts['battery.wh'] > 100) {
    reasons.push({
      level: 'high',
      reason: `a battery of ${product.facts['battery.wh']} Wh (over 100 Wh: restricted in transport)`,
    });
  } else if (
    LITHIUM.includes(String(product.facts['battery.chemistry'])) ||
    product.facts['battery.button_cell'] === true
  ) {
    // "Batteries" make a product high risk (issue 4): a lithium cell inside is dangerous goods in transport
    // (UN 3481) and falls under the battery laws; a button cell is an ingestion hazard.
    reasons.push({
      level: 'high',
      reason: 'contains a lithium or button battery: dangerous goods in transport, battery rules',
    });
  }
  if (lineage.includes('medical-device'))
    reasons.push({
      level: 'high',
      reason: 'medical device: registration and conformity assessment before sale',
    });
  if (
    product.brand &&
    COUNTERFEIT_PRONE.some((id) => lineage.includes(id)) &&
    product.facts['brand.third_party'] === true
  ) {
    reasons.push({
      level: 'high',
      reason: `goods under a third party's brand (${product.brand}) in a counterfeit-prone category`,
    });
    suggestions.add(
      "Keep the brand owner's authorisation (licence or distribution agreement) and proof of authenticity with the goods",
    );
  }
  for (const finding of input.findings) {
    if (finding.kind === 'substance' && finding.severity === 'blocker')
      reasons.push({ level: 'high', reason: finding.message, ruleId: finding.ruleId });
    else if (finding.kind === 'substance' && finding.severity === 'action')
      reasons.push({ level: 'medium', reason: finding.message, ruleId: finding.ruleId });
  }

  let level = reasons.reduce<RiskLevel>((max, r) => (ORDER[r.level] > ORDER[max] ? r.level : max), 'low');
  const incidentFindings: Finding[] = [];
  for (const incident of relevantIncidents(input)) {
    const raised: RiskLevel =
      incident.kind === 'clearance_delay' ? (level === 'low' ? 'medium' : 'high') : 'high';
    const reason = `${incident.kind.replace('_', ' ')} in ${incident.market} on ${incident.date}${incident.sku ? '' : ` (category ${incident.category})`}${incident.note ? `: ${incident.note}` : ''}`;
    reasons.push({ level: raised, reason: `recorded ${reason}` });
    incidentFindings.push({ kind: 'incident', severity: 'info', message: `Recorded ${reason}` });
    if (ORDER[raised] > ORDER[level]) level = raised;
  }
  if (level === 'high') {
    suggestions.add(
      'Insure the shipment against seizure, rejection and delay (cargo insurance with customs cover)',
    );
    suggestions.add('Ask customs for a binding ruling or pre-approval before the first shipment');
  }
  return { level, reasons, suggestions: [...suggestions], incidentFindings };
}

function relevantIncidents({ market, product, incidents }: Input): Incident[] {
  const lineage = product.category ? lineageOf(product.category) : [];
  return incidents.filter(
    (incident) =>
      incident.market === market &&
      ((incident.sku !== undefined && incident.sku === product.sku) ||
        (incident.category !== undefined && lineage.includes(incident.category))),
  );
}
