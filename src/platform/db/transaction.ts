import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A function that can run inside or outside a transaction. */
export type Executor = Db | Tx;

export function inTransaction<T>(db: Db, work: (trx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
