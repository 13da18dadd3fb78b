import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { printHeader, ROOT } from '../lib/machine.ts';

/**
 * The screening benchmarks one after the other, each in its own Node process so that one's heap and JIT
 * state do not colour the next: accuracy (bench/screening/accuracy.bench.ts), speed (speed.bench.ts) and
 * scale (scale.bench.ts; skipped with a note where it does not exist). Each prints its own figures.
 *
 *   npm run bench:screening                 all three
 *   npm run bench:screening -- speed ...    one; further options go to it (e.g. --runs 5)
 */

const BENCHMARKS = {
  accuracy: 'bench/screening/accuracy.bench.ts',
  speed: 'bench/screening/speed.bench.ts',
  scale: 'bench/screening/scale.bench.ts',
} as const;
type Name = keyof typeof BENCHMARKS;
const isName = (value: string | undefined): value is Name =>
  value !== undefined && Object.hasOwn(BENCHMARKS, value);

/** Each benchmark process is stopped after this long: a hung benchmark must not hang the run. */
const TIME_LIMIT_MINUTES = 40;

function runChild(file: string, args: string[]): Promise<number | null> {
  process.stdout.write(`\n$ node --expose-gc ${[file, ...args].join(' ')}\n`);
  const child = spawn(process.execPath, ['--expose-gc', file, ...args], { cwd: ROOT, stdio: 'inherit' });
  const timer = setTimeout(() => child.kill('SIGTERM'), TIME_LIMIT_MINUTES * 60_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first !== undefined && !isName(first)) {
    throw new Error(`${first}: name one of ${Object.keys(BENCHMARKS).join(', ')}, or none for all`);
  }
  const names: Name[] = first ? [first] : ['accuracy', 'speed', 'scale'];
  printHeader(`Screening benchmarks: ${names.join(', ')}`);
  const outcomes: string[] = [];
  for (const name of names) {
    const file = BENCHMARKS[name];
    if (!existsSync(join(ROOT, file))) {
      outcomes.push(`${name}: skipped, ${file} is not written yet`);
      continue;
    }
    const code = await runChild(file, first ? rest : []);
    outcomes.push(
      `${name}: ${code === 0 ? 'done' : `FAILED (exit ${code ?? `by a signal; time limit ${TIME_LIMIT_MINUTES} min`})`}`,
    );
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
