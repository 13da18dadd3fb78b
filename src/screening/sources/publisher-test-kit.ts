import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * A stand-in for the list publishers in tests: a local node:http server on port 0 that serves files with
 * ETag and Last-Modified, and can answer errors first, drop the connection mid-file or never answer.
 */

export interface Route {
  /** The bytes served. */
  body?: Buffer;
  /** Statuses answered before the body is served, one per request: [503] fails once. */
  failFirst?: number[];
  /** A Retry-After header sent with those failures. */
  retryAfter?: string;
  /** Answer every request with this status and a short text. */
  status?: number;
  /** Drop the connection halfway through the body for this many requests. */
  truncateFirst?: number;
  /** Send ETag / Last-Modified and answer 304 to a matching conditional request (default true). */
  validators?: boolean;
  /** Leave out Content-Length (chunked transfer). */
  chunked?: boolean;
  /** Accept the request and never answer. */
  hang?: boolean;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

export interface Publisher {
  url(path: string): string;
  baseUrl: string;
  route(path: string, route: Route): void;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Tue, 01 Dec 2026 10:00:00 GMT';

export async function startPublisher(routes: Record<string, Route> = {}): Promise<Publisher> {
  const table = new Map(Object.entries(routes).map(([path, route]) => [path, { ...route }]));
  const requests: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = table.get(path);
    const answer = (status: number, text: string) => {
      requests.push({ path, headers: request.headers, status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
    };
    if (!route) return answer(404, 'not found');
    if (route.hang) {
      requests.push({ path, headers: request.headers, status: 0 });
      return;
    }
    if (route.status) return answer(route.status, `status ${route.status}`);
    const failure = route.failFirst?.shift();
    if (failure) {
      if (route.retryAfter) response.setHeader('retry-after', route.retryAfter);
      return answer(failure, `status ${failure}`);
    }
    const body = route.body ?? Buffer.alloc(0);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    const validators = route.validators !== false;
    if (validators && request.headers['if-none-match'] === etag) {
      requests.push({ path, headers: request.headers, status: 304 });
      response.writeHead(304, { etag }).end();
      return;
    }
    requests.push({ path, headers: request.headers, status: 200 });
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream' };
    if (validators) Object.assign(headers, { etag, 'last-modified': LAST_MODIFIED });
    if (!route.chunked) headers['content-length'] = body.length;
    response.writeHead(200, headers);
    if (route.truncateFirst && route.truncateFirst > 0) {
      route.truncateFirst--;
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    url: (path) => `${baseUrl}${path}`,
    route: (path, route) => table.set(path, { ...route }),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address on this machine where nothing listens: a port that was free a moment ago. */
export async function closedPortUrl(path = '/'): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}

/** A host name that can never resolve (RFC 6761 reserves .invalid). */
export const UNRESOLVABLE_URL = 'http://tradeguard-publisher.invalid/list.xml';

export const readBytes = (path: string) => readFileSync(path);

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes a sources file and answers its path. */
export async function writeSourcesFile(
  dir: string,
  content: unknown,
  name = 'sources.json',
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(content, null, 2));
  return path;
}
