import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, issuePathsOf, type Page } from '../testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';

interface ApiKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
interface AuditEntry {
  actor: { type: string; id: string; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
type Client = Awaited<ReturnType<TestApp['signIn']>>;

describe.each(testDatabaseKinds())('API key routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;

  const createKey = async (name: string, role: string) => {
    const response = await admin.post<{ apiKey: ApiKey; secret: string }>('/api/api-keys', {
      json: { name, role },
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const auditOf = async (entityId: string) =>
    (await admin.get<Page<AuditEntry>>(`/api/audit?entityId=${entityId}`)).body.items;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it('creates a key and shows its secret once: the list and the audit never contain it', async () => {
    const created = await admin.post<{ apiKey: ApiKey; secret: string }>('/api/api-keys', {
      json: { name: '  ERP sync ', role: 'procurement' },
    });
    expect(created.status).toBe(201);
    const { apiKey, secret } = created.body;
    expect(apiKey).toEqual({
      id: expect.any(String),
      name: 'ERP sync',
      role: 'procurement',
      prefix: expect.stringMatching(/^tg_[A-Za-z0-9]{8}$/),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(secret.length).toBeGreaterThanOrEqual(40);

    const list = await admin.get<Page<ApiKey>>('/api/api-keys');
    expect(list.status).toBe(200);
    expect(list.body.items.find((k) => k.id === apiKey.id)).toEqual(apiKey);
    expect(list.text).not.toContain(secret);
    expect(list.text).not.toContain('secret');

    const entries = await auditOf(apiKey.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'api_key.created', entityType: 'api_key', after: apiKey });
    expect(JSON.stringify(entries)).not.toContain(secret);
    const stored = await t.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('lets the key in as Bearer with the permissions of its role, and no CSRF token', async () => {
    const { apiKey, secret } = await createKey('reader', 'customs');
    const client = t.withApiKey(secret);
    const list = await client.get<Page<unknown>>('/api/suppliers');
    expect([list.status, list.body.total]).toEqual([200, 0]);
    expect((await client.get('/api/suppliers/export?format=csv')).status).toBe(200);
    expectError(
      await client.post('/api/suppliers', { json: { legalName: 'X Ltd', country: 'GB' } }),
      403,
      'forbidden',
    );
    expectError(await client.get('/api/users'), 403, 'forbidden');
    expectError(await client.get('/api/audit'), 403, 'forbidden');
    const used = await admin.get<Page<ApiKey>>('/api/api-keys');
    expect(used.body.items.find((k) => k.id === apiKey.id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it('writes with a key whose role may write, and the audit names the key as the actor', async () => {
    const { apiKey, secret } = await createKey('writer', 'compliance_officer');
    const created = await t.withApiKey(secret).post<{ id: string }>('/api/suppliers', {
      json: { legalName: 'Keyed Supplier Ltd', country: 'GB' },
    });
    expect(created.status).toBe(201);
    const [entry] = await auditOf(created.body.id);
    expect(entry).toMatchObject({
      action: 'supplier.created',
      actor: { type: 'api_key', id: apiKey.id, label: `api key writer (${apiKey.prefix})` },
    });
  });

  it('revokes a key: 204, it stops working (401), the list shows when, a second revoke changes nothing', async () => {
    const { apiKey, secret } = await createKey('to revoke', 'admin');
    const client = t.withApiKey(secret);
    expect((await client.get('/api/suppliers')).status).toBe(200);
    const revoked = await admin.delete(`/api/api-keys/${apiKey.id}`);
    expect([revoked.status, revoked.text]).toEqual([204, '']);
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
    expectError(
      await client.post('/api/api-keys', { json: { name: 'sneaky', role: 'admin' } }),
      401,
      'unauthenticated',
    );
    const list = await admin.get<Page<ApiKey>>('/api/api-keys');
    expect(list.body.items.find((k) => k.id === apiKey.id)?.revokedAt).toEqual(expect.any(String));
    expect((await admin.delete(`/api/api-keys/${apiKey.id}`)).status).toBe(204);
    const entries = await auditOf(apiKey.id);
    expect(entries.map((e) => e.action)).toEqual(['api_key.revoked', 'api_key.created']);
    expect(entries[0]?.before).toMatchObject({ revokedAt: null });
    expect(entries[0]?.after).toMatchObject({ revokedAt: expect.any(String) });
  });

  it('refuses the supplier role, an unknown role and an empty name: 400 with the issues', async () => {
    expect(
      issuePathsOf(await admin.post('/api/api-keys', { json: { name: 'portal', role: 'supplier' } })),
    ).toEqual(['role']);
    expect(issuePathsOf(await admin.post('/api/api-keys', { json: { name: 'x', role: 'root' } }))).toEqual([
      'role',
    ]);
    expect(issuePathsOf(await admin.post('/api/api-keys', { json: { name: '   ', role: 'admin' } }))).toEqual(
      ['name'],
    );
    const list = await admin.get<Page<ApiKey>>('/api/api-keys');
    expect(list.body.items.filter((k) => ['portal', 'x'].includes(k.name))).toEqual([]);
  });

  it('answers 404 when revoking an unknown key', async () => {
    expectError(await admin.delete('/api/api-keys/unknown-key'), 404, 'not_found');
  });

  it("lists the organisation's keys only, newest first, with a total", async () => {
    const adminB = await t.signIn('admin@b.test');
    await adminB.post('/api/api-keys', { json: { name: 'of b', role: 'auditor' } });
    const listB = await adminB.get<Page<ApiKey>>('/api/api-keys');
    expect(listB.body.items.map((k) => k.name)).toEqual(['of b']);
    expect(listB.body.total).toBe(1);
    const listA = await admin.get<Page<ApiKey>>('/api/api-keys?pageSize=2');
    expect(listA.body.items).toHaveLength(2);
    expect(listA.body.total).toBe(4);
    expect(listA.body.items.map((k) => k.name)).toEqual(['to revoke', 'writer']);
  });
});
