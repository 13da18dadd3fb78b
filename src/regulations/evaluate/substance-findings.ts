import type { Rule, SubstanceListId } from '../knowledge/knowledge.model.ts';
import type { ProductProfile } from './product-profile.ts';
import type { Finding, IngredientHit } from './report.model.ts';

/**
 * Ingredients found on a substance list that an applicable rule points at. A list no applicable rule names says
 * nothing here (the EU cosmetics annexes do not bind a lipstick sold in the United States).
 */
export function substanceFindings(
  rules: readonly Rule[],
  _product: ProductProfile,
  hits: readonly IngredientHit[],
): Finding[] {
  const ruleFor = new Map<SubstanceListId, Rule>();
  for (const rule of rules)
    for (const list of rule.substanceLists) if (!ruleFor.has(list)) ruleFor.set(list, rule);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const rule = ruleFor.get(hit.list);
    if (!rule) continue;
    const key = `${hit.ingredient}|${hit.list}|${hit.reference}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const base = {
      kind: 'substance' as const,
      ruleId: rule.id,
      ruleVersion: rule.version,
      source: rule.source,
    };
    const entry = `${LIST_NAMES[hit.list]} entry ${hit.reference}`;
    const named = `"${hit.ingredient}" is ${hit.substance} (matched by ${hit.matchedBy === 'name' ? 'name' : `${hit.matchedBy.toUpperCase()} number`})`;
    switch (hit.list) {
      case 'eu_cosmetics_annex_ii':
      case 'eu_pops':
        findings.push({ ...base, severity: 'blocker', message: `${named}: prohibited, ${entry}` });
        break;
      case 'eu_cosmetics_annex_iii': {
        const percent = concentrationOf(hit.ingredient);
        const limit = hit.maxPercent;
        const over = percent !== undefined && limit !== undefined && percent > limit;
        const conditions = hit.conditions ? `; conditions: ${hit.conditions}` : '';
        findings.push({
          ...base,
          severity: over ? 'blocker' : 'action',
          message: over
            ? `${named}: ${percent} % is over the limit of ${limit} %, ${entry}${conditions}`
            : `${named}: restricted${limit !== undefined ? ` to ${limit} %` : ''}${percent === undefined ? ' (state its concentration)' : ` (stated ${percent} %)`}, ${entry}${conditions}`,
        });
        break;
      }
      case 'echa_svhc_candidate':
        findings.push({
          ...base,
          severity: 'action',
          message: `${named}: a substance of very high concern (${entry}); above 0.1 % w/w in an article, recipients must be informed and the SCIP database notified`,
        });
        break;
      case 'reach_annex_xvii':
        findings.push({
          ...base,
          severity: 'action',
          message: `${named}: restricted, ${entry}${hit.conditions ? `: ${hit.conditions}` : ''}`,
        });
        break;
      case 'reach_annex_xiv':
        findings.push({
          ...base,
          severity: 'action',
          message: `${named}: needs an authorisation for its use, ${entry}`,
        });
        break;
    }
  }
  return findings;
}

const LIST_NAMES: Record<SubstanceListId, string> = {
  eu_cosmetics_annex_ii: 'EU Cosmetics Regulation Annex II',
  eu_cosmetics_annex_iii: 'EU Cosmetics Regulation Annex III',
  echa_svhc_candidate: 'REACH Candidate List',
  reach_annex_xvii: 'REACH Annex XVII',
  reach_annex_xiv: 'REACH Annex XIV',
  eu_pops: 'EU POPs Regulation Annex I',
};

/** "Salicylic acid 2.5%" → 2.5; "Zinc oxide (25 %)" → 25. */
export function concentrationOf(ingredient: string): number | undefined {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(ingredient);
  return match?.[1] ? Number(match[1].replace(',', '.')) : undefined;
}
