import { loadConfig } from '../../platform/config.ts';
import { createDatabase } from '../../platform/db/create-db.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'Bring the database schema up to date',
  usage: 'Usage: tradeguard migrate\n\nApplies the migrations not yet applied, each in its own transaction.',
  options: {},
  positionals: 0,
  async run() {
    const database = await createDatabase(loadConfig().database);
    try {
      const applied = await migrateToLatest(database.db);
      process.stdout.write(
        applied.length === 0 ? 'The schema is up to date.\n' : `Applied: ${applied.join(', ')}\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
