/**
 * Why a download failed. `offline` means the address could not be reached at all (no name resolution,
 * connection refused, no route): the machine is offline or the publisher is blocked from it.
 */
export type DownloadFailure =
  | 'offline'
  | 'http_status'
  | 'connection_dropped'
  | 'timeout'
  | 'too_large'
  | 'checksum_mismatch';

export class DownloadError extends Error {
  readonly code = 'download_failed';
  readonly failure: DownloadFailure;
  readonly url: string;
  readonly status: number | null;
  readonly attempts: number;

  constructor(
    failure: DownloadFailure,
    url: string,
    message: string,
    options: { status?: number; attempts?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DownloadError';
    this.failure = failure;
    this.url = url;
    this.status = options.status ?? null;
    this.attempts = options.attempts ?? 1;
  }

  /** The same failure, told how many attempts were made. */
  after(attempts: number): DownloadError {
    return new DownloadError(this.failure, this.url, this.message, {
      status: this.status ?? undefined,
      attempts,
      cause: this.cause,
    });
  }
}

/** Error codes of Node's resolver and sockets that mean the host cannot be reached at all. */
const OFFLINE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NODATA',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
]);

const SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/** The system error code behind a fetch failure (fetch wraps it in `cause`, sometimes twice). */
export function systemCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if ('code' in current && typeof current.code === 'string') return current.code;
    current = current.cause;
  }
  return undefined;
}

function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    if (current.message && !parts.includes(current.message)) parts.push(current.message);
    current = current.cause;
  }
  return parts.join(': ') || String(error);
}

/** A network error thrown by fetch or by the body stream, as a DownloadError of the right kind. */
export function classifyNetworkError(url: string, error: unknown): DownloadError {
  if (error instanceof DownloadError) return error;
  const code = systemCodeOf(error);
  const reason = describeCause(error);
  if (code && OFFLINE_CODES.has(code)) {
    return new DownloadError('offline', url, `cannot reach ${url} (${reason})`, { cause: error });
  }
  if ((code && SOCKET_CODES.has(code)) || /terminated|other side closed|socket/i.test(reason)) {
    return new DownloadError('connection_dropped', url, `the connection to ${url} dropped (${reason})`, {
      cause: error,
    });
  }
  return new DownloadError('connection_dropped', url, `downloading ${url} failed (${reason})`, {
    cause: error,
  });
}

/** Failures worth another attempt: the network or the server, not the request or the file. */
export function isRetryable(error: DownloadError): boolean {
  switch (error.failure) {
    case 'offline':
      // "No such host" is the resolver's definite answer; a temporary resolver failure or a refused
      // connection may pass.
      return systemCodeOf(error.cause) !== 'ENOTFOUND';
    case 'connection_dropped':
    case 'timeout':
      return true;
    case 'http_status':
      return error.status !== null && (error.status >= 500 || error.status === 408 || error.status === 429);
    case 'too_large':
    case 'checksum_mismatch':
      return false;
  }
}
