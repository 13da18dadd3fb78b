import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyRoleSchema, createApiKey, revokeApiKey } from '../api-keys/api-keys.service.ts';
import type { DatabaseHandle } from '../db/create-db.ts';
import { systemActor } from '../tenancy/actor.ts';
import { createOrganization } from '../tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../testing/test-database.ts';
import { createUser, updateUser } from '../users/users.service.ts';
import {
  csrfMatches,
  resolveApiKey,
  resolveSession,
  SESSION_TTL_MS,
  signIn,
  signOut,
} from './auth.service.ts';
import { permissionsOf } from './roles.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(testDatabaseKinds())('authentication on %s', (kind) => {
  let database: DatabaseHandle;
  let orgId: string;
  let otherOrgId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const make = (slug: string) =>
      createOrganization(database.db, {
        name: `Organisation ${slug}`,
        slug,
        admin: { email: `admin@${slug}.test`, name: 'Admin', password: PASSWORD },
      });
    orgId = (await make('org')).organization.id;
    otherOrgId = (await make('other')).organization.id;
  });
  afterAll(() => database.close());

  /** A user of its own, so that failed attempts of one test do not count in another. */
  async function newUser(name: string, role: 'procurement' | 'auditor' = 'procurement') {
    const email = `${name}@org.test`;
    const user = await createUser(database.db, systemActor(orgId), { email, name, role, password: PASSWORD });
    return { ...user, email };
  }

  async function addFailures(count: number, by: { email?: string; ip?: string }, minutesAgo = 0) {
    for (let i = 0; i < count; i++) {
      await database.db
        .insertInto('login_attempts')
        .values({
          email: by.email ?? `nobody${i}@org.test`,
          ip: by.ip ?? `198.51.100.${i}`,
          succeeded: false,
          at: new Date(Date.now() - minutesAgo * 60_000),
        })
        .execute();
    }
  }

  it('signs in by e-mail and password and resolves the session', async () => {
    const before = Date.now();
    const signed = await signIn(database.db, {
      email: '  ADMIN@org.TEST ',
      password: PASSWORD,
      ip: '192.0.2.1',
    });
    expect(signed.user).toEqual({
      id: signed.user.id,
      email: 'admin@org.test',
      name: 'Admin',
      role: 'admin',
      permissions: [...permissionsOf('admin')],
      supplierId: null,
      organization: { id: orgId, name: 'Organisation org', slug: 'org' },
    });
    expect(signed.expiresAt.getTime() - before).toBeGreaterThanOrEqual(SESSION_TTL_MS);
    expect(signed.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(SESSION_TTL_MS);
    expect(signed.token).not.toBe(signed.csrfToken);

    const session = await resolveSession(database.db, signed.token);
    expect(session?.csrfToken).toBe(signed.csrfToken);
    expect(session?.user).toEqual(signed.user);
    expect(session?.actor).toMatchObject({
      organizationId: orgId,
      type: 'user',
      id: signed.user.id,
      label: 'admin@org.test',
      role: 'admin',
      supplierId: null,
    });
    const stored = await database.db
      .selectFrom('users')
      .select('last_sign_in_at')
      .where('id', '=', signed.user.id)
      .executeTakeFirstOrThrow();
    expect(stored.last_sign_in_at).not.toBeNull();
    // Only the hash of the token is stored.
    const tokens = await database.db.selectFrom('sessions').select('token_hash').execute();
    expect(tokens.map((row) => row.token_hash)).not.toContain(signed.token);
  });

  it('refuses a wrong password, an unknown e-mail and a disabled user alike', async () => {
    const user = await newUser('disabled-soon');
    const refused = { code: 'invalid_credentials', message: 'The e-mail or the password is wrong.' };
    await expect(
      signIn(database.db, { email: user.email, password: 'wrong password!', ip: '192.0.2.2' }),
    ).rejects.toMatchObject(refused);
    await expect(
      signIn(database.db, { email: 'nobody@org.test', password: PASSWORD, ip: '192.0.2.2' }),
    ).rejects.toMatchObject(refused);
    await updateUser(database.db, systemActor(orgId), user.id, { disabled: true });
    await expect(
      signIn(database.db, { email: user.email, password: PASSWORD, ip: '192.0.2.2' }),
    ).rejects.toMatchObject(refused);
  });

  it('throttles an e-mail after 10 failures in 15 minutes, from any address', async () => {
    const user = await newUser('throttled');
    for (let i = 0; i < 10; i++) {
      await expect(
        signIn(database.db, { email: user.email, password: `wrong ${i}`, ip: `203.0.113.${i}` }),
      ).rejects.toMatchObject({ code: 'invalid_credentials' });
    }
    // Even the right password is refused now, and without checking it.
    await expect(
      signIn(database.db, { email: user.email, password: PASSWORD, ip: '203.0.113.99' }),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      message: 'Too many failed sign-in attempts. Wait 15 minutes and try again.',
    });
    // Other users signing in from those addresses are not affected.
    const other = await newUser('unaffected');
    expect(
      (await signIn(database.db, { email: other.email, password: PASSWORD, ip: '203.0.113.1' })).user.email,
    ).toBe(other.email);
    // Once the failures are older than the window, the user may sign in again.
    await sql`update login_attempts set at = at - interval '16 minutes' where email = ${user.email}`.execute(
      database.db,
    );
    expect(
      (await signIn(database.db, { email: user.email, password: PASSWORD, ip: '203.0.113.99' })).user.email,
    ).toBe(user.email);
  });

  it('lets 9 failures of an e-mail pass, and ignores failures older than the window', async () => {
    const user = await newUser('nine');
    await addFailures(9, { email: user.email });
    await addFailures(20, { email: user.email }, 16);
    expect(
      (await signIn(database.db, { email: user.email, password: PASSWORD, ip: '192.0.2.9' })).user.email,
    ).toBe(user.email);
  });

  it('throttles an address after 30 failures in 15 minutes, whatever the e-mail', async () => {
    const user = await newUser('behind-nat');
    const ip = '198.51.100.200';
    await addFailures(29, { ip });
    expect((await signIn(database.db, { email: user.email, password: PASSWORD, ip })).user.email).toBe(
      user.email,
    );
    await addFailures(1, { ip });
    await expect(signIn(database.db, { email: user.email, password: PASSWORD, ip })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    expect(
      (await signIn(database.db, { email: user.email, password: PASSWORD, ip: '198.51.100.201' })).user.email,
    ).toBe(user.email);
  });

  it('ends sessions on expiry, on sign-out and when the user is disabled', async () => {
    const user = await newUser('sessions', 'auditor');
    const session = (ip: string) => signIn(database.db, { email: user.email, password: PASSWORD, ip });

    const expiring = await session('192.0.2.10');
    expect(await resolveSession(database.db, expiring.token)).not.toBeNull();
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', user.id)
      .execute();
    expect(await resolveSession(database.db, expiring.token)).toBeNull();

    const leaving = await session('192.0.2.10');
    await signOut(database.db, leaving.token);
    expect(await resolveSession(database.db, leaving.token)).toBeNull();

    const disabled = await session('192.0.2.10');
    expect((await resolveSession(database.db, disabled.token))?.actor.role).toBe('auditor');
    await updateUser(database.db, systemActor(orgId), user.id, { disabled: true });
    expect(await resolveSession(database.db, disabled.token)).toBeNull();
    expect(await resolveSession(database.db, 'not a token')).toBeNull();
  });

  it('resolves an API key to its role until it is revoked', async () => {
    const admin = systemActor(orgId);
    const { apiKey, secret } = await createApiKey(database.db, admin, {
      name: 'ERP sync',
      role: 'procurement',
    });
    expect(secret).toMatch(/^tg_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey.lastUsedAt).toBeNull();

    const actor = await resolveApiKey(database.db, secret);
    expect(actor).toEqual({
      organizationId: orgId,
      type: 'api_key',
      id: apiKey.id,
      label: `api key ERP sync (${apiKey.prefix})`,
      role: 'procurement',
      permissions: permissionsOf('procurement'),
      supplierId: null,
    });
    const used = await database.db
      .selectFrom('api_keys')
      .select(['last_used_at', 'secret_hash'])
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
    expect(used.secret_hash).not.toContain(secret);

    expect(await resolveApiKey(database.db, `${secret}x`)).toBeNull();
    await expect(revokeApiKey(database.db, systemActor(otherOrgId), apiKey.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await resolveApiKey(database.db, secret)).not.toBeNull();
    await revokeApiKey(database.db, admin, apiKey.id);
    expect(await resolveApiKey(database.db, secret)).toBeNull();
    await revokeApiKey(database.db, admin, apiKey.id);
    const revocations = await database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'api_key.revoked')
      .where('entity_id', '=', apiKey.id)
      .execute();
    expect(revocations).toHaveLength(1);
  });

  it('gives no API key the supplier role', () => {
    expect(apiKeyRoleSchema.safeParse('supplier').success).toBe(false);
    expect(apiKeyRoleSchema.safeParse('auditor').success).toBe(true);
  });
});

describe('csrfMatches', () => {
  it('matches only the same token', () => {
    expect(csrfMatches('abc123', 'abc123')).toBe(true);
    expect(csrfMatches('abc123', 'abc124')).toBe(false);
    expect(csrfMatches('abc123', 'abc1234')).toBe(false);
    expect(csrfMatches('abc123', '')).toBe(false);
    expect(csrfMatches('abc123', undefined)).toBe(false);
  });
});
