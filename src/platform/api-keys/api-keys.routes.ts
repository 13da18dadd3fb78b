import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/transaction.ts';
import { errorResponses } from '../http/error-body.ts';
import { pageQuerySchema, pageSchema } from '../http/pagination.ts';
import { createRouter } from '../http/router.ts';
import { createApiKey, createApiKeySchema, listApiKeys, revokeApiKey } from './api-keys.service.ts';

const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: "The organisation's API keys (never their secrets)",
  request: { query: pageQuerySchema },
  responses: {
    200: { description: 'A page of keys', ...json(pageSchema(apiKeySchema)) },
    ...errorResponses(401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Create an API key; the secret is in this answer only',
  request: { body: json(createApiKeySchema) },
  responses: {
    201: { description: 'Created', ...json(z.object({ apiKey: apiKeySchema, secret: z.string() })) },
    ...errorResponses(400, 401, 403),
  },
});
const revoke = createRoute({
  method: 'delete',
  path: '/api-keys/{id}',
  tags: ['API keys'],
  summary: 'Revoke an API key',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});

export function apiKeyRoutes(db: Db) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json(await listApiKeys(db, c.get('actor'), c.req.valid('query')), 200));
  app.openapi(create, async (c) => c.json(await createApiKey(db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(revoke, async (c) => {
    await revokeApiKey(db, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}
