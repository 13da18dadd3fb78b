import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Resolves a request path inside root, refusing anything that climbs out of it. */
async function findFile(root: string, requestPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export async function sendFile(c: Context, path: string, cache: string) {
  const body = await readFile(path);
  return c.body(body, 200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cache,
  });
}

/** Serves a built single-page app: real files as they are, every other path gets index.html. */
export async function serveSpa(c: Context, root: string) {
  const file = await findFile(root, c.req.path);
  // Vite names built assets by content hash: they never change, so they may be cached for a year.
  if (file)
    return sendFile(
      c,
      file,
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  const index = await findFile(root, '/index.html');
  if (!index) {
    return c.text('The web app is not built. Run `npm run build:web` (npm start does it for you).', 503);
  }
  return sendFile(c, index, 'no-cache');
}

export { findFile };
