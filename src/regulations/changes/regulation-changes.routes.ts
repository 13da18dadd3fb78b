import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../../platform/db/transaction.ts';
import { errorResponses } from '../../platform/http/error-body.ts';
import { createRouter } from '../../platform/http/router.ts';
import { TOPICS } from '../knowledge/knowledge.model.ts';
import {
  createSubscription,
  deleteSubscription,
  listNotifications,
  listRulePackVersions,
  listSubscriptions,
  readNotification,
  subscriptionInputSchema,
} from './subscriptions.service.ts';

const subscriptionOut = z
  .object({
    id: z.string(),
    userId: z.string(),
    markets: z.array(z.string()),
    topics: z.array(z.string()).openapi({ description: `Among ${TOPICS.join(', ')}` }),
    categories: z.array(z.string()),
    email: z.boolean(),
    webhookUrl: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('RegulationSubscription');
const notificationOut = z
  .object({
    id: z.string(),
    kind: z.enum(['published', 'reminder']),
    ruleId: z.string(),
    ruleVersion: z.number(),
    effectiveFrom: z.string(),
    title: z.string(),
    payload: z.unknown(),
    emailStatus: z.string(),
    webhookStatus: z.string(),
    subscriberId: z.string(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('RegulationNotification');
const packVersionOut = z
  .object({
    id: z.string(),
    digest: z.string(),
    ruleCount: z.number(),
    changes: z.array(
      z.object({ ruleId: z.string(), version: z.number(), change: z.string(), effectiveFrom: z.string() }),
    ),
    previousId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('RulePackVersion');

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const idParam = z.object({ id: z.string().min(1).max(100) });

const list = createRoute({
  method: 'get',
  path: '/regulations/subscriptions',
  tags: ['Regulation changes'],
  summary: "The organisation's subscriptions to regulation changes",
  responses: {
    200: { description: 'Subscriptions', ...json(z.object({ items: z.array(subscriptionOut) })) },
    ...errorResponses(401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/regulations/subscriptions',
  tags: ['Regulation changes'],
  summary: 'Subscribe to changes by market, topic and product category; by e-mail and/or a signed webhook',
  request: { body: json(subscriptionInputSchema) },
  responses: {
    201: {
      description: 'Subscribed; the webhook secret is shown this once',
      ...json(subscriptionOut.extend({ webhookSecret: z.string().nullable() })),
    },
    ...errorResponses(400, 401, 403),
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/regulations/subscriptions/{id}',
  tags: ['Regulation changes'],
  summary: 'End a subscription (idempotent)',
  request: { params: idParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});
const inbox = createRoute({
  method: 'get',
  path: '/regulations/notifications',
  tags: ['Regulation changes'],
  summary: "The organisation's notices of regulation changes (or only yours), newest first",
  request: { query: z.object({ mine: z.enum(['true', 'false']).default('false') }) },
  responses: {
    200: { description: 'Notices', ...json(z.object({ items: z.array(notificationOut) })) },
    ...errorResponses(401, 403),
  },
});
const read = createRoute({
  method: 'post',
  path: '/regulations/notifications/{id}/read',
  tags: ['Regulation changes'],
  summary: 'Mark a notice read',
  request: { params: idParam },
  responses: { 204: { description: 'Marked' }, ...errorResponses(401, 403, 404) },
});
const packVersions = createRoute({
  method: 'get',
  path: '/regulations/pack-versions',
  tags: ['Regulation changes'],
  summary:
    'Versions of the rule pack this installation has run, with the rules each added, changed or removed',
  responses: {
    200: { description: 'Versions, newest first', ...json(z.object({ items: z.array(packVersionOut) })) },
    ...errorResponses(401, 403),
  },
});

export function regulationChangeRoutes(db: Db) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json({ items: await listSubscriptions(db, c.get('actor')) }, 200));
  app.openapi(create, async (c) =>
    c.json(await createSubscription(db, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(remove, async (c) => {
    await deleteSubscription(db, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(inbox, async (c) =>
    c.json(
      { items: await listNotifications(db, c.get('actor'), { mine: c.req.valid('query').mine === 'true' }) },
      200,
    ),
  );
  app.openapi(read, async (c) => {
    await readNotification(db, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(packVersions, async (c) =>
    c.json({ items: await listRulePackVersions(c.get('actor'), db) }, 200),
  );
  return app;
}
