import { type Logger, pino } from 'pino';
import type { AppConfig } from './config.ts';

export function createLogger(level: AppConfig['logLevel']): Logger {
  return pino({ level, base: { service: 'tradeguard' }, timestamp: pino.stdTimeFunctions.isoTime });
}
