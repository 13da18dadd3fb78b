import { z } from 'zod';

// Control characters (other than tab and line breaks) have no place in names or addresses; NUL cannot even
// be stored in PostgreSQL text. Rejected with a clear message rather than silently dropped.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

export function safeText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine((value) => !CONTROL.test(value), 'Contains control characters');
}
