import { AppError, type ErrorCode } from '../platform/errors.ts';

/** Exit codes: 0 done, 1 failed, 2 wrong usage, 3 the input has problems (nothing was written). */
export const EXIT = { ok: 0, failed: 1, usage: 2, invalidInput: 3 } as const;

export class UsageError extends Error {}

const INPUT_CODES: ReadonlySet<ErrorCode> = new Set([
  'validation_failed',
  'invalid_file',
  'payload_too_large',
  'conflict',
]);

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof AppError && INPUT_CODES.has(error.code)) return EXIT.invalidInput;
  return EXIT.failed;
}

export function describeError(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\nRun with --help for usage.`;
  if (error instanceof AppError) return `Error (${error.code}): ${error.message}`;
  if (error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED') {
    return `Error: cannot reach the database (${error.message}). Is DATABASE_URL right?`;
  }
  return `Error: ${error instanceof Error ? error.message : String(error)}`;
}
