import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';
import { findFile, sendFile } from './static-files.ts';

const require = createRequire(import.meta.url);

/** The reference page: Swagger UI served from the installed package, so it works with no internet. */
export function mountApiDocs(app: Hono<AppEnv>) {
  const assets = dirname(require.resolve('swagger-ui-dist/package.json'));
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tradeguard API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`),
  );
  app.get('/api/docs/assets/init.js', (c) =>
    c.body("SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });", 200, {
      'content-type': 'text/javascript; charset=utf-8',
    }),
  );
  app.get('/api/docs/assets/:file', async (c) => {
    const file = await findFile(assets, `/${c.req.param('file')}`);
    if (!file) return c.notFound();
    return sendFile(c, file, 'public, max-age=86400');
  });
}
