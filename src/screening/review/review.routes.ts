import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../platform/db/transaction.ts';
import { errorResponses } from '../../platform/http/error-body.ts';
import { pageQuerySchema, pageSchema } from '../../platform/http/pagination.ts';
import { createRouter } from '../../platform/http/router.ts';
import { safeText } from '../../platform/http/text.ts';
import { LIST_SOURCES } from '../list-entity.model.ts';
import type { PartyDirectories } from '../parties/party-directory.ts';
import { DECISIONS, MATCH_STATUSES } from '../parties/reconcile-matches.ts';
import { PARTY_TYPES } from '../parties/screening-party.ts';
import {
  decideMatch,
  getMatch,
  getPartyScreening,
  listMatches,
  requestManualScreening,
} from './review.service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({ id: z.string().min(1).max(100) });

const matchSchema = z
  .object({
    id: z.string(),
    partyType: z.string(),
    partyId: z.string(),
    partyLabel: z.string(),
    source: z.string(),
    entityId: z.string(),
    entityCaption: z.string(),
    listVersionId: z.string(),
    score: z.number(),
    status: z.enum(MATCH_STATUSES),
    explanation: z.unknown().openapi({ description: 'Names compared, per-feature effects and a summary' }),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable(),
    previousDecision: z
      .unknown()
      .openapi({ description: 'The decision taken before the party or the entity changed, if reopened' }),
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ScreeningMatch');

const list = createRoute({
  method: 'get',
  path: '/screening/matches',
  tags: ['Screening review'],
  summary: 'The review queue: potential matches of your parties, best scores first',
  request: {
    query: pageQuerySchema.extend({
      status: z.enum(MATCH_STATUSES).optional(),
      partyType: z.enum(PARTY_TYPES).optional(),
      partyId: z.string().max(100).optional(),
      source: z.enum(LIST_SOURCES).optional(),
    }),
  },
  responses: {
    200: { description: 'A page of review items', ...json(pageSchema(matchSchema)) },
    ...errorResponses(400, 401, 403),
  },
});

const get = createRoute({
  method: 'get',
  path: '/screening/matches/{id}',
  tags: ['Screening review'],
  summary: 'One review item with its explanation',
  request: { params: idParam },
  responses: {
    200: { description: 'The item', ...json(matchSchema) },
    ...errorResponses(401, 403, 404),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/screening/matches/{id}/decision',
  tags: ['Screening review'],
  summary: 'Decide a potential match: a true match suspends the party',
  request: {
    params: idParam,
    body: json(
      z.object({
        decision: z.enum(DECISIONS),
        reason: safeText(2000).pipe(z.string().min(3, 'Say why, in a few words')),
      }),
    ),
  },
  responses: {
    200: {
      description: 'The decided item',
      ...json(matchSchema.extend({ partySuspended: z.boolean() })),
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const history = createRoute({
  method: 'get',
  path: '/suppliers/{id}/screening',
  tags: ['Screening review'],
  summary: "A supplier's screening history: screenings that looked at it and its review items",
  request: { params: idParam },
  responses: {
    200: {
      description: 'The history',
      ...json(
        z.object({
          runs: z.array(
            z.object({
              id: z.string(),
              trigger: z.string(),
              scope: z.enum(['this_party', 'all_parties']),
              listVersions: z.array(z.string()),
              matches: z.number(),
              ranAt: z.string(),
            }),
          ),
          matches: z.array(matchSchema),
        }),
      ),
    },
    ...errorResponses(401, 403, 404),
  },
});

const rescreen = createRoute({
  method: 'post',
  path: '/suppliers/{id}/screening',
  tags: ['Screening review'],
  summary: 'Screen a supplier again now',
  request: { params: idParam },
  responses: {
    202: { description: 'Queued', ...json(z.object({ jobId: z.string() })) },
    ...errorResponses(401, 403, 404),
  },
});

export function reviewRoutes(db: Db, parties: PartyDirectories) {
  const app = createRouter();
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await listMatches(db, c.get('actor'), filter, { page, pageSize }), 200);
  });
  app.openapi(get, async (c) => c.json(await getMatch(db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(decide, async (c) =>
    c.json(await decideMatch(db, c.get('actor'), parties, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(history, async (c) =>
    c.json(await getPartyScreening(db, c.get('actor'), parties, 'supplier', c.req.valid('param').id), 200),
  );
  app.openapi(rescreen, async (c) =>
    c.json(
      await requestManualScreening(db, c.get('actor'), parties, 'supplier', c.req.valid('param').id),
      202,
    ),
  );
  return app;
}
