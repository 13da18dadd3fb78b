import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../platform/http/error-body.ts';
import { createRouter } from '../platform/http/router.ts';
import { requirePermission } from '../platform/tenancy/actor.ts';
import { dateQuery, sourceOut } from '../products/compliance.schemas.ts';
import { today } from '../products/compliance.service.ts';
import { TOPICS } from './knowledge/knowledge.model.ts';
import {
  getMarket,
  getRuleHistory,
  listCategories,
  listCertifications,
  listChanges,
  listMarkets,
  listRules,
} from './regulations.service.ts';

const money = z.object({ amount: z.number(), currency: z.string() });
const deMinimisOut = z.object({
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  duty: money.nullable(),
  tax: money.nullable(),
  notes: z.string().optional(),
  source: sourceOut,
});
const marketOut = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    depth: z.enum(['basic', 'in_depth']),
    memberOf: z.array(z.string()),
    currency: z.string(),
    importTax: z.object({
      name: z.string(),
      standardRate: z.number().nullable(),
      notes: z.string().optional(),
      source: sourceOut,
    }),
    deMinimis: z.array(deMinimisOut),
    deMinimisInForce: deMinimisOut.nullable(),
    sanctions: z.array(
      z.object({ by: z.string(), scope: z.string(), summary: z.string(), source: sourceOut }),
    ),
    dataProtection: z.object({ law: z.string(), source: sourceOut }).nullable(),
    ruleCount: z.number(),
  })
  .openapi('Market');
const ruleOut = z
  .object({
    id: z.string(),
    version: z.number(),
    jurisdiction: z.string(),
    topic: z.enum(TOPICS),
    effect: z.enum(['prohibited', 'restricted', 'requirement', 'information']),
    title: z.string(),
    requirement: z.string(),
    scope: z.object({
      categories: z.array(z.string()),
      hsPrefixes: z.array(z.string()),
      origins: z.array(z.string()),
      channels: z.array(z.string()),
      when: z.unknown().optional(),
    }),
    certifications: z.array(z.string()),
    documents: z.array(z.string()),
    labelling: z.array(z.string()),
    substanceLists: z.array(z.string()),
    quantityLimit: z.object({ amount: z.number(), unit: z.string(), per: z.string() }).optional(),
    advice: z.string().optional(),
    source: sourceOut,
    effectiveFrom: z.string(),
    effectiveTo: z.string().optional(),
  })
  .openapi('Rule');
const certificationOut = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    jurisdictions: z.array(z.string()),
    issuedBy: z.string(),
    description: z.string(),
    source: sourceOut,
    ruleIds: z.array(z.string()).optional(),
  })
  .openapi('Certification');
const changeOut = z
  .object({
    ruleId: z.string(),
    version: z.number(),
    jurisdiction: z.string(),
    topic: z.string(),
    title: z.string(),
    change: z.enum(['takes_effect', 'new_version', 'ends']),
    date: z.string(),
    categories: z.array(z.string()),
  })
  .openapi('RuleChange');

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const items = <T extends z.ZodType>(schema: T) => json(z.object({ items: z.array(schema) }));
const filters = {
  market: z
    .string()
    .max(2)
    .optional()
    .openapi({ description: 'A market code (ISO 3166-1 alpha-2 or EU); members include the EU rules' }),
  topic: z.enum(TOPICS).optional(),
  category: z
    .string()
    .max(60)
    .optional()
    .openapi({ description: 'A taxonomy category id (its ancestors and descendants count)' }),
};

