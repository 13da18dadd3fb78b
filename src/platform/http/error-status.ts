import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../errors.ts';

/** The one place error codes become HTTP statuses; exhaustive, so a new code cannot be forgotten. */
export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  invalid_file: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  database_locked: 503,
  internal: 500,
};
