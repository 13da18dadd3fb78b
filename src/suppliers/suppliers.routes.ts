import { Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../platform/db/transaction.ts';
import { errorResponses } from '../platform/http/error-body.ts';
import { pageQuerySchema, pageSchema, sortQuerySchema } from '../platform/http/pagination.ts';
import { createRouter } from '../platform/http/router.ts';
import { requirePermission } from '../platform/tenancy/actor.ts';
import { exportSuppliers } from './export.ts';
import {
  countrySchema,
  REGISTRATION_TYPES,
  SUPPLIER_SORTS,
  SUPPLIER_STATUSES,
  supplierInputSchema,
  supplierPatchSchema,
} from './supplier.model.ts';
import {
  createSupplier,
  getSupplier,
  listSuppliers,
  supplierScopeOf,
  updateSupplier,
} from './suppliers.service.ts';
import { streamSupplierRows, toSupplier } from './suppliers.store.ts';

const nullableText = z.string().nullable();
export const supplierSchema = z
  .object({
    id: z.string(),
    legalName: z.string(),
    otherNames: z.array(z.string()),
    country: z.string(),
    registrationNumber: nullableText,
    registrationType: z.enum(REGISTRATION_TYPES).nullable(),
    address: z.object({
      line1: nullableText,
      line2: nullableText,
      city: nullableText,
      postalCode: nullableText,
      region: nullableText,
    }),
    contacts: z.array(
      z.object({ name: nullableText, email: nullableText, phone: nullableText, role: nullableText }),
    ),
    productCategories: z.array(z.string()),
    status: z.enum(SUPPLIER_STATUSES),
    statusReason: nullableText.openapi({
      description: 'Why the platform set the status, e.g. a confirmed sanctions match',
    }),
    tags: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  })
  .openapi('Supplier');

const filterSchema = z.object({
  q: z.string().max(300).optional().openapi({ description: 'Any of the names, in any script' }),
  country: countrySchema.optional(),
  status: z.enum(SUPPLIER_STATUSES).optional(),
  tag: z.string().max(60).optional(),
});
const idParam = z.object({ id: z.string().min(1).max(100) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/suppliers',
  tags: ['Suppliers'],
  summary: 'Search the supplier registry',
  request: {
    query: pageQuerySchema
      .extend(filterSchema.shape)
      .extend({ sort: sortQuerySchema(SUPPLIER_SORTS, 'legalName') }),
  },
  responses: {
    200: { description: 'A page of suppliers', ...json(pageSchema(supplierSchema)) },
    ...errorResponses(400, 401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/suppliers',
  tags: ['Suppliers'],
  summary: 'Add a supplier',
  request: { body: json(supplierInputSchema) },
  responses: {
    201: { description: 'Created', ...json(supplierSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
});
const get = createRoute({
  method: 'get',
  path: '/suppliers/{id}',
  tags: ['Suppliers'],
  summary: 'One supplier',
  request: { params: idParam },
  responses: {
    200: { description: 'The supplier', ...json(supplierSchema) },
    ...errorResponses(401, 403, 404),
  },
});
const update = createRoute({
  method: 'patch',
  path: '/suppliers/{id}',
  tags: ['Suppliers'],
  summary: 'Change a supplier (send the version you saw)',
  request: { params: idParam, body: json(supplierPatchSchema) },
  responses: {
    200: { description: 'Updated', ...json(supplierSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/suppliers/export',
  tags: ['Suppliers'],
  summary: 'Download the suppliers matching the filters as CSV or XLSX',
  request: { query: filterSchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }) },
  responses: {
    200: {
      description: 'The file',
      content: {
        'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().openapi({ format: 'binary' }),
        },
      },
    },
    ...errorResponses(400, 401, 403),
  },
});

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function supplierRoutes(db: Db) {
  const app = createRouter();
  app.openapi(list, async (c) => {
    const { page, pageSize, sort, ...filter } = c.req.valid('query');
    return c.json(await listSuppliers(db, c.get('actor'), filter, { page, pageSize, ...sort }), 200);
  });
  app.openapi(create, async (c) =>
    c.json(await createSupplier(db, c.get('actor'), c.req.valid('json')), 201),
  );
  // Registered before /suppliers/{id}, which would otherwise take "export" for an id.
  app.openapi(exportRoute, (c) => {
    const actor = c.get('actor');
    requirePermission(actor, 'suppliers:export');
    const { format, ...filter } = c.req.valid('query');
    const pages = (async function* () {
      for await (const rows of streamSupplierRows(db, supplierScopeOf(actor), filter))
        yield rows.map(toSupplier);
    })();
    const stamp = new Date().toISOString().slice(0, 10);
    const body = Readable.toWeb(exportSuppliers(pages, format)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="suppliers-${stamp}.${format}"`,
    });
  });
  app.openapi(get, async (c) => c.json(await getSupplier(db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(update, async (c) =>
    c.json(await updateSupplier(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return app;
}
