import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { errorResponses } from '../platform/http/error-body.ts';
import { pageQuerySchema, pageSchema, sortQuerySchema } from '../platform/http/pagination.ts';
import { createRouter } from '../platform/http/router.ts';
import { MAX_FILE_BYTES } from '../suppliers/import/parse-table.ts';
import { dateQuery, marketsQuery, productCheckOut } from './compliance.schemas.ts';
import { checkAdHoc, checkProduct } from './compliance.service.ts';
import {
  INCIDENT_KINDS,
  incidentInputSchema,
  PRODUCT_SORTS,
  productInputSchema,
  productPatchSchema,
} from './product.model.ts';
import { productRisks } from './product-risks.service.ts';
import {
  createProduct,
  getProduct,
  listIncidents,
  listProducts,
  recordIncident,
  updateProduct,
} from './products.service.ts';
import { checkProductFile, importProductFile } from './products-import.service.ts';

const nullable = z.string().nullable();
export const productOut = z
  .object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    categoryId: nullable,
    hsCode: nullable,
    brand: nullable,
    thirdPartyBrand: z.boolean().nullable(),
    materials: z.array(z.string()),
    ingredients: z.array(z.string()),
    specifications: z.string(),
    supplierId: nullable,
    origin: nullable,
    targetMarkets: z.array(z.string()),
    certifications: z.array(z.string()),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    risks: z
      .array(z.object({ market: z.string(), risk: z.enum(['low', 'medium', 'high']) }))
      .optional()
      .openapi({ description: 'Risk per target market today (lists with withRisk=true)' }),
  })
  .openapi('Product');

const importReportOut = z
  .object({
    totalRows: z.number(),
    validRows: z.number(),
    invalidRows: z.number(),
    errors: z.array(z.object({ row: z.number(), column: z.string().nullable(), reason: z.string() })),
    errorsTruncated: z.boolean(),
    columns: z.record(z.string(), z.string()),
    ignoredColumns: z.array(z.string()),
  })
  .openapi('ProductImportReport');

const incidentOut = z
  .object({
    id: z.string(),
    productId: nullable,
    sku: nullable.optional(),
    categoryId: nullable,
    market: z.string(),
    kind: z.enum(INCIDENT_KINDS),
    occurredOn: z.string(),
    note: z.string(),
  })
  .openapi('ProductIncident');

const idParam = z.object({ id: z.string().min(1).max(100) });
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const fileField = z.instanceof(File).openapi({ type: 'string', format: 'binary' });

