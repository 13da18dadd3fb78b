import { z } from '@hono/zod-openapi';

export const MAX_PAGE_SIZE = 200;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25).openapi({ example: 25 }),
});

/** `sort=name` or `sort=-name` among the allowed fields. */
export function sortQuerySchema<const T extends readonly [string, ...string[]]>(
  fields: T,
  fallback: T[number],
) {
  const allowed = [...fields, ...fields.map((field) => `-${field}`)] as [string, ...string[]];
  return z
    .enum(allowed)
    .default(fallback)
    .openapi({ description: `One of ${fields.join(', ')}; prefix with - for descending` })
    .transform((value) => ({
      sort: value.replace(/^-/, '') as T[number],
      descending: value.startsWith('-'),
    }));
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
}
