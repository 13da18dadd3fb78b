import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { DownloadError } from './download-errors.ts';
import {
  type DownloadRequest,
  type DownloadSettings,
  downloadFile,
  type RetryNotice,
} from './download-file.ts';
import {
  closedPortUrl,
  type Publisher,
  readBytes,
  sha256Of,
  startPublisher,
  UNRESOLVABLE_URL,
} from './publisher-test-kit.ts';

const SETTINGS: DownloadSettings = {
  timeoutMs: 2_000,
  retries: 2,
  retryDelayMs: 5,
  userAgent: 'tradeguard-test',
};
const UN = readBytes(sharedDataPath('watchlists/un/UN_consolidated.xml'));

async function failureOf(promise: Promise<unknown>): Promise<DownloadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DownloadError)) throw new Error(`expected a DownloadError, got ${String(error)}`);
  return error;
}

describe('downloadFile', () => {
  let publisher: Publisher;
  let dir: string;
  let count = 0;
  const request = (path: string, extra: Partial<DownloadRequest> = {}): DownloadRequest => ({
    url: publisher.url(path),
    destination: join(dir, `file-${++count}.xml`),
    maxBytes: 10 * 1024 * 1024,
    ...extra,
  });
  const hits = (path: string) => publisher.requests.filter((seen) => seen.path === path);
  const leftovers = () => readdirSync(dir).filter((name) => name.endsWith('.part'));

  beforeAll(async () => {
    publisher = await startPublisher();
    dir = mkdtempSync(join(tmpdir(), 'tg-download-'));
  });
  afterAll(async () => {
    await publisher.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('streams the file to its place with its SHA-256 and validators, sending the user agent', async () => {
    publisher.route('/un.xml', { body: UN });
    const target = request('/un.xml');
    const result = await downloadFile(target, SETTINGS);
    expect(result).toMatchObject({
      status: 'downloaded',
      sha256: sha256Of(UN),
      bytes: UN.length,
      attempts: 1,
    });
    expect(result.status === 'downloaded' && result.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(result.status === 'downloaded' && result.lastModified).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(readFileSync(target.destination).equals(UN)).toBe(true);
    expect(hits('/un.xml')[0]?.headers['user-agent']).toBe('tradeguard-test');
    expect(leftovers()).toEqual([]);
  });

  it('retries after a 503 with a growing wait, and succeeds', async () => {
    publisher.route('/busy.xml', { body: UN, failFirst: [503, 502] });
    const notices: RetryNotice[] = [];
    const result = await downloadFile(
      request('/busy.xml'),
      { ...SETTINGS, retryDelayMs: 20 },
      {
        onRetry: (notice) => notices.push(notice),
      },
    );
    expect(result).toMatchObject({ status: 'downloaded', attempts: 3, sha256: sha256Of(UN) });
    expect(notices.map((notice) => [notice.attempt, notice.of])).toEqual([
      [2, 3],
      [3, 3],
    ]);
    expect(notices[0]?.reason).toContain('HTTP 503');
    expect(notices[0]?.delayMs).toBeGreaterThanOrEqual(20);
    expect(notices[1]?.delayMs).toBeGreaterThanOrEqual(40);
  });

  it("waits as long as the server's Retry-After says, and reports progress", async () => {
    publisher.route('/later.xml', { body: UN, failFirst: [429], retryAfter: '0' });
    const notices: RetryNotice[] = [];
    const progress: number[] = [];
    const result = await downloadFile(
      request('/later.xml'),
      { ...SETTINGS, retryDelayMs: 60_000 },
      {
        onRetry: (notice) => notices.push(notice),
        onProgress: (update) => {
          expect(update.total).toBe(UN.length);
          progress.push(update.bytes);
        },
      },
    );
    expect(result).toMatchObject({ status: 'downloaded', attempts: 2 });
    expect(notices).toEqual([
      expect.objectContaining({ attempt: 2, delayMs: 0, reason: expect.stringContaining('HTTP 429') }),
    ]);
    expect(progress.at(-1)).toBe(UN.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('gives up after the retry limit when the server keeps answering 5xx', async () => {
    publisher.route('/down.xml', { status: 503 });
    const target = request('/down.xml');
    const error = await failureOf(downloadFile(target, SETTINGS));
    expect(error).toMatchObject({ failure: 'http_status', status: 503, attempts: 3 });
    expect(hits('/down.xml')).toHaveLength(3);
    expect(existsSync(target.destination)).toBe(false);
  });

  it('does not retry a 404', async () => {
    const target = request('/missing.xml');
    const error = await failureOf(downloadFile(target, SETTINGS));
    expect(error).toMatchObject({ failure: 'http_status', status: 404, attempts: 1 });
    expect(error.message).toBe(`${target.url} answered HTTP 404`);
    expect(hits('/missing.xml')).toHaveLength(1);
    expect(existsSync(target.destination)).toBe(false);
  });

  it('refuses a file whose SHA-256 is not the expected one, without retrying', async () => {
    publisher.route('/sum.xml', { body: UN });
    const target = request('/sum.xml', { expectedSha256: 'A'.repeat(64) });
    const error = await failureOf(downloadFile(target, SETTINGS));
    expect(error).toMatchObject({ failure: 'checksum_mismatch', attempts: 1 });
    expect(error.message).toContain(`has SHA-256 ${sha256Of(UN)}, not the expected ${'a'.repeat(64)}`);
    expect(existsSync(target.destination)).toBe(false);
    expect(leftovers()).toEqual([]);
    const good = await downloadFile(
      request('/sum.xml', { expectedSha256: sha256Of(UN).toUpperCase() }),
      SETTINGS,
    );
    expect(good.status).toBe('downloaded');
  });

  it('retries a connection dropped mid-file, and leaves nothing when it keeps dropping', async () => {
    publisher.route('/flaky.xml', { body: UN, truncateFirst: 1 });
    const once = await downloadFile(request('/flaky.xml'), SETTINGS);
    expect(once).toMatchObject({ status: 'downloaded', attempts: 2, sha256: sha256Of(UN) });

    publisher.route('/cut.xml', { body: UN, truncateFirst: 10 });
    const target = request('/cut.xml');
    const error = await failureOf(downloadFile(target, SETTINGS));
    expect(error).toMatchObject({ failure: 'connection_dropped', attempts: 3 });
    expect(existsSync(target.destination)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('stops at the size limit, from Content-Length or while streaming', async () => {
    publisher.route('/big.xml', { body: UN });
    const declared = await failureOf(downloadFile(request('/big.xml', { maxBytes: 1000 }), SETTINGS));
    expect(declared).toMatchObject({ failure: 'too_large', attempts: 1 });
    expect(declared.message).toContain(`${UN.length} bytes, at most 1000 bytes`);

    publisher.route('/big-chunked.xml', { body: UN, chunked: true });
    const target = request('/big-chunked.xml', { maxBytes: 1000 });
    const streamed = await failureOf(downloadFile(target, SETTINGS));
    expect(streamed).toMatchObject({ failure: 'too_large', attempts: 1 });
    expect(existsSync(target.destination)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('says offline for a closed port (retried) and an unresolvable host (not retried)', async () => {
    const closed = await closedPortUrl('/list.xml');
    const refused = await failureOf(downloadFile({ ...request('/x'), url: closed }, SETTINGS));
    expect(refused).toMatchObject({ failure: 'offline', url: closed, attempts: 3 });
    expect(refused.message).toMatch(new RegExp(`^cannot reach ${closed} \\(.*ECONNREFUSED`));

    const unresolvable = await failureOf(downloadFile({ ...request('/x'), url: UNRESOLVABLE_URL }, SETTINGS));
    expect(unresolvable).toMatchObject({ failure: 'offline', url: UNRESOLVABLE_URL, attempts: 1 });
    expect(unresolvable.message).toContain(`cannot reach ${UNRESOLVABLE_URL}`);
  });

  it('gives up on a server that never answers after the timeout', async () => {
    publisher.route('/hang.xml', { hang: true });
    const started = Date.now();
    const error = await failureOf(
      downloadFile(request('/hang.xml'), { ...SETTINGS, timeoutMs: 150, retries: 1 }),
    );
    expect(error).toMatchObject({ failure: 'timeout', attempts: 2 });
    expect(error.message).toContain('sent nothing for 0.15 s');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('answers not_modified when the validators still match', async () => {
    publisher.route('/same.xml', { body: UN });
    const first = await downloadFile(request('/same.xml'), SETTINGS);
    if (first.status !== 'downloaded') throw new Error('expected a download');
    const target = request('/same.xml', { ifNoneMatch: first.etag, ifModifiedSince: first.lastModified });
    expect(await downloadFile(target, SETTINGS)).toEqual({ status: 'not_modified', attempts: 1 });
    expect(hits('/same.xml').at(-1)).toMatchObject({ status: 304 });
    expect(hits('/same.xml').at(-1)?.headers['if-none-match']).toBe(first.etag);
    expect(existsSync(target.destination)).toBe(false);
  });
});
