import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, type as osType, platform, release, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
}

export function describeMachine(): Machine {
  return {
    os: `${osType()} ${release()} (${platform()})`,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

/** The command that is running, as one would type it from the repository root. */
export function currentCommand(): string {
  const script = process.argv[1] ? relative(ROOT, process.argv[1]) : '';
  return ['node', ...process.execArgv, script, ...process.argv.slice(2)].join(' ');
}

export function packageVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

/** The code measured: the commit, and how many files under src/ differ from it (others work in the tree). */
export function describeCode(): string {
  const git = (args: string[]) =>
    spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const changed = git(['status', '--porcelain', '--', 'src'])
    .split('\n')
    .filter((line) => line !== '').length;
  return changed > 0 ? `commit ${commit} + ${changed} changed or new files under src/` : `commit ${commit}`;
}

/** The header every benchmark prints: what runs, where, with which command. */
export function printHeader(title: string, extra: Record<string, string> = {}): void {
  const machine = describeMachine();
  const lines = [
    `== ${title}`,
    `machine: ${machine.os}; ${machine.cpu}; ${machine.cores} cores; ${machine.memoryGiB} GiB; node ${machine.node}`,
    `code: ${describeCode()}`,
    ...Object.entries(extra).map(([key, value]) => `${key}: ${value}`),
    `command: ${currentCommand()}  (from ${ROOT})`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
