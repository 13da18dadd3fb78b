import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses } from '../../platform/http/error-body.ts';
import { createRouter } from '../../platform/http/router.ts';
import { requirePermission } from '../../platform/tenancy/actor.ts';
import { columnMappingSchema, IMPORT_FIELDS } from './column-mapping.ts';
import {
  executeImport,
  getImportStatus,
  prepareImport,
  uploadImport,
  validateImport,
} from './imports.service.ts';
import { MAX_FILE_BYTES } from './parse-table.ts';

const mappingOut = z.record(z.enum(IMPORT_FIELDS), z.string().nullable());
const previewSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    headers: z.array(z.string()),
    totalRows: z.number(),
    suggestedMapping: mappingOut,
    sampleRows: z.array(z.array(z.string())),
  })
  .openapi('ImportPreview');
const reportSchema = z
  .object({
    totalRows: z.number(),
    validRows: z.number(),
    invalidRows: z.number(),
    errors: z.array(
      z.object({
        row: z.number(),
        column: z.string().nullable(),
        field: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    errorsTruncated: z.boolean(),
  })
  .openapi('ImportReport');
const statusSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    format: z.string(),
    status: z.string(),
    progress: z.object({ processed: z.number(), total: z.number() }),
    created: z.number().nullable(),
    skipped: z.number().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi('ImportStatus');
const idParam = z.object({ id: z.string().min(1).max(100) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const upload = createRoute({
  method: 'post',
  path: '/suppliers/imports',
  tags: ['Supplier import'],
  summary: 'Upload a CSV or XLSX file of suppliers; answers its columns and a suggested mapping',
  request: {
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Uploaded', ...json(previewSchema) },
    ...errorResponses(400, 401, 403, 413),
  },
});
const status = createRoute({
  method: 'get',
  path: '/suppliers/imports/{id}',
  tags: ['Supplier import'],
  summary: 'Status and progress of an import',
  request: { params: idParam },
  responses: { 200: { description: 'The status', ...json(statusSchema) }, ...errorResponses(401, 403, 404) },
});
const validate = createRoute({
  method: 'post',
  path: '/suppliers/imports/{id}/validate',
  tags: ['Supplier import'],
  summary: 'Check every row with a column mapping; nothing is written',
  request: { params: idParam, body: json(z.object({ mapping: columnMappingSchema })) },
  responses: {
    200: { description: 'The row report', ...json(reportSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
});
const commit = createRoute({
  method: 'post',
  path: '/suppliers/imports/{id}/commit',
  tags: ['Supplier import'],
  summary: 'Import the rows in one transaction (in the background; poll the status)',
  request: {
    params: idParam,
    body: json(z.object({ mapping: columnMappingSchema, acceptInvalidRows: z.boolean().default(false) })),
  },
  responses: {
    202: { description: 'Started', ...json(statusSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function importRoutes(db: Db) {
  const app = createRouter();
  app.use(
    '/suppliers/imports',
    bodyLimit({
      maxSize: MAX_FILE_BYTES + 64 * 1024,
      onError: () => {
        throw new AppError(
          'payload_too_large',
          `Files larger than ${MAX_FILE_BYTES / 1024 / 1024} MB cannot be imported`,
        );
      },
    }),
  );
  app.openapi(upload, async (c) => {
    requirePermission(c.get('actor'), 'suppliers:import');
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(await uploadImport(db, c.get('actor'), { fileName: file.name || 'upload', bytes }), 201);
  });
  app.openapi(status, async (c) =>
    c.json(await getImportStatus(db, c.get('actor'), c.req.valid('param').id), 200),
  );
  app.openapi(validate, async (c) =>
    c.json(
      await validateImport(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json').mapping),
      200,
    ),
  );
  app.openapi(commit, async (c) => {
    const actor = c.get('actor');
    const { id } = c.req.valid('param');
    const job = await prepareImport(db, actor, id, c.req.valid('json'));
    const log = c.get('log');
    executeImport(db, job).catch((error: unknown) =>
      log.error({ err: error, importId: id }, 'import failed'),
    );
    return c.json(await getImportStatus(db, actor, id), 202);
  });
  return app;
}
