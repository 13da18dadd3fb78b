import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.ts';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: two processes writing one data directory would corrupt it. A lock file
 * beside the directory says who holds it; a lock left by a process that died is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = join(dirname(dataDir), `${dataDir.split('/').pop() ?? 'db'}.lock`);
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && isProcessAlive(holder)) {
        throw new AppError(
          'database_locked',
          `The embedded database in ${dataDir} is in use by process ${holder} (is the server running?). ` +
            'Stop it first, or point both at PostgreSQL with DATABASE_URL.',
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('database_locked', `Could not lock ${dataDir}`);
}
