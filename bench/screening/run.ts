import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printHeader, ROOT } from '../lib/machine.ts';

/**
 * The screening benchmarks one after the other, each in its own Node process so that one's heap and JIT
 * state do not colour the next: accuracy (bench/screening/accuracy.bench.ts), speed (speed.bench.ts) and
 * scale (scale.bench.ts, which exports runScaleBenchmark(); skipped with a note while it does not exist).
 *
 *   npm run bench:screening                 all three
 *   npm run bench:screening -- speed ...    one; further options go to it (e.g. --runs 5)
 */

const BENCHMARKS = {
  accuracy: { file: 'bench/screening/accuracy.bench.ts', exported: null },
  speed: { file: 'bench/screening/speed.bench.ts', exported: null },
  scale: { file: 'bench/screening/scale.bench.ts', exported: 'runScaleBenchmark' },
} as const;
type Name = keyof typeof BENCHMARKS;
const isName = (value: string | undefined): value is Name =>
  value !== undefined && Object.hasOwn(BENCHMARKS, value);

/** In the child: imports a benchmark module that only exports its function, runs it and prints what it answers. */
async function callExported(name: Name): Promise<void> {
  const { file, exported } = BENCHMARKS[name];
  if (!exported) throw new Error(`${name} runs as a script`);
  const module: Record<string, unknown> = await import(pathToFileURL(join(ROOT, file)).href);
  const run = module[exported];
  if (typeof run !== 'function') throw new Error(`${file} does not export ${exported}()`);
  const result: unknown = await run();
  if (result !== undefined) process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
}

function runChild(name: Name, args: string[]): Promise<number | null> {
  const { file, exported } = BENCHMARKS[name];
  const script = exported ? ['bench/screening/run.ts', '--call', name] : [file, ...args];
  process.stdout.write(`\n$ node --expose-gc ${script.join(' ')}\n`);
  const child = spawn(process.execPath, ['--expose-gc', ...script], { cwd: ROOT, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--call') {
    const name = argv[1];
    if (!isName(name)) throw new Error(`--call: one of ${Object.keys(BENCHMARKS).join(', ')}`);
    await callExported(name);
    return 0;
  }
  const [first, ...rest] = argv;
  if (first !== undefined && !isName(first)) {
    throw new Error(`${first}: name one of ${Object.keys(BENCHMARKS).join(', ')}, or none for all`);
  }
  const names: Name[] = first ? [first] : ['accuracy', 'speed', 'scale'];
  printHeader(`Screening benchmarks: ${names.join(', ')}`);
  const outcomes: string[] = [];
  for (const name of names) {
    if (!existsSync(join(ROOT, BENCHMARKS[name].file))) {
      outcomes.push(`${name}: skipped, ${BENCHMARKS[name].file} is not written yet`);
      continue;
    }
    const code = await runChild(name, first ? rest : []);
    outcomes.push(`${name}: ${code === 0 ? 'done' : `FAILED (exit ${code ?? 'by a signal'})`}`);
  }
  process.stdout.write(`\n== Screening benchmarks\n${outcomes.join('\n')}\n`);
  return outcomes.some((outcome) => outcome.includes('FAILED')) ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
