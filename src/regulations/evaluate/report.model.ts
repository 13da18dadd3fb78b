import type { DocumentKind, Effect, Source, SubstanceListId, Topic } from '../knowledge/knowledge.model.ts';

export type RiskLevel = 'low' | 'medium' | 'high';

/** One thing the validator found for a product in a market, with the rule behind it. */
export type Finding = {
  kind:
    | 'prohibited'
    | 'restricted'
    | 'certification'
    | 'labelling'
    | 'substance'
    | 'quantity_limit'
    | 'document'
    | 'de_minimis'
    | 'information'
    | 'fact_needed'
    | 'incident';
  /** `blocker`: the goods cannot go as they are; `action`: something to do or prove; `info`: to know. */
  severity: 'blocker' | 'action' | 'info';
  message: string;
  ruleId?: string | undefined;
  ruleVersion?: number | undefined;
  source?: Source | undefined;
};

export type AppliedRule = {
  id: string;
  version: number;
  jurisdiction: string;
  title: string;
  topic: Topic;
  effect: Effect;
  reasons: string[];
  source: Source;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
};

/** A rule that may apply: the product does not state the facts that decide it. */
export type PossibleRule = AppliedRule & { unknownFacts: string[] };

export type RiskReason = {
  level: RiskLevel;
  reason: string;
  ruleId?: string | undefined;
};

/** A matched ingredient, as the substance lists say it (adapter from the substance index). */
export type IngredientHit = {
  ingredient: string;
  list: SubstanceListId;
  reference: string;
  substance: string;
  matchedBy: 'cas' | 'ec' | 'name';
  /** Maximum concentration in percent where the list sets one (Annex III), and its conditions in words. */
  maxPercent?: number | undefined;
  conditions?: string | undefined;
};

export type UpcomingChange = {
  ruleId: string;
  title: string;
  change: 'takes_effect' | 'ends' | 'new_version';
  date: string;
  source: Source;
};

export type MarketReport = {
  market: string;
  marketName: string;
  date: string;
  risk: RiskLevel;
  riskReasons: RiskReason[];
  rules: AppliedRule[];
  possibleRules: PossibleRule[];
  certifications: { id: string; name: string; ruleIds: string[]; held: boolean | null }[];
  documents: { kind: DocumentKind; why: string }[];
  findings: Finding[];
  suggestions: string[];
  upcoming: UpcomingChange[];
};
