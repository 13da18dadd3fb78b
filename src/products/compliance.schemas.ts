import { z } from '@hono/zod-openapi';

/** The OpenAPI shapes of compliance answers (src/regulations/evaluate/report.model.ts). */

export const sourceOut = z
  .object({ title: z.string(), article: z.string().optional(), url: z.string(), publisher: z.string() })
  .openapi('LegalSource');

const appliedRule = z.object({
  id: z.string(),
  version: z.number(),
  jurisdiction: z.string(),
  title: z.string(),
  topic: z.string(),
  effect: z.enum(['prohibited', 'restricted', 'requirement', 'information']),
  reasons: z.array(z.string()),
  source: sourceOut,
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
});

export const findingOut = z
  .object({
    kind: z.string(),
    severity: z.enum(['blocker', 'action', 'info']),
    message: z.string(),
    ruleId: z.string().optional(),
    ruleVersion: z.number().optional(),
    source: sourceOut.optional(),
  })
  .openapi('ComplianceFinding');

export const marketReportOut = z
  .object({
    market: z.string(),
    marketName: z.string(),
    date: z.string(),
    risk: z.enum(['low', 'medium', 'high']),
    riskReasons: z.array(
      z.object({
        level: z.enum(['low', 'medium', 'high']),
        reason: z.string(),
        ruleId: z.string().optional(),
      }),
    ),
    rules: z.array(appliedRule),
    possibleRules: z.array(appliedRule.extend({ unknownFacts: z.array(z.string()) })),
    certifications: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        ruleIds: z.array(z.string()),
        held: z.boolean().nullable(),
      }),
    ),
    documents: z.array(z.object({ kind: z.string(), why: z.string() })),
    findings: z.array(findingOut),
    suggestions: z.array(z.string()),
    upcoming: z.array(
      z.object({
        ruleId: z.string(),
        title: z.string(),
        change: z.enum(['takes_effect', 'ends', 'new_version']),
        date: z.string(),
        source: sourceOut,
      }),
    ),
  })
  .openapi('MarketReport');

export const productCheckOut = z
  .object({
    product: z.object({ sku: z.string().nullable(), name: z.string() }),
    category: z.object({ text: z.string(), id: z.string().nullable(), matchedBy: z.string().nullable() }),
    facts: z.array(z.object({ fact: z.string(), value: z.unknown(), readFrom: z.string() })),
    markets: z.array(marketReportOut),
  })
  .openapi('ProductCheck');

/** `markets=EU,US,JP` → ['EU', 'US', 'JP']. */
export const marketsQuery = z
  .string()
  .max(400)
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(/[,\s]+/)
      .map((m) => m.trim().toUpperCase())
      .filter(Boolean),
  )
  .openapi({ description: 'Comma-separated market codes (ISO 3166-1 alpha-2 or EU)', example: 'EU,US,JP' });

export const dateQuery = z.iso
  .date()
  .optional()
  .openapi({ description: 'Answer as of this day (YYYY-MM-DD); today when absent', example: '2026-11-22' });
