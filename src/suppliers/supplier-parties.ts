import type { Db, Executor, Tx } from '../platform/db/transaction.ts';
import type { Actor } from '../platform/tenancy/actor.ts';
import type { PartyDirectory } from '../screening/parties/party-directory.ts';
import type { ScreeningParty } from '../screening/parties/screening-party.ts';
import { suspendSupplier } from './suppliers.service.ts';

interface PartyRow {
  id: string;
  legal_name: string;
  other_names: string[];
  country: string;
  registration_number: string | null;
}

/**
 * A supplier as the screening sees it: a company with its legal name and other names (in any script), its
 * country, and its registration number. Suppliers are screened as companies: listed persons are not compared
 * with them (a sole trader's personal name belongs in the KYC of customers).
 */
export function toScreeningParty(row: PartyRow): ScreeningParty {
  return {
    type: 'supplier',
    id: row.id,
    label: row.legal_name,
    query: {
      schema: 'Company',
      names: [row.legal_name, ...row.other_names],
      birthDates: [],
      countries: [row.country],
      identifiers: row.registration_number ? [{ type: 'registration', value: row.registration_number }] : [],
      gender: null,
    },
  };
}

const COLUMNS = ['id', 'legal_name', 'other_names', 'country', 'registration_number'] as const;

export const supplierParties: PartyDirectory = {
  type: 'supplier',

  async read(db: Executor, organizationId: string, ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('suppliers')
      .select(COLUMNS)
      .where('organization_id', '=', organizationId)
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    return rows.map(toScreeningParty);
  },

  async *pages(db: Db, organizationId: string, pageSize: number) {
    let after = '';
    for (;;) {
      const rows = await db
        .selectFrom('suppliers')
        .select(COLUMNS)
        .where('organization_id', '=', organizationId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(pageSize)
        .execute();
      if (rows.length === 0) return;
      yield rows.map(toScreeningParty);
      after = rows.at(-1)?.id ?? after;
    }
  },

  async createdAt(db: Executor, organizationId: string, id: string) {
    const row = await db
      .selectFrom('suppliers')
      .select('created_at')
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.created_at;
  },

  suspend(trx: Tx, actor: Actor, id: string, reason: string) {
    return suspendSupplier(trx, actor, id, reason);
  },
};