const markets = createRoute({
  method: 'get',
  path: '/regulations/markets',
  tags: ['Regulations'],
  summary:
    'The markets of the knowledge base, with import tax, de minimis in force, sanctions and data-protection law',
  request: { query: z.object({ date: dateQuery }) },
  responses: { 200: { description: 'Markets', ...items(marketOut) }, ...errorResponses(400, 401, 403) },
});
const market = createRoute({
  method: 'get',
  path: '/regulations/markets/{id}',
  tags: ['Regulations'],
  summary: 'One market',
  request: {
    params: z.object({ id: z.string().min(2).max(2).openapi({ description: 'The market code' }) }),
    query: z.object({ date: dateQuery }),
  },
  responses: {
    200: { description: 'The market', ...json(marketOut) },
    ...errorResponses(400, 401, 403, 404),
  },
});
const rules = createRoute({
  method: 'get',
  path: '/regulations/rules',
  tags: ['Regulations'],
  summary: 'Rules in force on a day, by market, topic and category',
  request: { query: z.object({ ...filters, date: dateQuery, q: z.string().max(200).optional() }) },
  responses: { 200: { description: 'Rules', ...items(ruleOut) }, ...errorResponses(400, 401, 403) },
});
const rule = createRoute({
  method: 'get',
  path: '/regulations/rules/{id}',
  tags: ['Regulations'],
  summary: 'Every version of a rule, with the certifications it requires',
  request: { params: z.object({ id: z.string().min(3).max(100) }) },
  responses: {
    200: {
      description: 'The rule',
      ...json(
        z.object({ id: z.string(), versions: z.array(ruleOut), certifications: z.array(certificationOut) }),
      ),
    },
    ...errorResponses(401, 403, 404),
  },
});
const changes = createRoute({
  method: 'get',
  path: '/regulations/changes',
  tags: ['Regulations'],
  summary: 'What changes soon: rules taking effect, changing or ending within a number of days',
  request: {
    query: z.object({
      ...filters,
      from: dateQuery,
      days: z.coerce.number().int().min(1).max(3650).default(90),
    }),
  },
  responses: {
    200: { description: 'Changes, soonest first', ...items(changeOut) },
    ...errorResponses(400, 401, 403),
  },
});
const certifications = createRoute({
  method: 'get',
  path: '/regulations/certifications',
  tags: ['Regulations'],
  summary: 'Certifications and marks, with the rules that require them',
  request: { query: z.object({ market: filters.market }) },
  responses: {
    200: { description: 'Certifications', ...items(certificationOut) },
    ...errorResponses(400, 401, 403),
  },
});
const categories = createRoute({
  method: 'get',
  path: '/regulations/categories',
  tags: ['Regulations'],
  summary: 'The product taxonomy, mapped to HS 2022',
  responses: {
    200: {
      description: 'Categories',
      ...items(
        z.object({
          id: z.string(),
          label: z.string(),
          parent: z.string().nullable(),
          hs: z.array(z.string()),
          synonyms: z.array(z.string()),
        }),
      ),
    },
    ...errorResponses(401, 403),
  },
});

export function regulationRoutes() {
  const app = createRouter();
  app.openapi(markets, async (c) =>
    c.json({ items: await listMarkets(c.get('actor'), c.req.valid('query').date ?? today()) }, 200),
  );
  app.openapi(market, async (c) =>
    c.json(
      await getMarket(c.get('actor'), c.req.valid('param').id, c.req.valid('query').date ?? today()),
      200,
    ),
  );
  app.openapi(rules, async (c) => {
    const query = c.req.valid('query');
    return c.json({ items: await listRules(c.get('actor'), { ...query, date: query.date ?? today() }) }, 200);
  });
  app.openapi(rule, async (c) => c.json(await getRuleHistory(c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(changes, async (c) => {
    const query = c.req.valid('query');
    return c.json(
      { items: await listChanges(c.get('actor'), { ...query, from: query.from ?? today() }) },
      200,
    );
  });
  app.openapi(certifications, async (c) =>
    c.json({ items: await listCertifications(c.get('actor'), c.req.valid('query').market) }, 200),
  );
  app.openapi(categories, (c) => {
    requirePermission(c.get('actor'), 'regulations:read');
    return c.json({ items: listCategories() }, 200);
  });
  return app;
}
