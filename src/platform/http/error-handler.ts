import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, type ErrorCode } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { ERROR_STATUS } from './error-status.ts';

function zodIssues(error: ZodError) {
  return { issues: error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) };
}

/** PostgreSQL's unique_violation: two writers raced for the same key; the later one is told so. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError)
    return new AppError('validation_failed', 'The input is not valid', zodIssues(error));
  if (isUniqueViolation(error)) return new AppError('conflict', 'A record with the same key already exists');
  if (error instanceof HTTPException) {
    const byStatus: Partial<Record<number, ErrorCode>> = { 413: 'payload_too_large', 401: 'unauthenticated' };
    return new AppError(byStatus[error.status] ?? 'validation_failed', error.message || 'Bad request');
  }
  return new AppError('internal', 'Something went wrong on our side; the request id helps us find it');
}

export function errorResponse(c: Context<AppEnv>, error: AppError) {
  return c.json(
    {
      error: {
        code: error.code,
        message: error.message,
        requestId: c.get('requestId'),
        details: error.details,
      },
    },
    ERROR_STATUS[error.code],
  );
}

export function handleError(error: unknown, c: Context<AppEnv>) {
  const appError = toAppError(error);
  if (appError.code === 'internal') c.get('log').error({ err: error }, 'request failed');
  return errorResponse(c, appError);
}
