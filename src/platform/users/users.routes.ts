import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/transaction.ts';
import { errorResponses } from '../http/error-body.ts';
import { pageQuerySchema, pageSchema } from '../http/pagination.ts';
import { createRouter } from '../http/router.ts';
import { createUserSchema, updateUserSchema } from './users.model.ts';
import { createUser, listUsers, updateUser } from './users.service.ts';

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    supplierId: z.string().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
    lastSignInAt: z.string().nullable(),
  })
  .openapi('User');
const idParam = z.object({ id: z.string().min(1).max(100) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: "The organisation's users",
  request: { query: pageQuerySchema },
  responses: {
    200: { description: 'A page of users', ...json(pageSchema(userSchema)) },
    ...errorResponses(401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Users'],
  summary: 'Create a user',
  request: { body: json(createUserSchema) },
  responses: {
    201: { description: 'Created', ...json(userSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const update = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Users'],
  summary: "Change a user's name, role, password, or disable them",
  request: { params: idParam, body: json(updateUserSchema) },
  responses: {
    200: { description: 'Updated', ...json(userSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function userRoutes(db: Db) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json(await listUsers(db, c.get('actor'), c.req.valid('query')), 200));
  app.openapi(create, async (c) => c.json(await createUser(db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(update, async (c) =>
    c.json(await updateUser(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return app;
}
