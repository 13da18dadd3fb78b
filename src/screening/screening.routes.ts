import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../platform/http/error-body.ts';
import { createRouter } from '../platform/http/router.ts';
import { requirePermission } from '../platform/tenancy/actor.ts';
import { DEFAULT_THRESHOLD, entityQuerySchema, matchRequestSchema } from './match-query.model.ts';
import { compareParties, matchQueries } from './screening.service.ts';
import type { ScreeningIndexHolder } from './screening-index.holder.ts';

const explanationSchema = z
  .object({ names: z.unknown(), features: z.array(z.unknown()), summary: z.string() })
  .openapi('MatchExplanation');
const resultSchema = z
  .object({
    id: z.string(),
    caption: z.string(),
    schema: z.string(),
    score: z.number(),
    match: z.boolean(),
    datasets: z.array(z.string()),
    properties: z.object({
      name: z.array(z.string()),
      birthDate: z.array(z.string()),
      country: z.array(z.string()),
      program: z.array(z.string()),
    }),
    explanation: explanationSchema,
  })
  .openapi('MatchResult');
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const match = createRoute({
  method: 'post',
  path: '/v1/match',
  tags: ['Screening'],
  summary: 'Screen parties against the sanctions and restricted-party lists (yente-style body)',
  description: `Default threshold ${DEFAULT_THRESHOLD}. Results under the threshold (down to 0.15 below it) come back with match=false so near misses are visible.`,
  request: { body: json(matchRequestSchema) },
  responses: {
    200: {
      description: 'Results per query, best first',
      ...json(
        z.object({
          responses: z.record(
            z.string(),
            z.object({ status: z.literal(200), total: z.number(), results: z.array(resultSchema) }),
          ),
          threshold: z.number(),
          limit: z.number(),
          listVersions: z.array(z.string()),
        }),
      ),
    },
    ...errorResponses(400, 401, 403),
  },
});

const partySchema = z.union([z.string().min(1).max(500), entityQuerySchema]);
const compare = createRoute({
  method: 'post',
  path: '/v1/compare',
  tags: ['Screening'],
  summary: 'Compare two names or two parties and explain the score',
  request: {
    body: json(
      z.object({
        left: partySchema,
        right: partySchema,
        schema: z
          .enum(['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft'])
          .default('LegalEntity'),
        threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
      }),
    ),
  },
  responses: {
    200: {
      description: 'The score, the decision at the threshold and the explanation',
      ...json(
        z.object({ score: z.number(), match: z.boolean(), explanation: z.string(), details: z.unknown() }),
      ),
    },
    ...errorResponses(400, 401, 403),
  },
});

export function screeningRoutes(holder: ScreeningIndexHolder) {
  const app = createRouter();
  app.openapi(match, async (c) =>
    c.json(await matchQueries(holder, c.get('actor'), c.req.valid('json')), 200),
  );
  app.openapi(compare, (c) => {
    requirePermission(c.get('actor'), 'screening:read');
    const body = c.req.valid('json');
    const asQuery = (party: typeof body.left) =>
      typeof party === 'string'
        ? entityQuerySchema.parse({ schema: body.schema, properties: { name: [party] } })
        : party;
    const result = compareParties(asQuery(body.left), asQuery(body.right), body.threshold);
    return c.json({ ...result, details: 'details' in result ? result.details : null }, 200);
  });
  return app;
}
