import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server benchmarks may create databases on: BENCH_DATABASE_URL, else the local one. */
export function adminDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The server's version, or the reason it cannot be reached. */
export async function probePostgres(
  url: string,
): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  try {
    const version = await withAdmin(url, async (client) => {
      const result = await client.query<{ server_version: string }>('show server_version');
      return result.rows[0]?.server_version ?? 'unknown';
    });
    return { ok: true, version };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops tg_bench_<pid>_* databases left by benchmark processes that were killed before their cleanup. */
export async function dropStaleScratchDatabases(adminUrl: string): Promise<string[]> {
  return withAdmin(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'tg\\_bench\\_%'",
    );
    const stale = result.rows
      .map((row) => row.datname)
      .filter((name) => /^tg_bench_\d+_[0-9a-f]+$/.test(name))
      .filter((name) => !isAlive(Number(name.split('_')[2])));
    for (const name of stale) await client.query(`drop database if exists ${name} with (force)`);
    return stale;
  });
}

/** A new, empty database named tg_bench_*, to be dropped after the run. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `tg_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
