import { OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** Every router reports invalid input the same way: a validation_failed error with the issues listed. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('validation_failed', 'The input is not valid', {
          issues: result.error.issues.map((issue) => ({
            path: issue.path.map(String),
            message: issue.message,
          })),
        });
      }
    },
  });
}
