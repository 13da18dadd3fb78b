import { loadConfig } from '../../platform/config.ts';
import { createDatabase } from '../../platform/db/create-db.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { importListVersion } from '../../screening/list-versions.service.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { runQueuedScreenings } from '../screening-jobs.ts';

export const listsImportCommand: Command = {
  path: ['lists', 'import'],
  summary: 'Import sanctions list files as new list versions',
  usage: `Usage: tradeguard lists import PATH...

Each PATH is a list file or a folder of OFAC CSV files. The format is detected from the file: OFAC SDN and
non-SDN CSV sets, the US Consolidated Screening List (CSV, plain or gzip), the UN consolidated list (XML),
the EU Financial Sanctions Files (XML), the UK Sanctions List (CSV or XML), OpenSanctions FollowTheMoney
entities and delta files (JSON lines), Senzing JSON. Each file becomes a new version of its list, compared with
the one in force; a file that fails to read leaves the version in force as it was. Then every organisation's
suppliers are screened against the entities the new versions added or changed.`,
  options: {},
  positionals: 100,
  async run(_values, positionals) {
    if (positionals.length === 0) throw new UsageError('Name at least one list file or folder');
    const database = await createDatabase(loadConfig().database);
    try {
      await migrateToLatest(database.db);
      for (const path of positionals) {
        const result = await importListVersion(database.db, path, 'cli');
        process.stdout.write(
          result.unchanged
            ? `${path}: ${result.source} unchanged (${result.entityCount} entities); the version in force stays.\n`
            : `${path}: ${result.source} version ${result.versionId}: ${result.entityCount} entities, ` +
                `${result.added} added, ${result.changed} changed, ${result.removed} removed.\n`,
        );
      }
      // Every organisation's parties are screened against what the new versions added or changed.
      await runQueuedScreenings(database.db, (line) => process.stdout.write(line));
      return 0;
    } finally {
      await database.close();
    }
  },
};
