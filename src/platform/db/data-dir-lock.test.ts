import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';

function lockError(dataDir: string): AppError {
  try {
    acquireDataDirLock(dataDir)();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the lock was granted');
}

/** A process that stays alive until killed, to hold a lock from outside this one. */
async function startHolder(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const { pid } = child;
  if (pid === undefined) throw new Error('no pid');
  return Object.assign(child, { pid });
}

describe('acquireDataDirLock', () => {
  let root: string;
  let dataDir: string;
  let lockPath: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'tg-lock-'));
    dataDir = join(root, 'db');
    lockPath = join(root, 'db.lock');
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes its pid beside the directory and removes the file on release', () => {
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockPath)).toBe(false);
    // Released, it can be taken again.
    acquireDataDirLock(dataDir)();
  });

  it('refuses a second lock while the first holder lives, even in the same process', () => {
    const release = acquireDataDirLock(dataDir);
    const error = lockError(dataDir);
    expect(error.code).toBe('database_locked');
    expect(error.message).toContain(`in use by process ${process.pid}`);
    release();
  });

  it('refuses a lock held by another living process, and takes it over once that process died', async () => {
    const holder = await startHolder();
    children.push(holder);
    writeFileSync(lockPath, String(holder.pid));
    const error = lockError(dataDir);
    expect(error.code).toBe('database_locked');
    expect(error.message).toBe(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (is the server running?). ` +
        'Stop it first, or point both at PostgreSQL with DATABASE_URL.',
    );

    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill();
    await exited;
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file left by a process that no longer exists', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lockPath, String(gone));
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file that names no process', () => {
    writeFileSync(lockPath, 'garbage');
    const release = acquireDataDirLock(dataDir);
    expect(readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('creates the parent directory of the lock when missing', () => {
    const nested = join(root, 'deep', 'er', 'db');
    const release = acquireDataDirLock(nested);
    expect(existsSync(join(root, 'deep', 'er', 'db.lock'))).toBe(true);
    release();
  });
});
