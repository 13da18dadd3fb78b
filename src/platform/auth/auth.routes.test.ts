import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../testing/api-expectations.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';
import { PERMISSIONS, permissionsOf } from './roles.ts';

interface Session {
  user: {
    id: string;
    email: string;
    name: string;
    role: string;
    permissions: string[];
    supplierId: string | null;
    organization: { id: string; name: string; slug: string };
  };
  csrfToken: string;
}

describe.each(testDatabaseKinds())('auth routes on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;

  const login = (email: string, password: string) =>
    t.anonymous.post<Session>('/api/auth/login', { json: { email, password } });
  /** A user of organisation a, created by its admin through the API. */
  const createUser = async (role = 'customs') => {
    const email = `${role}.${Math.random().toString(36).slice(2, 8)}@a.test`;
    const created = await admin.post<{ id: string }>('/api/users', {
      json: { email, name: 'Someone', role, password: TEST_PASSWORD },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, email };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it('signs in: the session cookie is HttpOnly, SameSite=Lax, Path=/, and the answer has the user', async () => {
    const response = await login('Admin@A.test ', TEST_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tg_session=[A-Za-z0-9_-]{43}; /);
    const attributes = cookie.split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=43200']),
    );
    expect(attributes).not.toContain('Secure'); // the test app runs with secureCookies: false
    expect(response.body.user).toEqual({
      id: expect.any(String),
      email: 'admin@a.test',
      name: 'Admin A',
      role: 'admin',
      permissions: [...PERMISSIONS], // an admin holds every permission
      supplierId: null,
      organization: { id: t.orgIds.a, name: 'Organisation A', slug: 'org-a' },
    });
    expect(response.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.text).not.toContain(cookie.split(';')[0]?.slice('tg_session='.length));
  });

  it('answers a wrong password and an unknown e-mail alike: 401 invalid_credentials, no cookie', async () => {
    const wrong = await login('admin@a.test', 'not the password at all');
    const unknown = await login('nobody@a.test', TEST_PASSWORD);
    const a = expectError(wrong, 401, 'invalid_credentials');
    const b = expectError(unknown, 401, 'invalid_credentials');
    expect(a.error.message).toBe('The e-mail or the password is wrong.');
    expect(b.error.message).toBe(a.error.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a body without a password: 400 validation_failed', async () => {
    const response = await t.anonymous.post('/api/auth/login', { json: { email: 'admin@a.test' } });
    expectError(response, 400, 'validation_failed');
  });

  it('refuses a disabled user with the same answer as a wrong password', async () => {
    const user = await createUser();
    expect((await admin.patch(`/api/users/${user.id}`, { json: { disabled: true } })).status).toBe(200);
    const response = await login(user.email, TEST_PASSWORD);
    expect(expectError(response, 401, 'invalid_credentials').error.message).toBe(
      'The e-mail or the password is wrong.',
    );
  });

  it('answers /api/auth/me with the user and the CSRF token of the session', async () => {
    const user = await createUser('legal');
    const signedIn = await login(user.email, TEST_PASSWORD);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = await t.raw('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: {
        id: user.id,
        email: user.email,
        name: 'Someone',
        role: 'legal',
        permissions: [...permissionsOf('legal')],
        supplierId: null,
        organization: { id: t.orgIds.a, name: 'Organisation A', slug: 'org-a' },
      },
      csrfToken: signedIn.body.csrfToken,
    });
    expect(me.text).toContain('"audit:read"');
    expect(me.text).not.toContain('users:manage');
    expectError(await t.anonymous.get('/api/auth/me'), 401, 'unauthenticated');
    expectError(
      await t.raw('/api/auth/me', { headers: { cookie: 'tg_session=made-up' } }),
      401,
      'unauthenticated',
    );
  });

  it('answers /api/auth/me with 401 to an API key: keys have no session', async () => {
    const key = await admin.post<{ secret: string }>('/api/api-keys', {
      json: { name: 'me', role: 'admin' },
    });
    expectError(await t.withApiKey(key.body.secret).get('/api/auth/me'), 401, 'unauthenticated');
  });

  it('logs out: 204, the cookie is cleared, and the old cookie no longer works', async () => {
    const user = await createUser();
    const client = await t.signIn(user.email);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^tg_session=; Max-Age=0; Path=\//);
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
    // Other sessions of other users are untouched.
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('ends the session of a user who is disabled, by the admin or directly in the database', async () => {
    const byAdmin = await createUser();
    const client = await t.signIn(byAdmin.email);
    expect((await client.get('/api/suppliers')).status).toBe(200);
    expect((await admin.patch(`/api/users/${byAdmin.id}`, { json: { disabled: true } })).status).toBe(200);
    expectError(await client.get('/api/suppliers'), 401, 'unauthenticated');
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');

    // A session row that survives (e.g. disabled by a script) is refused all the same.
    const byScript = await createUser();
    const other = await t.signIn(byScript.email);
    await sql`update users set disabled = true where id = ${byScript.id}`.execute(t.db);
    expectError(await other.get('/api/auth/me'), 401, 'unauthenticated');
    const sessions = await t.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', byScript.id)
      .execute();
    expect(sessions).toHaveLength(1);
  });

  it('refuses an expired session', async () => {
    const user = await createUser();
    const client = await t.signIn(user.email);
    await sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.id}`.execute(
      t.db,
    );
    expectError(await client.get('/api/auth/me'), 401, 'unauthenticated');
  });

  // Last: these failures count for the whole (in-process) address too.
  it('answers 429 rate_limited to the 11th attempt for one e-mail, even with the right password', async () => {
    const user = await createUser();
    for (let i = 1; i <= 10; i++) {
      expectError(await login(user.email, `wrong password ${i}`), 401, 'invalid_credentials');
    }
    const blocked = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(expectError(blocked, 429, 'rate_limited').error.message).toBe(
      'Too many failed sign-in attempts. Wait 15 minutes and try again.',
    );
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // Another account from the same address still signs in (13 failures so far, the address limit is 30).
    expect((await login('admin@a.test', TEST_PASSWORD)).status).toBe(200);
    // Failures older than the 15-minute window no longer count.
    await sql`update login_attempts set at = now() - interval '16 minutes' where email = ${user.email}`.execute(
      t.db,
    );
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
  });
});
