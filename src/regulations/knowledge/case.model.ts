import { z } from 'zod';
import { marketCode } from './knowledge.model.ts';
import { CHANNELS, FACT_PATHS, type FactPath } from './product-facts.ts';

/**
 * A real product case written from the cited sources (src/regulations/data/cases/): a product, a market and
 * a date, and what the knowledge base must answer. The tests run every case through the validator.
 */
export const regulationCaseSchema = z
  .object({
    name: z.string().min(5).max(200),
    market: marketCode,
    /** The date the answer is asked "as of". */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    product: z
      .object({
        name: z.string().min(2).max(200),
        category: z.string().min(2),
        hsCode: z
          .string()
          .regex(/^\d{4,10}$/)
          .optional(),
        origin: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .optional(),
        channel: z.enum(CHANNELS).optional(),
        /** Declared value of the consignment, for de minimis. */
        value: z
          .object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
          .optional(),
        /** Ingredients as a user writes them: "Water (CAS 7732-18-5)", "Lead acetate". */
        ingredients: z.array(z.string().min(1)).default([]),
        facts: z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
          .refine(
            (facts) => Object.keys(facts).every((k) => (FACT_PATHS as string[]).includes(k)),
            'unknown fact',
          )
          .default({}),
      })
      .strict(),
    expect: z
      .object({
        /** Rule ids that must apply. */
        rules: z.array(z.string()).default([]),
        /** Rule ids that must not apply (a neighbouring case the rule must leave out). */
        notRules: z.array(z.string()).default([]),
        certifications: z.array(z.string()).default([]),
        risk: z.enum(['low', 'medium', 'high']).optional(),
      })
      .strict(),
  })
  .strict();
export type RegulationCaseInput = z.input<typeof regulationCaseSchema>;
export type RegulationCase = z.output<typeof regulationCaseSchema>;
export type { FactPath };
