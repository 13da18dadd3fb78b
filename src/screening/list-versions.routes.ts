import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../platform/db/transaction.ts';
import { errorResponses } from '../platform/http/error-body.ts';
import { pageQuerySchema, pageSchema } from '../platform/http/pagination.ts';
import { createRouter } from '../platform/http/router.ts';
import { LIST_SOURCES } from './list-entity.model.ts';
import {
  getEntityChange,
  getListsOverview,
  getListVersion,
  getListVersions,
  getVersionChanges,
} from './list-versions.service.ts';

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const versionSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    label: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
    files: z.array(z.object({ name: z.string(), sha256: z.string(), bytes: z.number() })),
    entityCount: z.number(),
    added: z.number(),
    changed: z.number(),
    removed: z.number(),
    previousId: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .openapi('ListVersion');

const overview = createRoute({
  method: 'get',
  path: '/screening/lists',
  tags: ['Lists'],
  summary: 'The lists in force and the screenings still waiting to run',
  responses: {
    200: {
      description: 'The lists',
      ...json(z.object({ lists: z.array(versionSchema), pendingScreenings: z.number() })),
    },
    ...errorResponses(401, 403),
  },
});

const versions = createRoute({
  method: 'get',
  path: '/screening/lists/versions',
  tags: ['Lists'],
  summary: 'Every imported version of the lists, newest first, with its counts of differences',
  request: { query: pageQuerySchema.extend({ source: z.enum(LIST_SOURCES).optional() }) },
  responses: {
    200: { description: 'A page of versions', ...json(pageSchema(versionSchema)) },
    ...errorResponses(400, 401, 403),
  },
});

const versionId = z.object({ id: z.string().min(1).max(100) });
const version = createRoute({
  method: 'get',
  path: '/screening/lists/versions/{id}',
  tags: ['Lists'],
  summary: 'One version of a list, with its files and its counts of differences',
  request: { params: versionId },
  responses: {
    200: { description: 'The version', ...json(versionSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});

const changes = createRoute({
  method: 'get',
  path: '/screening/lists/versions/{id}/changes',
  tags: ['Lists'],
  summary: 'What a version added, changed and removed compared with the one before it',
  request: {
    params: versionId,
    query: pageQuerySchema.extend({ change: z.enum(['added', 'changed', 'removed']).optional() }),
  },
  responses: {
    200: {
      description: 'A page of differences',
      ...json(
        pageSchema(
          z.object({
            entityId: z.string(),
            change: z.enum(['added', 'changed', 'removed']),
            caption: z.string(),
            schema: z.string().nullable(),
          }),
        ),
      ),
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const entityChange = createRoute({
  method: 'get',
  path: '/screening/lists/versions/{id}/entity',
  tags: ['Lists'],
  summary: 'An entity as this version holds it and as the version before held it',
  request: { params: versionId, query: z.object({ entityId: z.string().min(1).max(200) }) },
  responses: {
    200: { description: 'Before and after', ...json(z.object({ before: z.unknown(), after: z.unknown() })) },
    ...errorResponses(401, 403, 404),
  },
});

export function listVersionRoutes(db: Db) {
  const app = createRouter();
  app.openapi(overview, async (c) => c.json(await getListsOverview(db, c.get('actor')), 200));
  app.openapi(versions, async (c) => {
    const { page, pageSize, source } = c.req.valid('query');
    return c.json(await getListVersions(db, c.get('actor'), source, { page, pageSize }), 200);
  });
  app.openapi(version, async (c) =>
    c.json(await getListVersion(db, c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(changes, async (c) => {
    const { page, pageSize, change } = c.req.valid('query');
    return c.json(
      await getVersionChanges(db, c.get('actor'), c.req.valid('param').id, change, { page, pageSize }),
      200,
    );
  });
  app.openapi(entityChange, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await getEntityChange(db, c.get('actor'), id, c.req.valid('query').entityId), 200);
  });
  return app;
}
