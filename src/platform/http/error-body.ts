import { z } from '@hono/zod-openapi';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      details: z.unknown(),
    }),
  })
  .openapi('Error');

export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 429)[]) {
  const description: Record<number, string> = {
    400: 'The input is not valid',
    401: 'Not signed in',
    403: 'Not allowed',
    404: 'Not found in your organisation',
    409: 'Conflicts with the current state',
    413: 'Too large',
    429: 'Too many attempts',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: description[status] ?? 'Error',
        content: { 'application/json': { schema: errorBodySchema } },
      },
    ]),
  );
}
