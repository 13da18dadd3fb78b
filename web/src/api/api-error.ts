export type ApiErrorCode =
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
  | 'internal'
  | 'network_error'
  | 'unexpected_response';

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

interface ApiErrorInit {
  status: number;
  code: ApiErrorCode;
  message: string;
  requestId: string | null;
  details: unknown;
  retryAfterSeconds: number | null;
}

/** Every failed call of the API client ends in this error, built from `{ error: { code, message, requestId, details } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | null;
  readonly details: unknown;
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValidationIssue(value: unknown): value is ValidationIssue {
  return (
    isRecord(value) &&
    typeof value.message === 'string' &&
    Array.isArray(value.path) &&
    value.path.every((part) => typeof part === 'string' || typeof part === 'number')
  );
}

/** The issues of a 400 `validation_failed` (`details: { issues: [{ path, message }] }`), or none. */
export function getValidationIssues(error: unknown): ValidationIssue[] {
  if (!isApiError(error, 'validation_failed') || !isRecord(error.details)) return [];
  const issues = error.details.issues;
  return Array.isArray(issues) ? issues.filter(isValidationIssue) : [];
}

const knownCodes: ReadonlySet<string> = new Set<ApiErrorCode>([
  'validation_failed',
  'invalid_file',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'version_conflict',
  'payload_too_large',
  'rate_limited',
  'internal',
]);

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal';
  return 'unexpected_response';
}

/** Builds an ApiError from a failed response, whether or not its body has the documented shape. */
export async function readApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const retryAfter = Number(response.headers.get('retry-after'));
  return new ApiError({
    status: response.status,
    code: isApiErrorCode(error.code) ? error.code : codeForStatus(response.status),
    message:
      typeof error.message === 'string' && error.message !== ''
        ? error.message
        : `The server answered ${response.status} ${response.statusText}`.trim(),
    requestId: typeof error.requestId === 'string' ? error.requestId : response.headers.get('x-request-id'),
    details: error.details ?? null,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  });
}
