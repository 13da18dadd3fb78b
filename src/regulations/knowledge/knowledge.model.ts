import { z } from 'zod';
import { CHANNELS, conditionSchema } from './product-facts.ts';

/**
 * The regulations knowledge base: markets, rules and certifications, written in the repository
 * (src/regulations/data/) and validated by these schemas at load and in tests. Every rule and every market fact
 * cites its legal source; what cannot be sourced is left out.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Where a rule or fact comes from: the act, the article, and an official address. */
export const sourceSchema = z
  .object({
    /** The act's name as its publisher writes it: "Regulation (EC) No 1223/2009 on cosmetic products". */
    title: z.string().min(5).max(300),
    /** Article, annex, section or paragraph: "Art. 19(1)", "Annex II", "15 U.S.C. 2063(a)". */
    article: z.string().max(200).optional(),
    /** An official address (a government, a regulator, an official journal); https only. */
    url: z.string().url().startsWith('https://'),
    /** Who publishes it: "EUR-Lex", "US eCFR", "METI". */
    publisher: z.string().min(2).max(120),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

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
export type Topic = (typeof TOPICS)[number];

/**
 * What applying a rule means for the product. `prohibited`: the goods may not be imported or sold;
 * `restricted`: only with a licence, permit or under conditions the rule states; `requirement`: a
 * certification, document, label or registration is needed; `information`: a duty or fact to know.
 */
export const EFFECTS = ['prohibited', 'restricted', 'requirement', 'information'] as const;
export type Effect = (typeof EFFECTS)[number];

/** Documents the validator can ask for. */
export const DOCUMENT_KINDS = [
  'commercial_invoice',
  'packing_list',
  'certificate_of_origin',
  'declaration_of_conformity',
  'technical_documentation',
  'test_report',
  'safety_data_sheet',
  'un38_3_test_summary',
  'product_information_file',
  'cosmetic_safety_report',
  'import_licence',
  'import_permit',
  'registration_certificate',
  'health_certificate',
  'phytosanitary_certificate',
  'cites_permit',
  'supplier_qualification',
  'authenticity_verification',
  'customs_pre_approval',
  'childrens_product_certificate',
  'general_certificate_of_conformity',
  'food_contact_declaration',
  'prior_notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Substance lists the validator checks ingredients against (imported from the official files). */
export const SUBSTANCE_LISTS = [
  'eu_cosmetics_annex_ii',
  'eu_cosmetics_annex_iii',
  'echa_svhc_candidate',
  'reach_annex_xvii',
  'reach_annex_xiv',
  'eu_pops',
] as const;
export type SubstanceListId = (typeof SUBSTANCE_LISTS)[number];

/**
 * A market code: ISO 3166-1 alpha-2 for a country or territory, or a union whose rules its members share
 * (`EU`). A member state's market is itself plus its union.
 */
export const marketCode = z.string().regex(/^(?:[A-Z]{2}|EU)$/, 'an ISO 3166-1 alpha-2 code or EU');

export const ruleSchema = z
  .object({
    /** Stable across versions: "EU-RED-CE", "JP-PSE-MOBILE-BATTERY". Upper case, digits and hyphens. */
    id: z.string().regex(/^[A-Z]{2}(?:-[A-Z0-9]+)+$/, 'upper-case words joined by hyphens, the market first'),
    version: z.number().int().min(1),
    jurisdiction: marketCode,
    topic: z.enum(TOPICS),
    effect: z.enum(EFFECTS),
    /** A short title: "Radio equipment needs CE marking". */
    title: z.string().min(10).max(200),
    /** The requirement in plain words, what a compliance officer must do or know. */
    requirement: z.string().min(20).max(2000),
    scope: z
      .object({
        /** Taxonomy category ids (src/regulations/knowledge/taxonomy.ts); a rule applies to their descendants. */
        categories: z.array(z.string()).default([]),
        /** HS 2022 prefixes (2–6 digits). A product matches when its category or its HS code is in scope. */
        hsPrefixes: z.array(z.string().regex(/^\d{2,6}$/)).default([]),
        /** Origins the rule is about (ISO alpha-2); empty = any origin. */
        origins: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
        /** Channels the rule is about; empty = every channel. */
        channels: z.array(z.enum(CHANNELS)).default([]),
        /** Further conditions on product facts; the rule applies only when they hold. */
        when: conditionSchema.optional(),
      })
      .strict()
      .refine(
        (scope) => scope.categories.length > 0 || scope.hsPrefixes.length > 0 || scope.origins.length > 0,
        'a rule needs a scope: categories, HS prefixes or origins',
      ),
    /** Certification ids (certifications data) the rule requires. */
    certifications: z.array(z.string()).default([]),
    documents: z.array(z.enum(DOCUMENT_KINDS)).default([]),
    /** Label elements required, in plain words: "CE marking", "name and address of the importer". */
    labelling: z.array(z.string().min(3).max(300)).default([]),
    /** Ingredient lists to check the product's ingredients against. */
    substanceLists: z.array(z.enum(SUBSTANCE_LISTS)).default([]),
    quantityLimit: z
      .object({
        amount: z.number().positive(),
        unit: z.string().min(1).max(30),
        per: z.enum(['consignment', 'person', 'item', 'year']),
      })
      .strict()
      .optional(),
    /** How to lower the risk or comply: alternatives, insurance, who can help. */
    advice: z.string().max(1000).optional(),
    source: sourceSchema,
    effectiveFrom: isoDate,
    /** The last day the rule version applies; absent while in force. */
    effectiveTo: isoDate.optional(),
  })
  .strict()
  .refine((rule) => rule.id.startsWith(`${rule.jurisdiction}-`), {
    message: 'a rule id starts with its jurisdiction',
    path: ['id'],
  })
  .refine((rule) => !rule.effectiveTo || rule.effectiveTo >= rule.effectiveFrom, {
    message: 'effectiveTo is on or after effectiveFrom',
    path: ['effectiveTo'],
  });
export type RuleInput = z.input<typeof ruleSchema>;
export type Rule = z.output<typeof ruleSchema>;

export const CERTIFICATION_KINDS = [
  'marking',
  'certificate',
  'registration',
  'declaration',
  'listing',
  'licence',
  'notification',
] as const;

export const certificationSchema = z
  .object({
    /** "CE", "UKCA", "FCC-SDOC", "PSE-DIAMOND", "KC", "CCC", "EU-CPNP". Upper case, digits and hyphens. */
    id: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/),
    name: z.string().min(2).max(200),
    kind: z.enum(CERTIFICATION_KINDS),
    /** Markets where it is required or recognised. */
    jurisdictions: z.array(marketCode).min(1),
    /** Who grants it: "the manufacturer (self-declaration)", "a notified body", "MIC-registered body". */
    issuedBy: z.string().min(3).max(300),
    description: z.string().min(20).max(2000),
    source: sourceSchema,
  })
  .strict();
export type CertificationInput = z.input<typeof certificationSchema>;
export type Certification = z.output<typeof certificationSchema>;

const moneySchema = z
  .object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
  .strict();

/**
 * One period of a market's de minimis: below `duty` no customs duty is collected, below `tax` no import
 * VAT/GST. `null` means there is no such threshold (every consignment is liable). Periods do not overlap.
 */
export const deMinimisSchema = z
  .object({
    effectiveFrom: isoDate,
    effectiveTo: isoDate.optional(),
    duty: moneySchema.nullable(),
    tax: moneySchema.nullable(),
    /** What the threshold is measured on and its exceptions: "customs value of the consignment; not alcohol". */
    notes: z.string().max(1000).optional(),
    source: sourceSchema,
  })
  .strict();

export const SANCTION_SCOPES = ['comprehensive', 'sectoral', 'targeted', 'arms_embargo'] as const;

export const marketSchema = z
  .object({
    code: marketCode,
    name: z.string().min(2).max(100),
    kind: z.enum(['country', 'territory', 'union']),
    depth: z.enum(['basic', 'in_depth']),
    /** Unions and customs unions it belongs to whose rules or tariffs it shares: EU, EAEU, GCC, MERCOSUR, SACU... */
    memberOf: z.array(z.string().regex(/^[A-Z]{2,10}$/)).default([]),
    currency: z.string().regex(/^[A-Z]{3}$/),
    importTax: z
      .object({
        /** "VAT", "GST", "consumption tax", "sales tax (state)". */
        name: z.string().min(2).max(60),
        /** Standard rate in percent; null where there is no national rate (US state sales taxes). */
        standardRate: z.number().min(0).max(100).nullable(),
        notes: z.string().max(500).optional(),
        source: sourceSchema,
      })
      .strict(),
    deMinimis: z.array(deMinimisSchema).default([]),
    /** Sanctions or embargoes on this country by the UN, the US, the EU or the UK. Empty = none. */
    sanctions: z
      .array(
        z
          .object({
            by: z.enum(['UN', 'US', 'EU', 'UK']),
            scope: z.enum(SANCTION_SCOPES),
            summary: z.string().min(10).max(500),
            source: sourceSchema,
          })
          .strict(),
      )
      .default([]),
    dataProtection: z
      .object({ law: z.string().min(3).max(300), source: sourceSchema })
      .strict()
      .nullable(),
  })
  .strict();
export type MarketInput = z.input<typeof marketSchema>;
export type Market = z.output<typeof marketSchema>;
