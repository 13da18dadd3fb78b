import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrfMatches, resolveApiKey, resolveSession } from '../auth/auth.service.ts';
import type { Db } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

export const SESSION_COOKIE = 'tg_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds the caller: an API key in `Authorization: Bearer`, or the session cookie. Cookie-authenticated
 * unsafe requests must echo the session's CSRF token in `x-csrf-token` (synchroniser token pattern,
 * OWASP CSRF Prevention Cheat Sheet); API keys are not sent by browsers on their own, so they need none.
 */
export function authenticate(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match?.[1] ? await resolveApiKey(db, match[1]) : null;
      if (!actor) throw new AppError('unauthenticated', 'The API key is not valid or was revoked');
      c.set('actor', actor);
      c.set('sessionUser', null);
      c.set('csrfToken', null);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await resolveSession(db, token) : null;
    if (!session) throw new AppError('unauthenticated', 'Sign in first');
    if (UNSAFE.has(c.req.method) && !csrfMatches(session.csrfToken, c.req.header('x-csrf-token'))) {
      throw new AppError('csrf_failed', 'The request lacks the CSRF token of your session; reload the page');
    }
    c.set('actor', session.actor);
    c.set('sessionUser', session.user);
    c.set('csrfToken', session.csrfToken);
    return next();
  };
}
