import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../regulations/knowledge/knowledge-base.ts';
import { importListVersion } from '../../screening/list-versions.service.ts';
import { type Permission, permissionsOf, ROLES, type Role } from '../auth/roles.ts';
import { type ErrorBody, sleep } from '../testing/api-expectations.ts';
import { createTestApp, type RequestOptions, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';

// One security test for every route: the operations come from the OpenAPI document, so a route added
// without an entry below (or without protection) makes this file fail. A new route gets a row in
// EXPECTATIONS: its permission, a valid request, and for `{id}` paths a fixture made by createFixtures.

type Fixture =
  | 'supplier'
  | 'user'
  | 'apiKey'
  | 'import'
  | 'match'
  | 'listVersion'
  | 'product'
  | 'market'
  | 'rule'
  | 'subscription'
  | 'notification';
type Fixtures = Record<Fixture, string>;
type Client = Awaited<ReturnType<TestApp['signIn']>>;

interface Expectation {
  /** What the caller needs; null: any signed-in caller. */
  permission: Permission | null;
  /** The object whose id fills `{id}`. */
  id?: Fixture;
  /** A valid request, so that only authentication, tenancy or authorisation can refuse it. */
  request?: () => RequestOptions;
  /** Ends the caller's session: exercised after every other operation. */
  endsSession?: boolean;
  /** Reference data shared by every organisation (sanctions list versions): no 404 for another organisation. */
  shared?: boolean;
  /** A query string the operation needs. */
  query?: string;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const mapping = { legalName: 'Legal name', country: 'Country' };
const csvForm = () => {
  const form = new FormData();
  form.append('file', new File([`Legal name,Country\nImported ${unique()},DE\n`], 'suppliers.csv'));
  return { form };
};

const EXPECTATIONS: Record<string, Expectation> = {
  'POST /api/auth/logout': { permission: null, endsSession: true },
  'GET /api/auth/me': { permission: null },
  'GET /api/users': { permission: 'users:read' },
  'POST /api/users': {
    permission: 'users:manage',
    request: () => ({
      json: { email: `new.${unique()}@a.test`, name: 'New', role: 'customs', password: TEST_PASSWORD },
    }),
  },
  'PATCH /api/users/{id}': {
    permission: 'users:manage',
    id: 'user',
    request: () => ({ json: { name: 'X' } }),
  },
  'GET /api/api-keys': { permission: 'api_keys:manage' },
  'POST /api/api-keys': {
    permission: 'api_keys:manage',
    request: () => ({ json: { name: 'probe', role: 'customs' } }),
  },
  'DELETE /api/api-keys/{id}': { permission: 'api_keys:manage', id: 'apiKey' },
  'GET /api/audit': { permission: 'audit:read' },
  'GET /api/audit/verify': { permission: 'audit:read' },
  'POST /api/suppliers/imports': { permission: 'suppliers:import', request: csvForm },
  'GET /api/suppliers/imports/{id}': { permission: 'suppliers:import', id: 'import' },
  'POST /api/suppliers/imports/{id}/validate': {
    permission: 'suppliers:import',
    id: 'import',
    request: () => ({ json: { mapping } }),
  },
  'POST /api/suppliers/imports/{id}/commit': {
    permission: 'suppliers:import',
    id: 'import',
    request: () => ({ json: { mapping, acceptInvalidRows: false } }),
  },
  'GET /api/suppliers': { permission: 'suppliers:read' },
  'POST /api/suppliers': {
    permission: 'suppliers:write',
    request: () => ({ json: { legalName: `Probe ${unique()}`, country: 'DE' } }),
  },
  'GET /api/suppliers/export': { permission: 'suppliers:export' },
  'GET /api/suppliers/{id}': { permission: 'suppliers:read', id: 'supplier' },
  'PATCH /api/suppliers/{id}': {
    permission: 'suppliers:write',
    id: 'supplier',
    request: () => ({ json: { version: 1, legalName: 'Changed by a probe' } }),
  },
};
EXPECTATIONS['POST /api/v1/match'] = {
  permission: 'screening:read',
  request: () => ({
    json: { queries: { q1: { schema: 'Person', properties: { name: ['Probe Person'] } } } },
  }),
};
EXPECTATIONS['POST /api/v1/compare'] = {
  permission: 'screening:read',
  request: () => ({ json: { left: 'Probe One', right: 'Probe Two' } }),
};
EXPECTATIONS['GET /api/screening/matches'] = { permission: 'screening:read' };
EXPECTATIONS['GET /api/screening/matches/{id}'] = { permission: 'screening:read', id: 'match' };
EXPECTATIONS['POST /api/screening/matches/{id}/decision'] = {
  permission: 'screening:review',
  id: 'match',
  request: () => ({ json: { decision: 'false_positive', reason: `Probe ${unique()}` } }),
};
EXPECTATIONS['GET /api/suppliers/{id}/screening'] = { permission: 'screening:read', id: 'supplier' };
EXPECTATIONS['POST /api/suppliers/{id}/screening'] = { permission: 'screening:review', id: 'supplier' };
EXPECTATIONS['GET /api/screening/lists'] = { permission: 'screening:read' };
EXPECTATIONS['GET /api/screening/lists/versions'] = { permission: 'screening:read' };
EXPECTATIONS['GET /api/screening/lists/versions/{id}'] = {
  permission: 'screening:read',
  id: 'listVersion',
  shared: true,
};
EXPECTATIONS['GET /api/screening/lists/versions/{id}/changes'] = {
  permission: 'screening:read',
  id: 'listVersion',
  shared: true,
};
EXPECTATIONS['GET /api/screening/lists/versions/{id}/entity'] = {
  permission: 'screening:read',
  id: 'listVersion',
  shared: true,
  query: 'entityId=opensanctions:fixture-1',
};
const productCsv = (name = 'products.csv') => {
  const form = new FormData();
  form.append('file', new File([`sku,name,category\nP-${unique()},Probe kettle,kettle\n`], name));
  return { form };
};
EXPECTATIONS['GET /api/products'] = { permission: 'products:read', query: 'withRisk=true' };
EXPECTATIONS['POST /api/products'] = {
  permission: 'products:write',
  request: () => ({ json: { sku: `P-${unique()}`, name: 'Probe speaker', category: 'bluetooth speaker' } }),
};
EXPECTATIONS['GET /api/products/{id}'] = { permission: 'products:read', id: 'product' };
EXPECTATIONS['PATCH /api/products/{id}'] = {
  permission: 'products:write',
  id: 'product',
  request: () => ({ json: { version: 1, name: 'Changed by a probe' } }),
};
EXPECTATIONS['GET /api/products/{id}/requirements'] = {
  permission: 'products:read',
  id: 'product',
  query: 'markets=DE',
};
EXPECTATIONS['POST /api/products/check'] = {
  permission: 'regulations:read',
  request: () => ({ json: { product: { name: 'Probe lipstick', category: 'lipstick' }, markets: ['DE'] } }),
};
EXPECTATIONS['POST /api/products/imports/check'] = {
  permission: 'products:import',
  request: () => productCsv(),
};
EXPECTATIONS['POST /api/products/imports'] = { permission: 'products:import', request: () => productCsv() };
EXPECTATIONS['GET /api/products/incidents'] = { permission: 'products:read' };
EXPECTATIONS['POST /api/products/incidents'] = {
  permission: 'incidents:write',
  request: () => ({
    json: { categoryId: 'toys', market: 'DE', kind: 'clearance_delay', occurredOn: '2026-10-01' },
  }),
};
EXPECTATIONS['GET /api/regulations/markets'] = { permission: 'regulations:read' };
EXPECTATIONS['GET /api/regulations/markets/{id}'] = {
  permission: 'regulations:read',
  id: 'market',
  shared: true,
};
EXPECTATIONS['GET /api/regulations/rules'] = { permission: 'regulations:read', query: 'market=DE' };
EXPECTATIONS['GET /api/regulations/rules/{id}'] = {
  permission: 'regulations:read',
  id: 'rule',
  shared: true,
};
EXPECTATIONS['GET /api/regulations/changes'] = { permission: 'regulations:read' };
EXPECTATIONS['GET /api/regulations/certifications'] = { permission: 'regulations:read' };
EXPECTATIONS['GET /api/regulations/categories'] = { permission: 'regulations:read' };
EXPECTATIONS['GET /api/regulations/subscriptions'] = { permission: 'regulations:read' };
EXPECTATIONS['POST /api/regulations/subscriptions'] = {
  permission: 'regulations:subscribe',
  request: () => ({ json: { markets: ['DE'], topics: ['certification'], email: true } }),
};
EXPECTATIONS['DELETE /api/regulations/subscriptions/{id}'] = {
  permission: 'regulations:subscribe',
  id: 'subscription',
};
EXPECTATIONS['GET /api/regulations/notifications'] = { permission: 'regulations:read' };
EXPECTATIONS['POST /api/regulations/notifications/{id}/read'] = {
  permission: 'regulations:read',
  id: 'notification',
};
EXPECTATIONS['GET /api/regulations/pack-versions'] = { permission: 'regulations:read' };
const PUBLIC = ['GET /api/health', 'POST /api/auth/login', 'GET /api/openapi.json', 'GET /api/docs'];
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Operation {
  key: string;
  method: string;
  path: string;
  expectation: Expectation | undefined;
}

/** What a response says about access: "allowed" for a success, otherwise the status and error code. */
function outcome(response: { status: number; body: unknown; headers: Headers }): string {
  if (response.status < 400) return 'allowed';
  const { error } = response.body as ErrorBody;
  const shaped =
    Object.keys(error).sort().join() === 'code,details,message,requestId' &&
    error.message.length > 0 &&
    error.requestId === response.headers.get('x-request-id');
  return `${response.status} ${error.code}${shaped ? '' : ' (malformed error body)'}`;
}

/** A one-entity list, so that a supplier of the same name becomes a review item. */
async function importFixtureList(t: TestApp): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tradeguard-route-list-'));
  try {
    const path = join(dir, 'fixture.json');
    const entity = { id: 'fixture-1', schema: 'Company', properties: { name: [LISTED_NAME] } };
    writeFileSync(path, `${JSON.stringify(entity)}\n`);
    return (await importListVersion(t.db, path, 'route security test')).versionId;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const LISTED_NAME = 'Zyqvorn Fixture Sanctioned Holding';

async function createFixtures(admin: Client, t: TestApp): Promise<Fixtures> {
  const listVersion = await importFixtureList(t);
  const listed = await admin.post<{ id: string }>('/api/suppliers', {
    json: { legalName: LISTED_NAME, country: 'FR' },
  });
  await t.background.runner.runPending();
  const matches = await admin.get<{ items: { id: string; partyId: string }[] }>(
    `/api/screening/matches?partyId=${listed.body.id}`,
  );
  const supplier = await admin.post<{ id: string }>('/api/suppliers', {
    json: { legalName: `Fixture ${unique()}`, country: 'FR' },
  });
  const user = await admin.post<{ id: string }>('/api/users', {
    json: { email: `fixture.${unique()}@a.test`, name: 'Fixture', role: 'legal', password: TEST_PASSWORD },
  });
  const apiKey = await admin.post<{ apiKey: { id: string } }>('/api/api-keys', {
    json: { name: 'fixture', role: 'legal' },
  });
  const upload = await admin.post<{ id: string }>('/api/suppliers/imports', csvForm());
  const product = await admin.post<{ id: string }>('/api/products', {
    json: { sku: `F-${unique()}`, name: 'Fixture power bank', category: 'power bank', targetMarkets: ['DE'] },
  });
  const kb = await loadKnowledgeBase();
  const subscription = await admin.post<{ id: string }>('/api/regulations/subscriptions', {
    json: { markets: ['DE'], email: true },
  });
  // A notice as an announcement leaves it (the announcement itself is tested in announcements.service.test.ts).
  const notification = `fixture-notice-${unique()}`;
  await t.db
    .insertInto('regulation_notifications')
    .values({
      id: notification,
      organization_id: t.orgIds.a,
      subscription_id: subscription.body.id,
      rule_id: 'DE-FIXTURE',
      rule_version: 1,
      kind: 'published',
      effective_from: '2027-01-01',
      title: 'Fixture notice',
      payload: '{}',
    })
    .execute();
  expect([supplier.status, user.status, apiKey.status, upload.status, product.status]).toEqual([
    201, 201, 201, 201, 201,
  ]);
  expect(matches.body.items).toHaveLength(1);
  return {
    match: matches.body.items[0]?.id ?? '',
    listVersion,
    supplier: supplier.body.id,
    user: user.body.id,
    apiKey: apiKey.body.apiKey.id,
    import: upload.body.id,
    product: product.body.id,
    market: 'DE',
    rule: kb.rules[0]?.id ?? 'none',
    subscription: subscription.body.id,
    notification,
  };
}

describe.each(testDatabaseKinds())('route security on %s', (kind) => {
  let t: TestApp;
  let adminA: Client;
  let operations: Operation[];
  let fixtures: Fixtures;

  const urlOf = (op: Operation, ids: Fixtures) => {
    const fixture = op.expectation?.id;
    const path = fixture ? op.path.replace('{id}', ids[fixture]) : op.path;
    return op.expectation?.query ? `${path}?${op.expectation.query}` : path;
  };
  const send = (client: Client, op: Operation, ids: Fixtures, options: RequestOptions = {}) => {
    const request = { ...op.expectation?.request?.(), ...options };
    const url = urlOf(op, ids);
    if (op.method === 'GET') return client.get(url, request);
    if (op.method === 'POST') return client.post(url, request);
    if (op.method === 'PATCH') return client.patch(url, request);
    if (op.method === 'DELETE') return client.delete(url, request);
    throw new Error(`No client method for ${op.key}`);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    adminA = await t.signIn('admin@a.test');
    const doc = await t.anonymous.get<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/openapi.json',
    );
    expect(doc.status).toBe(200);
    operations = Object.entries(doc.body.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => {
          const key = `${method.toUpperCase()} ${path}`;
          return { key, method: method.toUpperCase(), path, expectation: EXPECTATIONS[key] };
        })
        .filter((op) => !PUBLIC.includes(op.key)),
    );
    fixtures = await createFixtures(adminA, t);
  });
  afterAll(() => t?.close());

  it('has a permission expectation for every operation of the OpenAPI document, and no stale one', () => {
    expect(operations.length).toBeGreaterThanOrEqual(19);
    expect(operations.map((op) => op.key).sort()).toEqual(Object.keys(EXPECTATIONS).sort());
    const withId = operations.filter((op) => op.path.includes('{id}')).map((op) => op.key);
    expect(withId.filter((key) => !EXPECTATIONS[key]?.id)).toEqual([]);
    expect(operations.filter((op) => /\{(?!id\})/.test(op.path)).map((op) => op.key)).toEqual([]);
  });

  it('answers the public operations without credentials', async () => {
    expect((await t.anonymous.get('/api/health')).status).toBe(200);
    expect((await t.anonymous.get('/api/openapi.json')).status).toBe(200);
    const docs = await t.anonymous.get('/api/docs');
    expect([docs.status, docs.headers.get('content-type')]).toEqual([200, 'text/html; charset=UTF-8']);
    const login = await t.anonymous.post('/api/auth/login', { json: { email: 'x@a.test', password: 'x' } });
    expect(outcome(login)).toBe('401 invalid_credentials');
  });

  it('refuses every other operation without credentials: 401 with the error shape and x-request-id', async () => {
    const results = [];
    for (const op of operations)
      results.push(`${op.key} → ${outcome(await send(t.anonymous, op, fixtures))}`);
    expect(results).toEqual(operations.map((op) => `${op.key} → 401 unauthenticated`));
    const unlisted = await t.anonymous.get('/api/suppliers/some/unlisted/path');
    expect(outcome(unlisted)).toBe('401 unauthenticated');
  });

  it('refuses cookie-authenticated unsafe requests without the CSRF token or with a wrong one', async () => {
    const unsafe = operations.filter((op) => UNSAFE.has(op.method));
    expect(unsafe.length).toBeGreaterThanOrEqual(9);
    const results = [];
    for (const op of unsafe) {
      results.push(`${op.key} → ${outcome(await send(adminA, op, fixtures, { withoutCsrf: true }))}`);
      const wrong = { withoutCsrf: true, headers: { 'x-csrf-token': `${adminA.auth.csrfToken}x` } };
      results.push(`${op.key} (wrong token) → ${outcome(await send(adminA, op, fixtures, wrong))}`);
    }
    expect(results).toEqual(
      unsafe.flatMap((op) => [`${op.key} → 403 csrf_failed`, `${op.key} (wrong token) → 403 csrf_failed`]),
    );
    expect((await adminA.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses made-up, malformed and revoked API keys with 401, even next to a valid session cookie', async () => {
    const key = await adminA.post<{ apiKey: { id: string }; secret: string }>('/api/api-keys', {
      json: { name: 'soon revoked', role: 'admin' },
    });
    expect((await t.withApiKey(key.body.secret).get('/api/suppliers')).status).toBe(200);
    expect((await adminA.delete(`/api/api-keys/${key.body.apiKey.id}`)).status).toBe(204);
    const callers = {
      revoked: t.withApiKey(key.body.secret),
      'made-up': t.withApiKey(`tg_abcdefgh_${'x'.repeat(43)}`),
      'cookie + made-up': t.withApiKey('tg_nope'),
    };
    const results = [];
    for (const op of operations) {
      for (const [name, caller] of Object.entries(callers)) {
        const headers: Record<string, string> =
          name === 'cookie + made-up' ? { cookie: adminA.auth.cookie ?? '' } : {};
        results.push(`${op.key} ${name} → ${outcome(await send(caller, op, fixtures, { headers }))}`);
      }
      const basic = await send(t.anonymous, op, fixtures, { headers: { authorization: 'Basic YTpi' } });
      results.push(`${op.key} basic → ${outcome(basic)}`);
    }
    const names = [...Object.keys(callers), 'basic'];
    expect(results).toEqual(
      operations.flatMap((op) => names.map((n) => `${op.key} ${n} → 401 unauthenticated`)),
    );
  });

  it("answers 404 to organisation b's admin for every object of organisation a, and changes nothing", async () => {
    const adminB = await t.signIn('admin@b.test');
    const withId = operations.filter((op) => op.expectation?.id && !op.expectation.shared);
    expect(withId.length).toBeGreaterThanOrEqual(7);
    const results = [];
    for (const op of withId) results.push(`${op.key} → ${outcome(await send(adminB, op, fixtures))}`);
    expect(results).toEqual(withId.map((op) => `${op.key} → 404 not_found`));

    const supplier = await adminA.get<{ version: number }>(`/api/suppliers/${fixtures.supplier}`);
    expect(supplier.body.version).toBe(1);
    const keys = await adminA.get<{ items: { id: string; revokedAt: string | null }[] }>('/api/api-keys');
    expect(keys.body.items.find((k) => k.id === fixtures.apiKey)?.revokedAt).toBeNull();
    const upload = await adminA.get<{ status: string }>(`/api/suppliers/imports/${fixtures.import}`);
    expect(upload.body.status).toBe('uploaded');
    const users = await adminA.get<{ items: { id: string; name: string }[] }>('/api/users');
    expect(users.body.items.find((u) => u.id === fixtures.user)?.name).toBe('Fixture');
    // Lists of organisation b hold none of organisation a's objects.
    const listB = await adminB.get<{ total: number }>('/api/suppliers');
    expect(listB.body.total).toBe(0);
    const usersB = await adminB.get<{ items: { email: string }[] }>('/api/users');
    expect(usersB.body.items.map((u) => u.email)).toEqual(['admin@b.test']);
  });

  it('gives 403 forbidden to every role without the permission, and lets the others through', async () => {
    const ids = await createFixtures(adminA, t);
    const clients = new Map<Role, Client>();
    for (const role of ROLES)
      clients.set(role, await t.userWithRole(role, 'a', role === 'supplier' ? ids.supplier : undefined));
    const last = (op: Operation) => (op.expectation?.endsSession ? 1 : 0);
    const ordered = [...operations].sort((x, y) => last(x) - last(y));
    const observed = [];
    const expected = [];
    for (const op of ordered) {
      const permission = op.expectation?.permission ?? null;
      for (const role of ROLES) {
        const client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        const allowed = permission === null || permissionsOf(role).has(permission);
        const result = outcome(await send(client, op, ids));
        // A second commit of the import or a stale supplier version conflicts: the role was let through.
        observed.push(`${op.key} as ${role} → ${result.startsWith('409 ') ? 'allowed' : result}`);
        expected.push(`${op.key} as ${role} → ${allowed ? 'allowed' : '403 forbidden'}`);
      }
    }
    expect(observed).toEqual(expected);
    // The commit above runs in the background; let it finish before the database closes.
    for (let i = 0; i < 100; i++) {
      const status = await adminA.get<{ status: string }>(`/api/suppliers/imports/${ids.import}`);
      if (status.body.status !== 'running') break;
      await sleep(50);
    }
  });
});
