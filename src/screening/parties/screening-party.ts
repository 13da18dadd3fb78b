import { createHash } from 'node:crypto';
import { canonicalJson } from '../../platform/audit/audit-chain.ts';
import type { ScreeningQuery } from '../match/score-entity.ts';

/** The kinds of parties an organisation screens; customers and counterparties join suppliers later. */
export const PARTY_TYPES = ['supplier'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

/** A party as the screening sees it: its names and the facts that confirm or weaken a match. */
export interface ScreeningParty {
  type: PartyType;
  id: string;
  /** What a reviewer reads: the party's main name. */
  label: string;
  query: ScreeningQuery;
}

/**
 * The hash of what screening looks at in a party. A review decision holds while it stays the same: renaming a
 * supplier or changing its country reopens the decisions taken on the old facts; editing its address does not.
 */
export function hashParty(party: ScreeningParty): string {
  const q = party.query;
  const facts = {
    schema: q.schema,
    names: [...q.names].sort(),
    birthDates: [...q.birthDates].sort(),
    countries: [...q.countries].sort(),
    identifiers: q.identifiers.map((i) => `${i.type}:${i.value}`).sort(),
    gender: q.gender,
  };
  return createHash('sha256').update(canonicalJson(facts)).digest('hex');
}
