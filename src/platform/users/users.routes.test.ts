import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, issuePathsOf, type Page } from '../testing/api-expectations.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';

interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  supplierId: string | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}
interface AuditEntry {
  seq: number;
  actor: { type: string; id: string; label: string };
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
type Client = Awaited<ReturnType<TestApp['signIn']>>;

describe.each(testDatabaseKinds())('user routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let adminId: string;
  let supplierA: string;
  let supplierB: string;

  const auditOf = async (entityId: string) =>
    (await admin.get<Page<AuditEntry>>(`/api/audit?entityType=user&entityId=${entityId}`)).body.items;
  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `user.${Math.random().toString(36).slice(2, 8)}@a.test`,
    name: 'Ada Lovelace',
    role: 'procurement',
    password: TEST_PASSWORD,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    adminId = (await admin.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    const adminB = await t.signIn('admin@b.test');
    const a = await admin.post<{ id: string }>('/api/suppliers', {
      json: { legalName: 'A GmbH', country: 'DE' },
    });
    const b = await adminB.post<{ id: string }>('/api/suppliers', {
      json: { legalName: 'B SA', country: 'FR' },
    });
    supplierA = a.body.id;
    supplierB = b.body.id;
  });
  afterAll(() => t?.close());

  it('creates a user (201), lists it, and records user.created without the password', async () => {
    const input = newUser({ email: 'Grace.Hopper@A.test', name: '  Grace Hopper ' });
    const created = await admin.post<User>('/api/users', { json: input });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: 'grace.hopper@a.test',
      name: 'Grace Hopper',
      role: 'procurement',
      supplierId: null,
      disabled: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastSignInAt: null,
    });
    const list = await admin.get<Page<User>>('/api/users?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.items.find((u) => u.id === created.body.id)).toEqual(created.body);
    expect(list.body.total).toBe(list.body.items.length);
    expect(list.text).not.toMatch(/password|scrypt/i);

    const [entry, ...rest] = await auditOf(created.body.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: 'user.created', actor: { type: 'user', id: adminId } });
    expect(entry?.after).toEqual(created.body);
    expect(JSON.stringify(entry)).not.toMatch(/password|scrypt|correct horse/i);
  });

  it('pages the list and counts every user of the organisation only', async () => {
    const page1 = await admin.get<Page<User>>('/api/users?pageSize=1&page=1');
    const page2 = await admin.get<Page<User>>('/api/users?pageSize=1&page=2');
    const all = await admin.get<Page<User>>('/api/users?pageSize=200');
    expect(page1.body).toMatchObject({ page: 1, pageSize: 1, total: all.body.total });
    expect(page2.body.items[0]?.id).toBe(all.body.items[1]?.id);
    expect(all.body.items.map((u) => u.email)).toEqual(all.body.items.map((u) => u.email).sort());
    expect(all.body.items.every((u) => u.email.endsWith('@a.test'))).toBe(true);
  });

  it('refuses a duplicate e-mail in any case and in any organisation: 409 conflict', async () => {
    const input = newUser();
    expect((await admin.post('/api/users', { json: input })).status).toBe(201);
    expectError(
      await admin.post('/api/users', { json: { ...input, email: input.email.toUpperCase() } }),
      409,
      'conflict',
    );
    expectError(
      await admin.post('/api/users', { json: { ...input, email: 'admin@b.test' } }),
      409,
      'conflict',
    );
  });

  it('refuses invalid input with the issues: short password, bad e-mail, unknown role', async () => {
    const response = await admin.post('/api/users', {
      json: newUser({ password: 'short', email: 'not-an-email', role: 'superuser' }),
    });
    expect(issuePathsOf(response).sort()).toEqual(['email', 'password', 'role']);
    const body = response.body as { error: { details: { issues: { path: string[]; message: string }[] } } };
    expect(body.error.details.issues.find((i) => i.path[0] === 'password')?.message).toBe(
      'At least 12 characters',
    );
  });

  it('links a supplier user to a supplier of the same organisation only', async () => {
    expectError(
      await admin.post('/api/users', { json: newUser({ role: 'supplier' }) }),
      400,
      'validation_failed',
    );
    const other = await admin.post('/api/users', {
      json: newUser({ role: 'supplier', supplierId: supplierB }),
    });
    expectError(other, 404, 'not_found');
    const missing = await admin.post('/api/users', {
      json: newUser({ role: 'supplier', supplierId: 'nope' }),
    });
    expectError(missing, 404, 'not_found');
    const notSupplier = await admin.post('/api/users', {
      json: newUser({ role: 'legal', supplierId: supplierA }),
    });
    expectError(notSupplier, 400, 'validation_failed');
    const linked = await admin.post<User>('/api/users', {
      json: newUser({ role: 'supplier', supplierId: supplierA }),
    });
    expect([linked.status, linked.body.role, linked.body.supplierId]).toEqual([201, 'supplier', supplierA]);
    // Moving the user to another role drops the link.
    const moved = await admin.patch<User>(`/api/users/${linked.body.id}`, { json: { role: 'customs' } });
    expect([moved.status, moved.body.role, moved.body.supplierId]).toEqual([200, 'customs', null]);
    const back = await admin.patch(`/api/users/${linked.body.id}`, {
      json: { role: 'supplier', supplierId: supplierB },
    });
    expectError(back, 404, 'not_found');
  });

  it('does not let an admin disable himself or drop his own admin role: 409', async () => {
    expectError(await admin.patch(`/api/users/${adminId}`, { json: { disabled: true } }), 409, 'conflict');
    expectError(await admin.patch(`/api/users/${adminId}`, { json: { role: 'auditor' } }), 409, 'conflict');
    const renamed = await admin.patch<User>(`/api/users/${adminId}`, { json: { name: 'Admin A' } });
    expect([renamed.status, renamed.body.disabled, renamed.body.role]).toEqual([200, false, 'admin']);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('answers 404 for an unknown user id', async () => {
    expectError(await admin.patch('/api/users/unknown-id', { json: { name: 'X' } }), 404, 'not_found');
  });

  it('ends the sessions of a user whose role changes, not of one who is only renamed', async () => {
    const created = await admin.post<User>('/api/users', { json: newUser() });
    const user = await t.signIn(created.body.email);
    const renamed = await admin.patch<User>(`/api/users/${created.body.id}`, { json: { name: 'Ada King' } });
    expect(renamed.body.name).toBe('Ada King');
    expect((await user.get('/api/auth/me')).status).toBe(200);

    const changed = await admin.patch<User>(`/api/users/${created.body.id}`, { json: { role: 'auditor' } });
    expect([changed.status, changed.body.role]).toEqual([200, 'auditor']);
    expectError(await user.get('/api/auth/me'), 401, 'unauthenticated');
    const again = await t.signIn(created.body.email);
    const me = await again.get<{ user: { role: string; permissions: string[] } }>('/api/auth/me');
    expect(me.body.user.role).toBe('auditor');
    expect((await again.get('/api/users')).status).toBe(200); // auditors may read users
    expectError(await again.post('/api/users', { json: newUser() }), 403, 'forbidden');

    const entries = await auditOf(created.body.id);
    expect(entries.map((e) => e.action)).toEqual(['user.updated', 'user.updated', 'user.created']);
    expect(entries[0]?.before).toMatchObject({ role: 'procurement', name: 'Ada King' });
    expect(entries[0]?.after).toMatchObject({ role: 'auditor', passwordChanged: false });
  });

  it('changes a password: sessions end, the new one works, the old one not, the audit says so', async () => {
    const created = await admin.post<User>('/api/users', { json: newUser() });
    const user = await t.signIn(created.body.email);
    const newPassword = 'a brand new passphrase';
    const changed = await admin.patch(`/api/users/${created.body.id}`, { json: { password: newPassword } });
    expect(changed.status).toBe(200);
    expect(changed.text).not.toContain(newPassword);
    expectError(await user.get('/api/auth/me'), 401, 'unauthenticated');
    const old = await t.anonymous.post('/api/auth/login', {
      json: { email: created.body.email, password: TEST_PASSWORD },
    });
    expectError(old, 401, 'invalid_credentials');
    expect((await t.signIn(created.body.email, newPassword).then((c) => c.get('/api/auth/me'))).status).toBe(
      200,
    );
    const [entry] = await auditOf(created.body.id);
    expect(entry).toMatchObject({ action: 'user.updated', after: { passwordChanged: true } });
    expect(JSON.stringify(entry)).not.toContain(newPassword);
    const short = await admin.patch(`/api/users/${created.body.id}`, { json: { password: 'too short' } });
    expect(issuePathsOf(short)).toEqual(['password']);
  });

  it('re-enables a disabled user, who can then sign in again', async () => {
    const created = await admin.post<User>('/api/users', { json: newUser() });
    const disabled = await admin.patch<User>(`/api/users/${created.body.id}`, { json: { disabled: true } });
    expect(disabled.body.disabled).toBe(true);
    await expect(t.signIn(created.body.email)).rejects.toThrow(/invalid_credentials/);
    const enabled = await admin.patch<User>(`/api/users/${created.body.id}`, { json: { disabled: false } });
    expect(enabled.body.disabled).toBe(false);
    const user = await t.signIn(created.body.email);
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const list = await admin.get<Page<User>>('/api/users?pageSize=200');
    expect(list.body.items.find((u) => u.id === created.body.id)?.lastSignInAt).toEqual(expect.any(String));
  });
});
