import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/transaction.ts';
import { errorResponses } from '../http/error-body.ts';
import { pageQuerySchema, pageSchema } from '../http/pagination.ts';
import { createRouter } from '../http/router.ts';
import { listAudit, verifyAuditChainFor } from './audit.service.ts';

const entrySchema = z
  .object({
    seq: z.number(),
    at: z.string(),
    actor: z.object({ type: z.string(), id: z.string(), label: z.string() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
const reportSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number(),
    firstBroken: z.object({ seq: z.number(), reason: z.string() }).nullable(),
  })
  .openapi('AuditChainReport');
const token = z.string().max(200).optional();

const list = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'The audit log, newest first',
  request: {
    query: pageQuerySchema.extend({
      entityType: token,
      entityId: token,
      actorId: token,
      action: token,
      from: z.coerce.date().optional(),
      to: z.coerce.date().optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of entries',
      content: { 'application/json': { schema: pageSchema(entrySchema) } },
    },
    ...errorResponses(400, 401, 403),
  },
});
const verify = createRoute({
  method: 'get',
  path: '/audit/verify',
  tags: ['Audit'],
  summary: 'Recompute the hash chain and report the first broken link',
  responses: {
    200: {
      description: 'The verification report',
      content: { 'application/json': { schema: reportSchema } },
    },
    ...errorResponses(401, 403),
  },
});

export function auditRoutes(db: Db) {
  const app = createRouter();
  app.openapi(list, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await listAudit(db, c.get('actor'), filter, { page, pageSize }), 200);
  });
  app.openapi(verify, async (c) => c.json(await verifyAuditChainFor(db, c.get('actor')), 200));
  return app;
}
