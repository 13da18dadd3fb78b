import { ApiError, readApiError } from './api-error.ts';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

interface RequestOptions {
  query?: QueryParams;
  /** A plain value is sent as JSON; FormData is sent as multipart. */
  body?: unknown;
}

let csrfToken: string | null = null;

/** Called with the token that /api/auth/login and /api/auth/me return; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function buildQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

async function send(method: HttpMethod, path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ accept: 'application/json' });
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(`${path}${buildQueryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError({
      status: 0,
      code: 'network_error',
      message:
        cause instanceof Error ? `The server could not be reached (${cause.message})` : 'Network error',
      requestId: null,
      details: null,
      retryAfterSeconds: null,
    });
  }
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204). The caller states the type of the
 * answer; the server validates its own output against the same contract (docs/api.md).
 */
export async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  if (!response.ok) throw await readApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
