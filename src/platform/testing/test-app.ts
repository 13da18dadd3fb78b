import { pino } from 'pino';
import type { Role } from '../auth/roles.ts';
import { createBackgroundWork } from '../background-work.ts';
import type { DatabaseHandle } from '../db/create-db.ts';
import { createApp } from '../http/create-app.ts';
import { systemActor } from '../tenancy/actor.ts';
import { createOrganization } from '../tenancy/organizations.service.ts';
import { createUser } from '../users/users.service.ts';
import { createTestDatabase, type TestDatabaseKind } from './test-database.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  /** Leave out the CSRF header a browser session would send (to test the protection). */
  withoutCsrf?: boolean;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The whole HTTP app in process (app.request, no socket) on a fresh database, with two organisations:
 * "a" and "b", each with an administrator. Clients keep their session cookie and CSRF token like a browser.
 */
export async function createTestApp(kind: TestDatabaseKind) {
  const database: DatabaseHandle = await createTestDatabase(kind);
  const db = database.db;
  // Jobs run when a test says so (`background.runner.runPending()`), never behind its back.
  const background = createBackgroundWork(db);
  const app = createApp({
    db,
    databaseKind: kind,
    logger: pino({ level: 'silent' }),
    config: { secureCookies: false },
    background,
  });
  const orgA = await createOrganization(db, {
    name: 'Organisation A',
    slug: 'org-a',
    admin: { email: 'admin@a.test', name: 'Admin A', password: TEST_PASSWORD },
  });
  const orgB = await createOrganization(db, {
    name: 'Organisation B',
    slug: 'org-b',
    admin: { email: 'admin@b.test', name: 'Admin B', password: TEST_PASSWORD },
  });
  const orgIds = { a: orgA.organization.id, b: orgB.organization.id };

  async function raw(path: string, init: RequestInit = {}): Promise<TestResponse> {
    const response = await app.request(path, init);
    const text = await response.text();
    let body: unknown = text;
    if (response.headers.get('content-type')?.includes('application/json')) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body, text };
  }

  function client(auth: { cookie?: string; csrfToken?: string; bearer?: string }) {
    const send = async <T = unknown>(method: string, path: string, options: RequestOptions = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (auth.cookie) headers.cookie = auth.cookie;
      if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
      if (auth.csrfToken && !options.withoutCsrf && method !== 'GET')
        headers['x-csrf-token'] = auth.csrfToken;
      let body: RequestInit['body'];
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.form) {
        body = options.form;
      }
      return (await raw(path, { method, headers, body })) as TestResponse<T>;
    };
    return {
      get: <T = unknown>(path: string, options?: RequestOptions) => send<T>('GET', path, options),
      post: <T = unknown>(path: string, options?: RequestOptions) => send<T>('POST', path, options),
      patch: <T = unknown>(path: string, options?: RequestOptions) => send<T>('PATCH', path, options),
      delete: <T = unknown>(path: string, options?: RequestOptions) => send<T>('DELETE', path, options),
      auth,
    };
  }

  async function signIn(email: string, password = TEST_PASSWORD) {
    const response = await raw('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.text}`);
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    const { csrfToken } = response.body as { csrfToken: string };
    return client({ cookie, csrfToken });
  }

  /** Creates a user with the role in the organisation and signs them in. */
  async function userWithRole(role: Role, org: 'a' | 'b' = 'a', supplierId?: string) {
    const email = `${role}.${Math.random().toString(36).slice(2, 8)}@${org}.test`;
    await createUser(db, systemActor(orgIds[org]), {
      email,
      name: `${role} of ${org}`,
      role,
      password: TEST_PASSWORD,
      supplierId: supplierId ?? null,
    });
    return signIn(email);
  }

  return {
    app,
    db,
    kind,
    background,
    orgIds,
    raw,
    anonymous: client({}),
    signIn,
    userWithRole,
    /** A client with a Bearer API key. */
    withApiKey: (secret: string) => client({ bearer: secret }),
    close: () => database.close(),
  };
}
