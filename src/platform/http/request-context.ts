import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './app-env.ts';

const SAFE_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Gives every request an id (an incoming safe x-request-id is kept), a child logger, and one log line. */
export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    // Set before the handler, so that c.json() and the error handler put it in the response they build. Set on
    // a finished response instead, it makes Hono turn the response's text into a stream, which
    // @hono/node-server then reads back asynchronously: ≈ 0.1 ms and several event-loop turns per request.
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    // A handler that made its own Response (not through c) did not get it.
    if (c.res.headers.get('x-request-id') !== requestId) c.header('x-request-id', requestId);
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
