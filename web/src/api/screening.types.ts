/** The shapes of the screening API (src/screening/*.routes.ts); the server validates its own output. */

export const entitySchemas = [
  'Person',
  'Company',
  'Organization',
  'LegalEntity',
  'Vessel',
  'Aircraft',
] as const;
export type EntitySchema = (typeof entitySchemas)[number];

export const listSources = [
  'us_ofac_sdn',
  'us_ofac_cons',
  'us_csl',
  'un_sc',
  'eu_fsf',
  'gb_hmt',
  'opensanctions',
  'senzing',
] as const;
export type ListSource = (typeof listSources)[number];

export type TokenMatchKind = 'exact' | 'term' | 'fuzzy' | 'phonetic' | 'skeleton' | 'initial' | 'compound';

/** Two words, one from each name, that agreed, and how. */
export interface TokenPair {
  query: string;
  candidate: string;
  similarity: number;
  kind: TokenMatchKind;
  /** How telling the pair is: the lesser weight of its two sides. */
  weight: number;
}

export interface NameAdjustment {
  reason: string;
  factor: number;
}

export interface NameComparison {
  query: string;
  candidate: string;
  score: number;
  queryCoverage?: number;
  candidateCoverage?: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  adjustments: NameAdjustment[];
}

export interface FeatureEffect {
  feature: string;
  /** Added to the name score (negative lowers it). */
  delta: number;
  detail: string;
}

export interface MatchExplanation {
  names: NameComparison;
  features: FeatureEffect[];
  summary: string;
}

/** A party described the FollowTheMoney way, as POST /api/v1/match takes it. */
export interface EntityQuery {
  schema: EntitySchema;
  properties: {
    name: string[];
    birthDate?: string[];
    country?: string[];
    idNumber?: string[];
    registrationNumber?: string[];
    passportNumber?: string[];
    taxNumber?: string[];
    imoNumber?: string[];
  };
}

export interface MatchRequest {
  queries: Record<string, EntityQuery>;
  limit?: number;
  threshold?: number;
  lists?: ListSource[];
}

export interface MatchResult {
  id: string;
  caption: string;
  schema: string;
  score: number;
  /** At or above the threshold; results a little below it come back with match=false (near misses). */
  match: boolean;
  datasets: string[];
  properties: { name: string[]; birthDate: string[]; country: string[]; program: string[] };
  explanation: MatchExplanation;
}

export interface MatchResponse {
  responses: Record<string, { status: number; total: number; results: MatchResult[] }>;
  threshold: number;
  limit: number;
  listVersions: string[];
}

export const matchStatuses = ['open', 'true_match', 'false_positive', 'delisted', 'cleared'] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export type Decision = 'true_match' | 'false_positive';

export interface PreviousDecision {
  status: Decision;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/** One item of the review queue: a party and a listed entity that may be the same. */
export interface ScreeningMatch {
  id: string;
  partyType: string;
  partyId: string;
  partyLabel: string;
  source: string;
  entityId: string;
  entityCaption: string;
  listVersionId: string;
  score: number;
  status: MatchStatus;
  explanation: MatchExplanation | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  /** The decision taken before the party or the entity changed, when the item was reopened. */
  previousDecision: PreviousDecision | null;
  /** Why the screening reopened, cleared or delisted the item. */
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MatchFilters {
  status?: MatchStatus;
  source?: ListSource;
  partyType?: string;
  partyId?: string;
}

export interface DecisionInput {
  decision: Decision;
  reason: string;
}

export interface ScreeningRun {
  id: string;
  trigger: string;
  scope: 'this_party' | 'all_parties';
  listVersions: string[];
  matches: number;
  ranAt: string;
}

export interface PartyScreening {
  runs: ScreeningRun[];
  matches: ScreeningMatch[];
}

export interface ListFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface ListVersion {
  id: string;
  source: string;
  label: string;
  importedAt: string;
  importedBy: string;
  files: ListFile[];
  entityCount: number;
  added: number;
  changed: number;
  removed: number;
  previousId: string | null;
  isCurrent: boolean;
}

export interface ListsOverview {
  lists: ListVersion[];
  pendingScreenings: number;
}

export const changeKinds = ['added', 'changed', 'removed'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface VersionChange {
  entityId: string;
  change: ChangeKind;
  caption: string;
  schema: string | null;
}

/** A listed entity as the lists hold it (src/screening/list-entity.model.ts). */
export interface ListEntity {
  id: string;
  source: string;
  schema: string;
  names: { value: string; kind: string; lang: string | null }[];
  birthDates: string[];
  countries: string[];
  identifiers: { type: string; value: string; country: string | null }[];
  gender: string | null;
  programs: string[];
  addresses: string[];
  listedOn: string | null;
  remarks: string | null;
}

export interface EntityChange {
  before: ListEntity | null;
  after: ListEntity | null;
}
