import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/machine.ts';
import { formatTable } from './lib/report.ts';

/**
 * Where the time of a `node --cpu-prof` profile went: self time per function, and total (inclusive) time
 * per function of this repository, so that "which service step costs what" can be read off.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/import.bench.ts --engines pglite
 *   node bench/summarize-profile.ts /tmp/prof/CPU.*.cpuprofile [--top 25]
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A coarse owner of the time: a package, the database's WebAssembly, a module of this repository, Node. */
function category(frame: CallFrame): string {
  if (frame.url.startsWith('wasm://')) return 'WebAssembly (PGlite: PostgreSQL compiled to wasm)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (inPackage) return `package ${inPackage[1]}`;
  if (frame.url.startsWith('file://')) {
    const path = relative(ROOT, new URL(frame.url).pathname);
    return path
      .split('/')
      .slice(0, path.startsWith('src/') ? 3 : 1)
      .join('/');
  }
  if (frame.url.startsWith('node:')) return 'Node.js library';
  return frame.functionName.startsWith('(') ? frame.functionName : `native: ${frame.functionName}`;
}

function label(frame: CallFrame): string {
  const file = frame.url.startsWith('file://') ? relative(ROOT, new URL(frame.url).pathname) : frame.url;
  const name = frame.functionName || '(anonymous)';
  return file ? `${name} ${file}:${frame.lineNumber + 1}` : name;
}

export function summarizeProfile(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const categories = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id);
    if (!node) return;
    const key = label(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const owner = category(node.callFrame);
    categories.set(owner, (categories.get(owner) ?? 0) + ms);
    // Each function counted once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url.includes(ROOT) || frame.url.includes('node_modules')) continue;
      const k = label(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => [`${(ms / 1000).toFixed(2)} s`, `${((100 * ms) / totalMs).toFixed(1)} %`, key]);
  return [
    `profile: ${(totalMs / 1000).toFixed(1)} s sampled`,
    '',
    'self time by owner:',
    formatTable([['time', 'share', 'owner'], ...rows(categories)]),
    '',
    'self time (where the CPU was):',
    formatTable([['time', 'share', 'function'], ...rows(self)]),
    '',
    "total time of this repository's functions (including what they call; an await cuts the chain):",
    formatTable([['time', 'share', 'function'], ...rows(inclusive)]),
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  for (const path of positionals) {
    const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
    process.stdout.write(`${path}\n${summarizeProfile(profile, Number(values.top))}\n\n`);
  }
}
