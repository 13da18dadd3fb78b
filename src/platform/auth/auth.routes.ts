import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { authenticate, SESSION_COOKIE } from '../http/authenticate.ts';
import { errorResponses } from '../http/error-body.ts';
import { createRouter } from '../http/router.ts';
import { SESSION_TTL_MS, signIn, signOut } from './auth.service.ts';

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    permissions: z.array(z.string()),
    supplierId: z.string().nullable(),
    organization: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  })
  .openapi('SessionUser');
const sessionSchema = z.object({ user: userSchema, csrfToken: z.string() }).openapi('Session');

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Auth'],
  summary: 'Sign in with e-mail and password',
  security: [],
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ email: z.string().max(254), password: z.string().max(256) }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Signed in; the session cookie is set',
      content: { 'application/json': { schema: sessionSchema } },
    },
    ...errorResponses(400, 401, 429),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Auth'],
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403) },
});

const me = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['Auth'],
  summary: 'The signed-in user and the CSRF token of the session',
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: sessionSchema } } },
    ...errorResponses(401),
  },
});

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

export function authRoutes(db: Db, config: Pick<AppConfig, 'secureCookies'>) {
  const app = createRouter();
  app.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const signedIn = await signIn(db, { email: body.email, password: body.password, ip: clientAddress(c) });
    setCookie(c, SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    return c.json({ user: signedIn.user, csrfToken: signedIn.csrfToken }, 200);
  });

  app.use('/auth/logout', authenticate(db));
  app.openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await signOut(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.use('/auth/me', authenticate(db));
  app.openapi(me, (c) => {
    const user = c.get('sessionUser');
    const csrfToken = c.get('csrfToken');
    if (!user || !csrfToken)
      throw new AppError('unauthenticated', 'API keys have no session; this is for browsers');
    return c.json({ user, csrfToken }, 200);
  });
  return app;
}
