/**
 * Every failure the platform reports carries one of these literal codes. Only the HTTP layer maps them to
 * statuses (platform/http/error-status.ts), and the CLI maps them to exit codes.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_file'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'database_locked'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details ?? null;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
