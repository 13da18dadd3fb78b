import type { DocumentKind, Effect, Source, SubstanceListId, Topic } from '../knowledge/knowledge.model.ts';

export type RiskLevel = 'low' | 'medium' | 'high';

/** One thing the validator found for a product in a market, with the rule behind it. */
export type Finding = {
  readonly kind:
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
  readonly severity: 'blocker' | 'action' | 'info';
  readonly message: string;
  readonly ruleId?: string | undefined;
  readonly ruleVersion?: number | undefined;
  readonly source?: Source | undefined;
};

export type AppliedRule = {
  readonly id: string;
  readonly version: number;
  readonly jurisdiction: string;
  readonly title: string;
  readonly topic: Topic;
  readonly effect: Effect;
  readonly reasons: readonly string[];
  readonly source: Source;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | undefined;
};

/** A rule that may apply: the product does not state the facts that decide it. */
export type PossibleRule = AppliedRule & { readonly unknownFacts: readonly string[] };

export type RiskReason = {
  readonly level: RiskLevel;
  readonly reason: string;
  readonly ruleId?: string | undefined;
};

/** A matched ingredient, as the substance lists say it (adapter from the substance index). */
export type IngredientHit = {
  readonly ingredient: string;
  readonly list: SubstanceListId;
  readonly reference: string;
  readonly substance: string;
  readonly matchedBy: 'cas' | 'ec' | 'name';
  /** Maximum concentration in percent where the list sets one (Annex III), and its conditions in words. */
  readonly maxPercent?: number | undefined;
  readonly conditions?: string | undefined;
};

export type UpcomingChange = {
  readonly ruleId: string;
  readonly title: string;
  readonly change: 'takes_effect' | 'ends' | 'new_version';
  readonly date: string;
  readonly source: Source;
};

export type MarketReport = {
  readonly market: string;
  readonly marketName: string;
  readonly date: string;
  readonly risk: RiskLevel;
  readonly riskReasons: readonly RiskReason[];
  readonly rules: readonly AppliedRule[];
  readonly possibleRules: readonly PossibleRule[];
  readonly certifications: readonly { id: string; name: string; ruleIds: string[]; held: boolean | null }[];
  readonly documents: readonly { kind: DocumentKind; why: string }[];
  readonly findings: readonly Finding[];
  readonly suggestions: readonly string[];
  readonly upcoming: readonly UpcomingChange[];
};
