import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, type Page } from '../testing/api-expectations.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';
import { resolveSession } from './auth.service.ts';

interface Me {
  user: { id: string; role: string; supplierId: string | null; organization: { name: string } };
}

/**
 * On PGlite the sessions a process has resolved are kept in memory (auth.service.ts); every change that
 * must end or alter a session is seen at once all the same. Each test asks first, so the session is cached
 * when the change happens. On PostgreSQL there is no cache and the same answers are expected.
 */
describe.each(testDatabaseKinds())('session cache on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;

  const createUser = async (role: string, supplierId: string | null = null) => {
    const email = `${role}.${Math.random().toString(36).slice(2, 8)}@a.test`;
    const created = await admin.post<{ id: string }>('/api/users', {
      json: { email, name: 'Someone', role, password: TEST_PASSWORD, supplierId },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, email, client: await t.signIn(email) };
  };
  const createSupplier = async (legalName: string) => {
    const created = await admin.post<{ id: string }>('/api/suppliers', {
      json: { legalName, country: 'DE' },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const tokenOf = (client: { auth: { cookie?: string } }) => client.auth.cookie?.split('=')[1] ?? '';

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it(`keeps a resolved session in memory on PGlite only, until a write to sessions or users`, async () => {
    const user = await createUser('customs');
    const first = await resolveSession(t.db, tokenOf(user.client));
    const second = await resolveSession(t.db, tokenOf(user.client));
    expect(first?.user.id).toBe(user.id);
    expect(second === first).toBe(kind === 'pglite');
    expect(Object.isFrozen(first?.actor)).toBe(true);
    await sql`update users set name = 'Renamed' where id = ${user.id}`.execute(t.db);
    const third = await resolveSession(t.db, tokenOf(user.client));
    expect(third === first).toBe(false);
    expect(third?.user.name).toBe('Renamed');
  });

  it('refuses a signed-out session at once', async () => {
    const { client } = await createUser('customs');
    expect((await client.get('/api/suppliers')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
  });

  it('ends the sessions of a user whose role changed at once, even for a read', async () => {
    const { id, client } = await createUser('procurement');
    expect((await client.get('/api/suppliers')).status).toBe(200);
    expect((await admin.patch(`/api/users/${id}`, { json: { role: 'auditor' } })).status).toBe(200);
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
  });

  it('refuses a user disabled directly in the database at once', async () => {
    const { id, client } = await createUser('customs');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await sql`update users set disabled = true where id = ${id}`.execute(t.db);
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');
  });

  it('refuses a session deleted directly in the database at once', async () => {
    const { id, client } = await createUser('customs');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');
  });

  it('refuses a cached session once it expires, without any write', async () => {
    const { id, client } = await createUser('customs');
    await sql`update sessions set expires_at = now() + interval '300 milliseconds' where user_id = ${id}`.execute(
      t.db,
    );
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');
  });

  it("shows a supplier's user another supplier at once when the admin relinks them", async () => {
    const first = await createSupplier('Erste Lieferant GmbH');
    const second = await createSupplier('Zweite Lieferant GmbH');
    const { id, client } = await createUser('supplier', first);
    const before = await client.get<Page<{ id: string }>>('/api/suppliers');
    expect(before.body.items.map((item) => item.id)).toEqual([first]);
    expect((await admin.patch(`/api/users/${id}`, { json: { supplierId: second } })).status).toBe(200);
    expect((await client.get<Me>('/api/auth/me')).body.user.supplierId).toBe(second);
    const after = await client.get<Page<{ id: string }>>('/api/suppliers');
    expect([after.body.items.map((item) => item.id), after.body.total]).toEqual([[second], 1]);
    expectError(await client.get(`/api/suppliers/${first}`), 404, 'not_found');
  });

  it('shows a renamed organisation at once', async () => {
    const { client } = await createUser('auditor');
    expect((await client.get<Me>('/api/auth/me')).body.user.organization.name).toBe('Organisation A');
    await sql`update organizations set name = 'Organisation A renamed' where id = ${t.orgIds.a}`.execute(
      t.db,
    );
    expect((await client.get<Me>('/api/auth/me')).body.user.organization.name).toBe('Organisation A renamed');
    await sql`update organizations set name = 'Organisation A' where id = ${t.orgIds.a}`.execute(t.db);
  });

  it("keeps another organisation's user out of organisation a's suppliers with a warm cache", async () => {
    const supplier = await createSupplier('Nur A GmbH');
    const other = await t.signIn('admin@b.test');
    expect((await other.get('/api/suppliers')).status).toBe(200);
    expectError(await other.get(`/api/suppliers/${supplier}`), 404, 'not_found');
    const list = await other.get<Page<{ id: string }>>('/api/suppliers');
    expect(list.body.items.map((item) => item.id)).not.toContain(supplier);
  });

  it('refuses a revoked API key at once', async () => {
    const key = await admin.post<{ apiKey: { id: string }; secret: string }>('/api/api-keys', {
      json: { name: 'integration', role: 'auditor' },
    });
    const client = t.withApiKey(key.body.secret);
    expect((await client.get('/api/suppliers')).status).toBe(200);
    expect((await client.get('/api/suppliers')).status).toBe(200);
    expect((await admin.delete(`/api/api-keys/${key.body.apiKey.id}`)).status).toBe(204);
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
  });

  it('refuses an API key revoked or demoted directly in the database at once, with a warm cache', async () => {
    const key = await admin.post<{ apiKey: { id: string }; secret: string }>('/api/api-keys', {
      json: { name: 'warm', role: 'admin' },
    });
    const client = t.withApiKey(key.body.secret);
    expect((await client.get('/api/users')).status).toBe(200);
    expect((await client.get('/api/users')).status).toBe(200);
    await t.db
      .updateTable('api_keys')
      .set({ role: 'customs' })
      .where('id', '=', key.body.apiKey.id)
      .execute();
    expectError(await client.get('/api/users'), 403, 'forbidden');
    await t.db
      .updateTable('api_keys')
      .set({ revoked_at: new Date() })
      .where('id', '=', key.body.apiKey.id)
      .execute();
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
  });
});
