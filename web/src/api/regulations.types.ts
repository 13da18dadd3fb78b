import type { LegalSource } from './products.types.ts';

export interface Money {
  amount: number;
  currency: string;
}

export interface Market {
  code: string;
  name: string;
  kind: string;
  depth: 'basic' | 'in_depth';
  memberOf: string[];
  currency: string;
  importTax: { name: string; standardRate: number | null; notes?: string; source: LegalSource };
  deMinimisInForce: {
    effectiveFrom: string;
    duty: Money | null;
    tax: Money | null;
    notes?: string;
    source: LegalSource;
  } | null;
  sanctions: { by: string; scope: string; summary: string; source: LegalSource }[];
  dataProtection: { law: string; source: LegalSource } | null;
  ruleCount: number;
}

export interface Rule {
  id: string;
  version: number;
  jurisdiction: string;
  topic: string;
  effect: 'prohibited' | 'restricted' | 'requirement' | 'information';
  title: string;
  requirement: string;
  scope: { categories: string[]; hsPrefixes: string[]; origins: string[]; channels: string[] };
  certifications: string[];
  documents: string[];
  labelling: string[];
  substanceLists: string[];
  advice?: string;
  source: LegalSource;
  effectiveFrom: string;
  effectiveTo?: string;
}

export interface RuleChange {
  ruleId: string;
  version: number;
  jurisdiction: string;
  topic: string;
  title: string;
  change: 'takes_effect' | 'new_version' | 'ends';
  date: string;
  categories: string[];
}

export interface Category {
  id: string;
  label: string;
  parent: string | null;
}

export interface Subscription {
  id: string;
  userId: string;
  markets: string[];
  topics: string[];
  categories: string[];
  email: boolean;
  webhookUrl: string | null;
  createdAt: string;
}

export interface Notice {
  id: string;
  kind: 'published' | 'reminder';
  ruleId: string;
  ruleVersion: number;
  effectiveFrom: string;
  title: string;
  payload: {
    affectedProducts?: { id: string; sku: string; name: string }[];
    rule?: { requirement: string; source: LegalSource };
  };
  emailStatus: string;
  webhookStatus: string;
  readAt: string | null;
  createdAt: string;
}

export const TOPICS = [
  'prohibited_restricted',
  'certification',
  'labelling',
  'substances',
  'quantity_limits',
  'tariffs_de_minimis',
  'labour',
  'environment',
  'data_security',
  'anti_corruption',
] as const;
