import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './machine.ts';

export interface BenchServer {
  url: string;
  email: string;
  password: string;
  suppliers: number;
  seedSeconds: number;
  pid: number;
  stop: () => Promise<void>;
}

/** Waits for the child to exit, at most `ms`; then kills it. */
export async function stopChild(child: ChildProcess, ms = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

/** Starts bench/serve-for-bench.ts in its own process and waits (bounded) for its JSON line. */
export async function startBenchServer(
  suppliers: number,
  seed: number,
  profile?: string,
  timeoutMs = 300_000,
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'bench/serve-for-bench.ts'),
      '--suppliers',
      String(suppliers),
      '--seed',
      String(seed),
      ...(profile ? ['--profile', profile] : []),
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`The bench server did not start in ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf('\n');
      if (end >= 0) {
        clearTimeout(timer);
        resolve(buffer.slice(0, end));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The bench server exited with code ${code} before it was ready`));
    });
  });
  const info = JSON.parse(line) as Omit<BenchServer, 'pid' | 'stop'>;
  return { ...info, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

/** CPU seconds (user + system) a process has used so far (Linux /proc; null elsewhere). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces); utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * Waits until the server has finished the work it was given (its CPU idle for half a second), at most
 * `maxSeconds`: after an overload, requests the client gave up on are still being answered.
 */
export async function waitForIdleServer(pid: number, maxSeconds = 120): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxSeconds * 1000) {
    const before = processCpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = processCpuSeconds(pid);
    if (before === null || after === null || after - before < 0.025) break;
  }
  return (performance.now() - started) / 1000;
}

/** Signs in and answers the session cookie header. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0] ?? '')
    .find((value) => value.startsWith('tg_session='));
  if (!cookie) throw new Error('Sign-in set no tg_session cookie');
  return cookie;
}
