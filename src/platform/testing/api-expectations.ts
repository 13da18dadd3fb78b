import { expect } from 'vitest';
import type { ErrorCode } from '../errors.ts';
import type { TestResponse } from './test-app.ts';

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details: unknown };
}

export interface Issue {
  path: string[];
  message: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The error contract of docs/api.md: status, code, a message, the request id (also in the header), details. */
export function expectError(response: TestResponse, status: number, code: ErrorCode): ErrorBody {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { error: { code } },
  });
  const body = response.body as ErrorBody;
  expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message', 'requestId']);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toEqual(response.headers.get('x-request-id'));
  expect(body.error.requestId.length).toBeGreaterThanOrEqual(8);
  return body;
}

/** A 400 validation_failed error and the paths of its issues, joined with dots. */
export function issuePathsOf(response: TestResponse): string[] {
  const body = expectError(response, 400, 'validation_failed');
  const details = body.error.details as { issues: Issue[] };
  return details.issues.map((issue) => issue.path.join('.'));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
