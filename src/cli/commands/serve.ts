import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { startServer } from '../../platform/server.ts';
import type { Command } from '../command.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const WEB = join(ROOT, 'web');

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** Builds the web app when it was never built or its sources changed since. */
function buildWebIfNeeded(): void {
  const index = join(WEB, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(join(WEB, 'src'))) return;
  process.stderr.write('Building the web app (first start or changed sources)...\n');
  const npmPath = join(dirname(process.execPath));
  const result = spawnSync('npm', ['run', 'build', '--workspace', 'web'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${npmPath}:${process.env.PATH ?? ''}` },
  });
  if (result.status !== 0) throw new Error('The web app build failed (see above)');
}

export const serveCommand: Command = {
  path: ['serve'],
  summary: 'Start the platform (API and web app)',
  usage: `Usage: tradeguard serve [--build-web-if-needed]

Environment:
  PORT                  port to listen on (default 3000)
  HOST                  address to listen on (default 0.0.0.0)
  TRADEGUARD_DATA_DIR   where the embedded database lives (default ./.tradeguard)
  DATABASE_URL          use this PostgreSQL server instead of the embedded database
  LOG_LEVEL             fatal, error, warn, info (default), debug, trace, silent`,
  options: { 'build-web-if-needed': { type: 'boolean' } },
  positionals: 0,
  async run(values) {
    if (values['build-web-if-needed']) buildWebIfNeeded();
    const config = loadConfig();
    const logger = createLogger(config.logLevel);
    const webDir = existsSync(join(WEB, 'dist', 'index.html')) ? join(WEB, 'dist') : undefined;
    const server = await startServer(config, logger, webDir);
    const lines = [`Tradeguard is running at ${server.url} (database: ${server.database.kind})`];
    if (server.demo) {
      lines.push(
        'A demo organisation was created. Sign in with (shown this once):',
        `  e-mail:   ${server.demo.email}`,
        `  password: ${server.demo.password}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    await new Promise<void>((resolveStop) => {
      const stop = () => resolveStop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};
