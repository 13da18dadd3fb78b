import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

// Other work on the machine (a test run, a build) takes cores from the benchmark and makes its figures
// slower than the code is. The benchmarks print how busy the machine was, and wait a bounded time for it
// to calm down before each measurement.

function cpuTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Starts counting how busy the whole machine is; stop() answers the average number of busy cores since
 * (everything: this benchmark, the server it measures, and whatever else runs). Null where /proc is missing.
 */
export function startCpuMeter(): () => number | null {
  const before = cpuTicks();
  return () => {
    const after = cpuTicks();
    if (!before || !after || after.total === before.total) return null;
    return ((after.busy - before.busy) / (after.total - before.total)) * availableParallelism();
  };
}

/** Share of all cores busy over the given time (Linux; null elsewhere). */
export async function measureBusy(ms = 1000): Promise<number | null> {
  const before = cpuTicks();
  await sleep(ms);
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/**
 * Waits until the machine is mostly idle (under `threshold` of all cores busy for a second), at most
 * `maxSeconds`. Answers a line saying what it saw, to print beside the figures.
 */
export async function waitForQuiet(maxSeconds: number, threshold = 0.2): Promise<string> {
  const deadline = performance.now() + maxSeconds * 1000;
  let busy = await measureBusy();
  while (busy !== null && busy > threshold && performance.now() < deadline) busy = await measureBusy();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  if (busy === null) return `load average ${load}`;
  const state =
    busy > threshold
      ? `still ${Math.round(busy * 100)} % busy after waiting ${maxSeconds} s`
      : `${Math.round(busy * 100)} % busy`;
  return `machine ${state} before the measurement (load average ${load})`;
}
