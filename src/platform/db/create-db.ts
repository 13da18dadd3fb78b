import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { registerWriteWatch, WriteWatch } from './write-watch.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  close: () => Promise<void>;
  /** PGlite only: the whole data directory as a tarball, to start other databases from. */
  dump?: () => Promise<Blob>;
}

export interface CreateDatabaseOptions {
  /** A PGlite data directory dump (from dumpDataDir) to start from; tests use it to skip initdb. */
  loadDataDir?: Blob;
  /** Postgres pool size; one API process rarely needs more than 10. */
  poolSize?: number;
}

/**
 * Opens the database the configuration names. Counts and sequence numbers (int8) come back as numbers:
 * every such value here stays far below 2^53.
 */
export async function createDatabase(
  target: DatabaseTarget,
  options: CreateDatabaseOptions = {},
): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8_OID) return (value: string) => Number(value);
          return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
        }) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  const inMemory = target.dataDir === 'memory://';
  const releaseLock = inMemory ? () => {} : acquireDataDirLock(target.dataDir);
  try {
    if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
    const pglite = await PGlite.create({
      dataDir: inMemory ? undefined : target.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
      parsers: { [INT8_OID]: (value: string) => Number(value), [NUMERIC_OID]: (value: string) => value },
    });
    // The data-directory lock makes this process PGlite's only user, so it sees every write: read caches may
    // rely on that (write-watch.ts).
    const watch = new WriteWatch();
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), plugins: [watch] });
    registerWriteWatch(db, watch);
    return {
      db,
      kind: 'pglite',
      dump: () => pglite.dumpDataDir('gzip'),
      close: async () => {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
