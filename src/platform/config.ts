import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  TRADEGUARD_DATA_DIR: z.string().min(1).default('.tradeguard'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRADEGUARD_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
});

export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Set when the app is served over HTTPS, so the session cookie gets the Secure flag. */
  secureCookies: boolean;
}

export class ConfigError extends Error {
  readonly code = 'invalid_config';
}

/** Reads the configuration from environment variables; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const value = parsed.data;
  const dataDir = resolve(value.TRADEGUARD_DATA_DIR);
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir,
    database: value.DATABASE_URL
      ? { kind: 'postgres', url: value.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(dataDir, 'db') },
    logLevel: value.LOG_LEVEL,
    secureCookies: value.TRADEGUARD_SECURE_COOKIES === 'true',
  };
}
