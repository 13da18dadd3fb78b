import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file sits in src/platform/testing/. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * A path inside the shared data folder that sits beside the repository (see its README): real list files,
 * reference tables and samples that are read by tests and benchmarks and never copied into the repository.
 */
export function sharedDataPath(...segments: string[]): string {
  const root = resolve(repoRoot, '..', 'shared', 'data');
  if (!existsSync(root)) {
    throw new Error(
      `The shared data folder is missing: expected it at ${root}, beside the repository. ` +
        'Tests that read real list files need it (see the architecture guide, "Data files from elsewhere").',
    );
  }
  const path = resolve(root, ...segments);
  if (!existsSync(path)) throw new Error(`Not in the shared data folder: ${path}`);
  return path;
}