const list = createRoute({
  method: 'get',
  path: '/products',
  tags: ['Products'],
  summary: 'The product catalogue',
  request: {
    query: pageQuerySchema.extend({
      q: z.string().max(200).optional().openapi({ description: 'Name, SKU or brand' }),
      category: z.string().max(60).optional().openapi({ description: 'A taxonomy category id' }),
      market: z.string().max(2).optional().openapi({ description: 'Products targeting this market' }),
      withRisk: z.enum(['true', 'false']).default('false'),
      sort: sortQuerySchema(PRODUCT_SORTS, 'sku'),
    }),
  },
  responses: {
    200: { description: 'A page of products', ...json(pageSchema(productOut)) },
    ...errorResponses(400, 401, 403),
  },
});
const create = createRoute({
  method: 'post',
  path: '/products',
  tags: ['Products'],
  summary: 'Add a product',
  request: { body: json(productInputSchema) },
  responses: { 201: { description: 'Created', ...json(productOut) }, ...errorResponses(400, 401, 403, 409) },
});
const get = createRoute({
  method: 'get',
  path: '/products/{id}',
  tags: ['Products'],
  summary: 'One product',
  request: { params: idParam },
  responses: { 200: { description: 'The product', ...json(productOut) }, ...errorResponses(401, 403, 404) },
});
const update = createRoute({
  method: 'patch',
  path: '/products/{id}',
  tags: ['Products'],
  summary: 'Change a product (send the version you saw)',
  request: { params: idParam, body: json(productPatchSchema) },
  responses: {
    200: { description: 'Updated', ...json(productOut) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const check = createRoute({
  method: 'get',
  path: '/products/{id}/requirements',
  tags: ['Products'],
  summary: "A product's requirement checklist and risk per market, as of a day",
  request: { params: idParam, query: z.object({ markets: marketsQuery, date: dateQuery }) },
  responses: {
    200: { description: 'The check', ...json(productCheckOut) },
    ...errorResponses(400, 401, 403, 404),
  },
});
const checkAdHocRoute = createRoute({
  method: 'post',
  path: '/products/check',
  tags: ['Products'],
  summary: 'Check a product that is not in the catalogue (name, category, ingredients, specifications)',
  request: {
    body: json(
      z.object({
        product: productInputSchema.omit({ sku: true, targetMarkets: true, supplierId: true }).extend({
          sku: z.string().max(100).optional(),
          channel: z.enum(['b2b_import', 'ecommerce_parcel', 'personal_import']).optional(),
          value: z
            .object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
            .optional(),
        }),
        markets: z.array(z.string().max(2).toUpperCase()).min(1).max(50),
        date: z.iso.date().optional(),
      }),
    ),
  },
  responses: {
    200: { description: 'The check', ...json(productCheckOut) },
    ...errorResponses(400, 401, 403),
  },
});
const importCheck = createRoute({
  method: 'post',
  path: '/products/imports/check',
  tags: ['Products'],
  summary: 'Read a CSV or XLSX product file and report its rows; nothing is written',
  request: { body: { content: { 'multipart/form-data': { schema: z.object({ file: fileField }) } } } },
  responses: {
    200: { description: 'The row report', ...json(importReportOut) },
    ...errorResponses(400, 401, 403, 413),
  },
});
const importCommit = createRoute({
  method: 'post',
  path: '/products/imports',
  tags: ['Products'],
  summary: 'Import the valid rows of a product file in one transaction',
  request: {
    body: {
      content: {
        'multipart/form-data': {
          schema: z.object({
            file: fileField,
            acceptInvalidRows: z.enum(['true', 'false']).default('false'),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Imported', ...json(z.object({ imported: z.number(), report: importReportOut })) },
    ...errorResponses(400, 401, 403, 413),
  },
});
const incidents = createRoute({
  method: 'get',
  path: '/products/incidents',
  tags: ['Products'],
  summary: 'Recorded incidents (clearance delays, seizures) that raise risk',
  responses: {
    200: { description: 'Incidents', ...json(z.object({ items: z.array(incidentOut) })) },
    ...errorResponses(401, 403),
  },
});
const addIncident = createRoute({
  method: 'post',
  path: '/products/incidents',
  tags: ['Products'],
  summary: 'Record an incident for a product or a category in a market',
  request: { body: json(incidentInputSchema) },
  responses: {
    201: { description: 'Recorded', ...json(incidentOut) },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function productRoutes(db: Db) {
  const app = createRouter();
  const limit = bodyLimit({
    maxSize: MAX_FILE_BYTES + 64 * 1024,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `Files larger than ${MAX_FILE_BYTES / 1024 / 1024} MB cannot be imported`,
      );
    },
  });
  app.use('/products/imports', limit);
  app.use('/products/imports/*', limit);
  app.openapi(list, async (c) => {
    const { page, pageSize, sort, withRisk, category, ...filter } = c.req.valid('query');
    const actor = c.get('actor');
    const result = await listProducts(
      db,
      actor,
      { ...filter, categoryId: category },
      { page, pageSize, ...sort },
    );
    if (withRisk === 'false') return c.json(result, 200);
    return c.json({ ...result, items: await productRisks(db, actor, result.items) }, 200);
  });
  app.openapi(create, async (c) => c.json(await createProduct(db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(importCheck, async (c) => {
    const { file } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { report } = await checkProductFile(db, c.get('actor'), { fileName: file.name || 'upload', bytes });
    return c.json(report, 200);
  });
  app.openapi(importCommit, async (c) => {
    const { file, acceptInvalidRows } = c.req.valid('form');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importProductFile(
      db,
      c.get('actor'),
      { fileName: file.name || 'upload', bytes },
      {
        acceptInvalidRows: acceptInvalidRows === 'true',
      },
    );
    return c.json(result, 201);
  });
  app.openapi(incidents, async (c) => c.json({ items: await listIncidents(db, c.get('actor')) }, 200));
  app.openapi(addIncident, async (c) => {
    const incident = await recordIncident(db, c.get('actor'), c.req.valid('json'));
    return c.json(
      { ...incident, productId: incident.productId ?? null, categoryId: incident.categoryId ?? null },
      201,
    );
  });
  app.openapi(checkAdHocRoute, async (c) => {
    const { product, markets, date } = c.req.valid('json');
    return c.json(await checkAdHoc(db, c.get('actor'), product, markets, date), 200);
  });
  app.openapi(get, async (c) => c.json(await getProduct(db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(update, async (c) =>
    c.json(await updateProduct(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(check, async (c) => {
    const actor = c.get('actor');
    const product = await getProduct(db, actor, c.req.valid('param').id);
    const { markets, date } = c.req.valid('query');
    return c.json(await checkProduct(db, actor, product, markets, date), 200);
  });
  return app;
}
