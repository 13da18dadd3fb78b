import { z } from 'zod';
import { safeText } from '../platform/http/text.ts';
import { ENTITY_SCHEMAS, IDENTIFIER_TYPES, LIST_SOURCES } from './list-entity.model.ts';

/**
 * The default match threshold: the score at and above which a result is a potential match that a reviewer
 * looks at. Chosen on the labelled development set (docs/benchmarks.md, screening accuracy): the highest
 * threshold that keeps recall of list-name variants at 98% or more.
 */
export const DEFAULT_THRESHOLD = 0.8;
export const MAX_QUERIES = 100;

const values = (max: number, each: number) => z.array(safeText(each)).max(max).default([]);

/** A party described the FollowTheMoney way, as yente's /match takes it. */
export const entityQuerySchema = z.object({
  schema: z.enum(ENTITY_SCHEMAS).default('LegalEntity'),
  properties: z
    .object({
      name: values(20, 500),
      alias: values(20, 500),
      birthDate: values(10, 30),
      country: values(10, 60),
      nationality: values(10, 60),
      jurisdiction: values(10, 60),
      idNumber: values(10, 100),
      passportNumber: values(10, 100),
      registrationNumber: values(10, 100),
      taxNumber: values(10, 100),
      imoNumber: values(10, 30),
      leiCode: values(10, 30),
      gender: values(2, 10),
    })
    .strip(),
});
export type EntityQuery = z.infer<typeof entityQuerySchema>;

export const matchRequestSchema = z.object({
  queries: z
    .record(z.string().min(1).max(100), entityQuerySchema)
    .refine((queries) => Object.keys(queries).length > 0, 'At least one query')
    .refine(
      (queries) => Object.keys(queries).length <= MAX_QUERIES,
      `At most ${MAX_QUERIES} queries per request`,
    ),
  limit: z.number().int().min(1).max(100).default(5),
  threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
  lists: z.array(z.enum(LIST_SOURCES)).max(LIST_SOURCES.length).optional(),
  exclude: z.array(z.string().max(200)).max(1000).default([]),
});
export type MatchRequest = z.infer<typeof matchRequestSchema>;

export { IDENTIFIER_TYPES };
