import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isAppError } from '../../platform/errors.ts';
import { importSubstanceFile } from '../../regulations/substance-lists/substance-lists.service.ts';
import { withDatabase } from '../cli-context.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';

async function filesOf(path: string): Promise<{ files: string[]; fromFolder: boolean }> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`${path} does not exist`);
  if (!info.isDirectory()) return { files: [path], fromFolder: false };
  const names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  const files = [];
  for (const name of names) if ((await stat(join(path, name))).isFile()) files.push(join(path, name));
  return { files, fromFolder: true };
}

export const regulationsImportCommand: Command = {
  path: ['regulations', 'import'],
  summary: 'Import official substance lists as new versions (format detected from each file)',
  usage: `Usage: tradeguard regulations import PATH...

Each PATH is a file or a folder of files. The format is told by the content: the EU Cosmetics Regulation
Annex II (prohibited) and Annex III (restricted) exports, and ECHA's Candidate List of SVHC, REACH Annex XIV,
REACH Annex XVII and EU POPs lists (XLSX). Each file becomes a new version of its list, compared with the one
in force (entries added, changed, removed); a file that cannot be read is named with the reason and leaves
the version in force as it was. In a folder, files of other kinds are named and skipped.

Exit codes: 0 done, 1 failed, 2 wrong usage, 3 a file could not be read (the others were imported).`,
  options: {},
  positionals: 100,
  async run(_values, positionals) {
    if (positionals.length === 0) throw new UsageError('Name at least one file or folder');
    const targets = await Promise.all(positionals.map(filesOf));
    let failed = 0;
    await withDatabase(async ({ database }) => {
      for (const { files, fromFolder } of targets) {
        for (const file of files) {
          try {
            const result = await importSubstanceFile(database.db, file, 'cli');
            process.stdout.write(
              result.unchanged
                ? `${file}: ${result.list} unchanged (${result.entryCount} entries); the version in force stays.\n`
                : `${file}: ${result.list} version ${result.versionId}: ${result.entryCount} entries; by reference ${result.added} added, ${result.changed} changed, ${result.removed} removed.\n`,
            );
          } catch (error) {
            if (!isAppError(error) || error.code !== 'invalid_file') throw error;
            if (
              fromFolder &&
              /is not a substance list|neither an XLSX|is not an ECHA list export/.test(error.message)
            ) {
              process.stdout.write(`${file}: skipped, not a substance list Tradeguard reads.\n`);
              continue;
            }
            failed++;
            process.stderr.write(`${file}: ${error.message}; the version in force stays.\n`);
          }
        }
      }
    });
    return failed > 0 ? EXIT.invalidInput : EXIT.ok;
  },
};
