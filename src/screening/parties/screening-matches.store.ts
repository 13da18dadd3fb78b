import { sql } from 'kysely';
import { newId } from '../../platform/auth/tokens.ts';
import type { Executor, Tx } from '../../platform/db/transaction.ts';
import type { MatchChange, MatchStatus, StoredMatch } from './reconcile-matches.ts';
import type { PartyType } from './screening-party.ts';

const CHUNK = 2000;

function toStored(row: {
  id: string;
  party_id: string;
  entity_id: string;
  party_hash: string;
  entity_hash: string;
  status: MatchStatus;
  score: number;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
}): StoredMatch {
  return {
    id: row.id,
    partyId: row.party_id,
    entityId: row.entity_id,
    partyHash: row.party_hash,
    entityHash: row.entity_hash,
    status: row.status,
    score: row.score,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    reason: row.reason,
  };
}

const STORED_COLUMNS = [
  'id',
  'party_id',
  'entity_id',
  'party_hash',
  'entity_hash',
  'status',
  'score',
  'decided_by',
  'decided_at',
  'reason',
] as const;

/** The review items of these parties, locked for the caller's transaction. */
export async function findMatchesOfParties(
  trx: Tx,
  organizationId: string,
  partyType: PartyType,
  partyIds: string[],
): Promise<StoredMatch[]> {
  if (partyIds.length === 0) return [];
  const rows = await trx
    .selectFrom('screening_matches')
    .select(STORED_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('party_type', '=', partyType)
    .where('party_id', 'in', partyIds)
    .forUpdate()
    .execute();
  return rows.map(toStored);
}

/** The review items of an organisation that involve these listed entities, locked. */
export async function findMatchesOfEntities(
  trx: Tx,
  organizationId: string,
  partyType: PartyType,
  entityIds: string[],
): Promise<StoredMatch[]> {
  const matches: StoredMatch[] = [];
  for (let start = 0; start < entityIds.length; start += CHUNK) {
    const rows = await trx
      .selectFrom('screening_matches')
      .select(STORED_COLUMNS)
      .where('organization_id', '=', organizationId)
      .where('party_type', '=', partyType)
      .where('entity_id', 'in', entityIds.slice(start, start + CHUNK))
      .forUpdate()
      .execute();
    matches.push(...rows.map(toStored));
  }
  return matches;
}

/** Writes a reconciliation's changes; answers the ids of inserted items by their (party, entity). */
export async function applyMatchChanges(
  trx: Tx,
  organizationId: string,
  partyType: PartyType,
  changes: MatchChange[],
  at: Date,
): Promise<Map<string, string>> {
  const inserted = new Map<string, string>();
  const inserts = changes.flatMap((change) => (change.kind === 'insert' ? [change.finding] : []));
  for (let start = 0; start < inserts.length; start += CHUNK) {
    await trx
      .insertInto('screening_matches')
      .values(
        inserts.slice(start, start + CHUNK).map((finding) => {
          const id = newId();
          inserted.set(`${finding.partyId}\u0000${finding.entityId}`, id);
          return {
            id,
            organization_id: organizationId,
            party_type: partyType,
            party_id: finding.partyId,
            party_hash: finding.partyHash,
            party_label: finding.partyLabel,
            source: finding.source,
            entity_id: finding.entityId,
            entity_hash: finding.entityHash,
            entity_caption: finding.entityCaption,
            list_version_id: finding.listVersionId,
            score: finding.score,
            explanation: JSON.stringify(finding.explanation),
            status: 'open' as const,
            created_at: at,
            updated_at: at,
          };
        }),
      )
      .execute();
  }
  for (const change of changes) {
    if (change.kind === 'insert') continue;
    let query = trx
      .updateTable('screening_matches')
      .set({ updated_at: at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', change.id);
    // A refresh of an open item keeps the note that says why it was reopened.
    if (change.kind !== 'refresh' || change.note !== null) query = query.set({ note: change.note });
    if (change.kind === 'refresh' || change.kind === 'reopen') {
      const f = change.finding;
      query = query.set({
        status: 'open',
        party_hash: f.partyHash,
        party_label: f.partyLabel,
        entity_hash: f.entityHash,
        entity_caption: f.entityCaption,
        list_version_id: f.listVersionId,
        score: f.score,
        explanation: JSON.stringify(f.explanation),
      });
    }
    if (change.kind === 'reopen') {
      query = query.set({
        previous_decision: JSON.stringify(change.previous),
        decided_by: null,
        decided_at: null,
        reason: null,
      });
    }
    if (change.kind === 'clear') query = query.set({ status: 'cleared' });
    if (change.kind === 'delist') query = query.set({ status: 'delisted' });
    await query.execute();
  }
  return inserted;
}

export interface NewRun {
  partyId: string;
  trigger: 'created' | 'updated' | 'imported' | 'list_update' | 'manual';
  matches: number;
}

/** One row per screened party (or one `*` row for a list update that looked at every party). */
export async function insertRuns(
  trx: Tx,
  organizationId: string,
  partyType: PartyType,
  runs: NewRun[],
  listVersions: string[],
  at: Date,
) {
  for (let start = 0; start < runs.length; start += CHUNK) {
    const chunk = runs.slice(start, start + CHUNK);
    await sql`
      insert into screening_runs (id, organization_id, party_type, party_id, trigger, list_versions, matches, ran_at)
      select gen_random_uuid()::text, ${organizationId}, ${partyType}, p, t, ${JSON.stringify(listVersions)}::jsonb, m,
        ${at.toISOString()}::timestamptz
      from unnest(${chunk.map((run) => run.partyId)}::text[], ${chunk.map((run) => run.trigger)}::text[],
        ${chunk.map((run) => run.matches)}::int[]) as t(p, t, m)`.execute(trx);
  }
}

export interface MatchFilter {
  status?: MatchStatus | undefined;
  partyType?: PartyType | undefined;
  partyId?: string | undefined;
  source?: string | undefined;
}

export async function listMatchRows(
  db: Executor,
  organizationId: string,
  filter: MatchFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('screening_matches').where('organization_id', '=', organizationId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.partyType) query = query.where('party_type', '=', filter.partyType);
  if (filter.partyId) query = query.where('party_id', '=', filter.partyId);
  if (filter.source) query = query.where('source', '=', filter.source);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      // The queue reads open items first (they need a decision), then the best scores.
      .orderBy(sql`(status = 'open')`, 'desc')
      .orderBy('score', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findMatchRow(db: Executor, organizationId: string, id: string, lock = false) {
  let query = db
    .selectFrom('screening_matches')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function recordDecision(
  trx: Tx,
  organizationId: string,
  id: string,
  decision: { status: MatchStatus; decidedBy: string; reason: string; at: Date },
) {
  return trx
    .updateTable('screening_matches')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: decision.at,
      reason: decision.reason,
      updated_at: decision.at,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listRunRows(
  db: Executor,
  organizationId: string,
  partyType: PartyType,
  partyId: string,
  since: Date,
  limit: number,
) {
  return db
    .selectFrom('screening_runs')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('party_type', '=', partyType)
    .where((eb) => eb.or([eb('party_id', '=', partyId), eb('party_id', '=', '*')]))
    .where('ran_at', '>=', since)
    .orderBy('ran_at', 'desc')
    .limit(limit)
    .execute();
}
