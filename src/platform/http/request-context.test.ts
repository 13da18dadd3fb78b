import { Hono } from 'hono';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { handleError } from './error-handler.ts';
import { requestContext } from './request-context.ts';

function makeApp() {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(pino({ level: 'silent' })));
  app.onError(handleError);
  app.get('/json', (c) => c.json({ ok: true, id: c.get('requestId') }));
  app.get('/own', () => new Response('made by hand', { headers: { 'content-type': 'text/plain' } }));
  app.get('/fails', () => {
    throw new AppError('not_found', 'Nothing here');
  });
  return app;
}

describe('requestContext', () => {
  it('puts a generated request id on a c.json() answer, the same the handler saw', async () => {
    const response = await makeApp().request('/json');
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ ok: true, id });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('keeps a safe incoming id and replaces an unsafe one', async () => {
    const app = makeApp();
    const kept = await app.request('/json', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-12345678');
    const unsafe = await app.request('/json', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(unsafe.headers.get('x-request-id')).not.toContain('bad');
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('adds the id to a Response a handler built itself, body untouched', async () => {
    const response = await makeApp().request('/own');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).toBe('made by hand');
  });

  it('puts the id on error answers, equal to the one in the error body', async () => {
    const response = await makeApp().request('/fails');
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { requestId: string } };
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  });
});
