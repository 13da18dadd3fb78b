import { z } from 'zod';

// Control characters (other than tab and line breaks) have no place in names or addresses; NUL cannot even
// be stored in PostgreSQL text. Rejected with a clear message rather than silently dropped.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function safeText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((value) => !CONTROL.test(value), 'Contains control characters');
}
