import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { classifyNetworkError, DownloadError, isRetryable } from './download-errors.ts';

export interface DownloadSettings {
  /** Longest wait for the answer, and between two chunks of the body. */
  timeoutMs: number;
  /** Further attempts after a failure worth retrying. */
  retries: number;
  /** Wait before the first retry; doubled for each next one. */
  retryDelayMs: number;
  userAgent: string;
  /** false: an unreachable host is not asked again (set once another publisher proved unreachable too). */
  retryOffline?: boolean;
}

export interface DownloadRequest {
  url: string;
  /** Where the file ends up; it appears there complete or not at all. */
  destination: string;
  maxBytes: number;
  expectedSha256?: string;
  /** Validators of the copy kept from the last download: an unchanged file answers 304. */
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

export type DownloadResult =
  | {
      status: 'downloaded';
      sha256: string;
      bytes: number;
      etag: string | null;
      lastModified: string | null;
      attempts: number;
    }
  | { status: 'not_modified'; attempts: number };

export interface DownloadProgress {
  url: string;
  bytes: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

export interface DownloadListeners {
  onRetry?: (notice: RetryNotice) => void;
  onProgress?: (progress: DownloadProgress) => void;
}

export interface RetryNotice {
  url: string;
  attempt: number;
  of: number;
  delayMs: number;
  reason: string;
}

/** The longest Retry-After honoured; a longer one is cut to this. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Downloads one file to `destination` through a `.part` file beside it, hashing it on the way, with bounded
 * retries (doubling waits) on network failures and 5xx answers, never on other 4xx answers, a size limit and
 * an optional expected SHA-256. Throws a DownloadError; a failed download leaves nothing at `destination`.
 */
export async function downloadFile(
  request: DownloadRequest,
  settings: DownloadSettings,
  listeners: DownloadListeners = {},
): Promise<DownloadResult> {
  const attempts = settings.retries + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await attemptDownload(request, settings, listeners.onProgress);
      return { ...result, attempts: attempt };
    } catch (error) {
      const failure = classifyNetworkError(request.url, error);
      const retryable =
        isRetryable(failure) && (failure.failure !== 'offline' || settings.retryOffline !== false);
      if (attempt >= attempts || !retryable) throw failure.after(attempt);
      const delayMs = retryDelay(settings.retryDelayMs, attempt, failure);
      listeners.onRetry?.({
        url: request.url,
        attempt: attempt + 1,
        of: attempts,
        delayMs,
        reason: failure.message,
      });
      await sleep(delayMs);
    }
  }
}

function retryDelay(baseMs: number, attempt: number, failure: DownloadError): number {
  const retryAfter = failure.cause instanceof RetryAfter ? failure.cause.delayMs : undefined;
  if (retryAfter !== undefined) return Math.min(retryAfter, MAX_RETRY_AFTER_MS);
  const exponential = baseMs * 2 ** (attempt - 1);
  // A little jitter so that many clients retrying one publisher do not arrive together.
  return Math.round(exponential * (1 + Math.random() * 0.2));
}

/** Carries a server's Retry-After (in ms) as the cause of an HTTP status failure. */
class RetryAfter extends Error {
  readonly delayMs: number;
  constructor(delayMs: number) {
    super(`retry after ${delayMs} ms`);
    this.delayMs = delayMs;
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function attemptDownload(
  request: DownloadRequest,
  settings: DownloadSettings,
  onProgress: DownloadListeners['onProgress'],
) {
  const { url } = request;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const armTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        controller.abort(
          new DownloadError('timeout', url, `${url} sent nothing for ${settings.timeoutMs / 1000} s`),
        ),
      settings.timeoutMs,
    );
  };
  const part = `${request.destination}.part`;
  armTimer();
  try {
    const headers: Record<string, string> = { 'user-agent': settings.userAgent, accept: '*/*' };
    if (request.ifNoneMatch) headers['if-none-match'] = request.ifNoneMatch;
    if (request.ifModifiedSince) headers['if-modified-since'] = request.ifModifiedSince;
    const response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    if (response.status === 304 && (request.ifNoneMatch || request.ifModifiedSince)) {
      await response.body?.cancel();
      return { status: 'not_modified' as const };
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => {});
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      throw new DownloadError('http_status', url, `${url} answered HTTP ${response.status}`, {
        status: response.status,
        cause: retryAfter === undefined ? undefined : new RetryAfter(retryAfter),
      });
    }
    // fetch decodes a Content-Encoding, after which Content-Length no longer counts the bytes we see.
    const declared = response.headers.get('content-encoding')
      ? undefined
      : Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared !== undefined && declared > request.maxBytes) {
      await response.body.cancel().catch(() => {});
      throw tooLarge(url, request.maxBytes, declared);
    }
    const hash = createHash('sha256');
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        armTimer();
        bytes += chunk.length;
        if (bytes > request.maxBytes) {
          callback(tooLarge(url, request.maxBytes));
          return;
        }
        hash.update(chunk);
        onProgress?.({
          url,
          bytes,
          total: declared === undefined || Number.isNaN(declared) ? null : declared,
        });
        callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body), meter, createWriteStream(part));
    if (declared !== undefined && !Number.isNaN(declared) && bytes !== declared) {
      throw new DownloadError(
        'connection_dropped',
        url,
        `${url} ended after ${bytes} of ${declared} bytes (the connection dropped)`,
      );
    }
    const sha256 = hash.digest('hex');
    if (request.expectedSha256 && sha256 !== request.expectedSha256.toLowerCase()) {
      throw new DownloadError(
        'checksum_mismatch',
        url,
        `${url} has SHA-256 ${sha256}, not the expected ${request.expectedSha256.toLowerCase()}`,
      );
    }
    await rename(part, request.destination);
    return {
      status: 'downloaded' as const,
      sha256,
      bytes,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    await rm(part, { force: true });
    // An abort carries our own reason (the timeout); anything else is classified by the caller.
    throw controller.signal.aborted && controller.signal.reason instanceof DownloadError
      ? controller.signal.reason
      : error;
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string, maxBytes: number, declared?: number): DownloadError {
  const size = declared === undefined ? 'more' : `${declared} bytes`;
  return new DownloadError(
    'too_large',
    url,
    `${url} is larger than the limit: ${size}, at most ${maxBytes} bytes`,
  );
}
