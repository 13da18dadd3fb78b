import type { Db, Executor, Tx } from '../../platform/db/transaction.ts';
import type { Actor } from '../../platform/tenancy/actor.ts';
import type { PartyType, ScreeningParty } from './screening-party.ts';

/**
 * How the screening reaches the parties of one kind without reading another module's tables: the module that
 * owns the parties (suppliers today, customers later) provides it, and the application wires it in.
 */
export interface PartyDirectory {
  type: PartyType;
  /** The parties with these ids in the organisation; ids that do not exist (any more) are left out. */
  read(db: Executor, organizationId: string, ids: string[]): Promise<ScreeningParty[]>;
  /** Every party of the organisation, a page at a time, in a stable order. */
  pages(db: Db, organizationId: string, pageSize: number): AsyncIterable<ScreeningParty[]>;
  /** When the party came into the registry: its screening history starts there. */
  createdAt(db: Executor, organizationId: string, id: string): Promise<Date | undefined>;
  /** A confirmed match: the party is suspended, with the reason, in the caller's transaction. */
  suspend(trx: Tx, actor: Actor, id: string, reason: string): Promise<void>;
}

export type PartyDirectories = ReadonlyMap<PartyType, PartyDirectory>;
