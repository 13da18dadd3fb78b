export type RiskLevel = 'low' | 'medium' | 'high';

export interface Product {
  id: string;
  sku: string;
  name: string;
  category: string;
  categoryId: string | null;
  hsCode: string | null;
  brand: string | null;
  thirdPartyBrand: boolean | null;
  materials: string[];
  ingredients: string[];
  specifications: string;
  supplierId: string | null;
  origin: string | null;
  targetMarkets: string[];
  certifications: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  risks?: { market: string; risk: RiskLevel }[];
}

export type ProductInput = Pick<Product, 'sku' | 'name' | 'category' | 'specifications'> & {
  hsCode: string | null;
  brand: string | null;
  thirdPartyBrand: boolean | null;
  ingredients: string[];
  origin: string | null;
  targetMarkets: string[];
  certifications: string[];
};

export interface LegalSource {
  title: string;
  article?: string;
  url: string;
  publisher: string;
}

export interface Finding {
  kind: string;
  severity: 'blocker' | 'action' | 'info';
  message: string;
  ruleId?: string;
  ruleVersion?: number;
  source?: LegalSource;
}

export interface AppliedRule {
  id: string;
  version: number;
  jurisdiction: string;
  title: string;
  topic: string;
  effect: 'prohibited' | 'restricted' | 'requirement' | 'information';
  reasons: string[];
  source: LegalSource;
  effectiveFrom: string;
  effectiveTo?: string;
}

export interface MarketReport {
  market: string;
  marketName: string;
  date: string;
  risk: RiskLevel;
  riskReasons: { level: RiskLevel; reason: string; ruleId?: string }[];
  rules: AppliedRule[];
  possibleRules: (AppliedRule & { unknownFacts: string[] })[];
  certifications: { id: string; name: string; ruleIds: string[]; held: boolean | null }[];
  documents: { kind: string; why: string }[];
  findings: Finding[];
  suggestions: string[];
  upcoming: { ruleId: string; title: string; change: string; date: string; source: LegalSource }[];
}

export interface ProductCheck {
  product: { sku: string | null; name: string };
  category: { text: string; id: string | null; matchedBy: string | null };
  facts: { fact: string; value: unknown; readFrom: string }[];
  markets: MarketReport[];
}

export interface ProductImportReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: { row: number; column: string | null; reason: string }[];
  errorsTruncated: boolean;
  columns: Record<string, string>;
  ignoredColumns: string[];
}
