import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHeader, ROOT } from './lib/machine.ts';
import { type Figure, formatNumber, formatTable, SUMMARY_ENV, targetCell } from './lib/report.ts';

/**
 * Runs the benchmarks one after the other, each in its own Node process (so one's heap and JIT state do not
 * colour the next), and prints a summary of their figures.
 *
 *   npm run bench                               all of them
 *   npm run bench -- --only import [options]    one; further options go to it (e.g. --runs 3)
 */

const BENCHMARKS = {
  import: { script: 'bench/import.bench.ts', timeoutMinutes: 45 },
  api: { script: 'bench/api.bench.ts', timeoutMinutes: 30 },
  'cold-start': { script: 'bench/cold-start.bench.ts', timeoutMinutes: 20 },
} as const;
type BenchmarkName = keyof typeof BENCHMARKS;

const isBenchmark = (value: string | undefined): value is BenchmarkName =>
  value !== undefined && Object.hasOwn(BENCHMARKS, value);

function parse(argv: string[]): { names: BenchmarkName[]; passThrough: string[] } {
  const at = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (at < 0) {
    if (argv.length > 0) throw new Error(`Options other than --only go to one benchmark: ${argv.join(' ')}`);
    return { names: Object.keys(BENCHMARKS) as BenchmarkName[], passThrough: [] };
  }
  const arg = argv[at] ?? '';
  const name = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  if (!isBenchmark(name))
    throw new Error(`--only ${name ?? ''}: one of ${Object.keys(BENCHMARKS).join(', ')}`);
  const rest = argv.filter((_, i) => i !== at && (arg.includes('=') || i !== at + 1));
  return { names: [name], passThrough: rest };
}

async function runOne(
  name: BenchmarkName,
  args: string[],
): Promise<{ figures: Figure[]; failure: string | null }> {
  const { script, timeoutMinutes } = BENCHMARKS[name];
  const dir = mkdtempSync(join(tmpdir(), 'tg-bench-summary-'));
  const summary = join(dir, 'figures.json');
  process.stdout.write(`\n$ node ${[script, ...args].join(' ')}\n`);
  try {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, [SUMMARY_ENV]: summary },
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMinutes * 60_000);
    const code = await new Promise<number | null>((resolve) =>
      child.once('exit', (exitCode) => resolve(exitCode)),
    );
    clearTimeout(timer);
    const figures = existsSync(summary) ? (JSON.parse(readFileSync(summary, 'utf8')) as Figure[]) : [];
    const failure =
      code === 0 ? null : `${script} exited with ${code ?? 'a signal'} (time limit ${timeoutMinutes} min)`;
    return { figures, failure };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { names, passThrough } = parse(process.argv.slice(2));
  printHeader(`Tradeguard benchmarks: ${names.join(', ')}`);
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const name of names) {
    const result = await runOne(name, passThrough);
    figures.push(...result.figures);
    if (result.failure) failures.push(result.failure);
  }
  const rows = figures.map((figure) => [
    figure.benchmark,
    figure.name,
    figure.value === null
      ? '–'
      : `${formatNumber(figure.value, figure.unit === 'rows/s' || figure.unit === 'req/s' ? 0 : 2)} ${figure.unit}`,
    targetCell(figure),
    figure.note ?? '',
  ]);
  process.stdout.write(
    `\n== Summary\n${formatTable([['benchmark', 'figure', 'value', 'target', 'note'], ...rows])}\n`,
  );
  for (const failure of failures) process.stdout.write(`FAILED: ${failure}\n`);
  return failures.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
