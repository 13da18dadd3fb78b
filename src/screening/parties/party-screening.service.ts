import { z } from 'zod';
import { type AuditChange, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Db, Executor, Tx } from '../../platform/db/transaction.ts';
import type { JobContext, JobRunner } from '../../platform/jobs/job-runner.ts';
import { countQueuedItems, insertJobs, type JobRow } from '../../platform/jobs/jobs.store.ts';
import { systemActor } from '../../platform/tenancy/actor.ts';
import { listOrganizations } from '../../platform/tenancy/organizations.service.ts';
import type { ScreeningPoolKeeper } from '../batch/screening-pool-keeper.ts';
import type { ListEntity } from '../list-entity.model.ts';
import { DEFAULT_THRESHOLD } from '../match-query.model.ts';
import type { LoadedIndex, ScreeningIndexHolder } from '../screening-index.holder.ts';
import type { PartyDirectories, PartyDirectory } from './party-directory.ts';
import { delistMatches, type MatchChange, reconcileMatches } from './reconcile-matches.ts';
import {
  type Finding,
  indexParties,
  screenEntitiesAgainstParties,
  screenPartiesOnPool,
  screenParty,
} from './screen-parties.ts';
import {
  applyMatchChanges,
  findMatchesOfEntities,
  findMatchesOfParties,
  insertRuns,
  type NewRun,
} from './screening-matches.store.ts';
import { PARTY_TYPES, type PartyType, type ScreeningParty } from './screening-party.ts';

export const SCREEN_PARTIES_JOB = 'screening.parties';
export const RESCREEN_LIST_JOB = 'screening.list_update';
export const SCREENING_JOB_KINDS = [SCREEN_PARTIES_JOB, RESCREEN_LIST_JOB];

export type ScreeningTrigger = 'created' | 'updated' | 'imported' | 'manual';

/** Parties per job: a job's findings are written in one transaction, and progress is reported per job. */
const PARTIES_PER_JOB = 2000;
/** Work done between two yields to the event loop, so that a running server keeps answering requests. */
const SLICE_MS = 20;

const partiesJobSchema = z.object({
  organizationId: z.string(),
  partyType: z.enum(PARTY_TYPES),
  partyIds: z.array(z.string()),
  trigger: z.enum(['created', 'updated', 'imported', 'manual']),
});
const listJobSchema = z.object({ versionId: z.string() });

/** Asks for parties to be screened, in the caller's transaction: they are screened once it commits. */
export async function requestPartyScreening(
  trx: Executor,
  organizationId: string,
  partyType: PartyType,
  partyIds: string[],
  trigger: ScreeningTrigger,
): Promise<string[]> {
  const jobs = [];
  for (let start = 0; start < partyIds.length; start += PARTIES_PER_JOB) {
    const payload = {
      organizationId,
      partyType,
      partyIds: partyIds.slice(start, start + PARTIES_PER_JOB),
      trigger,
    };
    jobs.push({ organizationId, kind: SCREEN_PARTIES_JOB, payload });
  }
  return insertJobs(trx, jobs);
}

/** Asks for every organisation's parties to be screened against what a new list version added or changed. */
export async function requestListRescreening(trx: Executor, versionId: string): Promise<string[]> {
  return insertJobs(trx, [{ organizationId: null, kind: RESCREEN_LIST_JOB, payload: { versionId } }]);
}

async function yieldingMap<T, R>(items: readonly T[], work: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    results.push(work(item));
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return results;
}

function auditOf(changes: MatchChange[], inserted: Map<string, string>, findings: Finding[]): AuditChange[] {
  const byKey = new Map(findings.map((f) => [`${f.partyId}\u0000${f.entityId}`, f]));
  return changes.flatMap((change): AuditChange[] => {
    if (change.kind === 'refresh') return [];
    if (change.kind === 'insert') {
      const f = change.finding;
      const id = inserted.get(`${f.partyId}\u0000${f.entityId}`) ?? '';
      return [
        { action: 'screening.match_opened', entityType: 'screening_match', entityId: id, after: describe(f) },
      ];
    }
    if (change.kind === 'reopen') {
      const f = byKey.get(`${change.finding.partyId}\u0000${change.finding.entityId}`) ?? change.finding;
      return [
        {
          action: 'screening.match_reopened',
          entityType: 'screening_match',
          entityId: change.id,
          before: change.previous,
          after: { ...describe(f), note: change.note },
        },
      ];
    }
    return [
      {
        action: change.kind === 'clear' ? 'screening.match_cleared' : 'screening.match_delisted',
        entityType: 'screening_match',
        entityId: change.id,
        after: { note: change.note },
      },
    ];
  });
}

function describe(f: Finding) {
  return {
    partyId: f.partyId,
    party: f.partyLabel,
    entityId: f.entityId,
    entity: f.entityCaption,
    source: f.source,
    score: f.score,
    summary: f.explanation.summary,
  };
}

export interface ScreeningOutcome {
  parties: number;
  findings: number;
  opened: number;
  reopened: number;
  cleared: number;
  delisted: number;
}

async function writeOutcome(
  trx: Tx,
  organizationId: string,
  partyType: PartyType,
  changes: MatchChange[],
  findings: Finding[],
  runs: NewRun[],
  versions: string[],
): Promise<Omit<ScreeningOutcome, 'parties' | 'findings'>> {
  const at = new Date();
  const inserted = await applyMatchChanges(trx, organizationId, partyType, changes, at);
  await insertRuns(trx, organizationId, partyType, runs, versions, at);
  await recordAudit(trx, systemActor(organizationId, 'screening'), auditOf(changes, inserted, findings));
  const count = (kind: MatchChange['kind']) => changes.filter((change) => change.kind === kind).length;
  return {
    opened: count('insert'),
    reopened: count('reopen'),
    cleared: count('clear'),
    delisted: count('delist'),
  };
}

export interface PartyScreeningOptions {
  threshold?: number;
  /** The process's worker pool, used when `partiesInSight` is worth it or a pool for these lists is running. */
  pool?: ScreeningPoolKeeper;
  /** This batch's parties and those queued behind it: what a pool's start is paid back over. */
  partiesInSight?: number;
}

/** Whether a batch goes to the worker pool: more than one core, and enough work or a pool already running. */
export function usesPool(
  loaded: LoadedIndex,
  parties: number,
  options: PartyScreeningOptions,
): options is PartyScreeningOptions & { pool: ScreeningPoolKeeper } {
  const { pool } = options;
  if (!pool || parties === 0) return false;
  return pool.isWarmFor(loaded.index.entities) || pool.wants(Math.max(parties, options.partiesInSight ?? 0));
}

/**
 * Screens parties against every list in force and brings their review items up to date: on the worker pool when
 * `usesPool` says so (the same findings, and this thread stays free for requests), else in this thread.
 */
export async function screenParties(
  db: Db,
  loaded: LoadedIndex,
  directory: PartyDirectory,
  organizationId: string,
  partyIds: string[],
  trigger: ScreeningTrigger,
  options: PartyScreeningOptions = {},
): Promise<ScreeningOutcome> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const parties = await directory.read(db, organizationId, partyIds);
  const perParty = usesPool(loaded, parties.length, options)
    ? await options.pool.use(loaded.index.entities, (pool) =>
        screenPartiesOnPool(loaded, pool, parties, threshold),
      )
    : await yieldingMap(parties, (party) => screenParty(loaded, party, threshold));
  const findings = perParty.flat();
  const scope = { partyIds: new Set(parties.map((party) => party.id)), entityIds: 'all' as const };
  const outcome = await db.transaction().execute(async (trx) => {
    const stored = await findMatchesOfParties(trx, organizationId, directory.type, [...scope.partyIds]);
    const changes = reconcileMatches(scope, stored, findings);
    const runs = parties.map((party, i) => ({
      partyId: party.id,
      trigger,
      matches: perParty[i]?.length ?? 0,
    }));
    return writeOutcome(trx, organizationId, directory.type, changes, findings, runs, loaded.versions);
  });
  return { parties: parties.length, findings: findings.length, ...outcome };
}

interface VersionDelta {
  label: string;
  changed: ListEntity[];
  removed: Set<string>;
}

async function readDelta(db: Db, loaded: LoadedIndex, versionId: string): Promise<VersionDelta | undefined> {
  const version = await db
    .selectFrom('list_versions')
    .select(['label', 'source'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!version) return undefined;
  const rows = await db
    .selectFrom('list_version_changes')
    .select(['entity_id', 'change'])
    .where('version_id', '=', versionId)
    .execute();
  // The entities as they are now: a later version may have changed or removed them again.
  const current = new Map<string, ListEntity>();
  const wanted = new Set(rows.filter((row) => row.change !== 'removed').map((row) => row.entity_id));
  for (const entity of loaded.index.entities) if (wanted.has(entity.id)) current.set(entity.id, entity);
  const removed = new Set(
    rows
      .filter((row) => row.change === 'removed' && !loaded.entities.has(row.entity_id))
      .map((row) => row.entity_id),
  );
  return { label: version.label, changed: [...current.values()], removed };
}

/**
 * Applies a new list version to every organisation's parties, against the entities the version added or changed
 * only: the parties are indexed, each such entity is searched among them, and each candidate pair is scored as
 * a full screening scores it (screen-parties.ts). Review items of entities it removed are marked delisted.
 */
export async function rescreenForVersion(
  db: Db,
  loaded: LoadedIndex,
  directories: PartyDirectories,
  versionId: string,
  progress?: JobContext['progress'],
  threshold = DEFAULT_THRESHOLD,
): Promise<ScreeningOutcome & { organizations: number; entities: number }> {
  const delta = await readDelta(db, loaded, versionId);
  const total = { parties: 0, findings: 0, opened: 0, reopened: 0, cleared: 0, delisted: 0 };
  if (!delta) return { ...total, organizations: 0, entities: 0 };
  const deltaIds = new Set(delta.changed.map((entity) => entity.id));
  const organizations = await listOrganizations(db);
  for (const organization of organizations) {
    for (const directory of directories.values()) {
      const partyIds = new Set<string>();
      let findings: Finding[] = [];
      if (deltaIds.size > 0) {
        const parties: ScreeningParty[] = [];
        for await (const page of directory.pages(db, organization.id, 5000)) {
          for (const party of page) parties.push(party);
          await progress?.({ done: total.parties + parties.length, total: 0, message: organization.name });
        }
        for (const party of parties) partyIds.add(party.id);
        const index = await indexParties(parties);
        findings = await screenEntitiesAgainstParties(loaded, index, delta.changed, threshold);
      }
      const outcome = await db.transaction().execute(async (trx) => {
        const stored = await findMatchesOfEntities(trx, organization.id, directory.type, [
          ...deltaIds,
          ...delta.removed,
        ]);
        const changes = [
          ...reconcileMatches(
            { partyIds, entityIds: deltaIds },
            stored.filter((match) => deltaIds.has(match.entityId)),
            findings,
          ),
          ...delistMatches(stored, delta.removed, delta.label),
        ];
        if (changes.length === 0 && partyIds.size === 0) return null;
        const runs =
          partyIds.size > 0
            ? [{ partyId: '*', trigger: 'list_update' as const, matches: findings.length }]
            : [];
        return writeOutcome(trx, organization.id, directory.type, changes, findings, runs, [versionId]);
      });
      total.parties += partyIds.size;
      total.findings += findings.length;
      if (outcome) {
        total.opened += outcome.opened;
        total.reopened += outcome.reopened;
        total.cleared += outcome.cleared;
        total.delisted += outcome.delisted;
      }
    }
  }
  return { ...total, organizations: organizations.length, entities: deltaIds.size + delta.removed.size };
}

/** Registers the screening jobs on a runner: the process's index holder and the parties' directories. */
export function registerScreeningJobs(
  runner: JobRunner,
  holder: ScreeningIndexHolder,
  directories: PartyDirectories,
  pool?: ScreeningPoolKeeper,
) {
  runner.register(SCREEN_PARTIES_JOB, async (job: JobRow, context: JobContext) => {
    const payload = partiesJobSchema.parse(job.payload);
    const directory = directories.get(payload.partyType);
    if (!directory) throw new Error(`No directory of ${payload.partyType} parties in this process`);
    const loaded = await holder.get({ fresh: true });
    await context.progress({ done: 0, total: payload.partyIds.length });
    // An import queues its parties as many jobs: the pool is worth starting for all of them, not for one.
    const options: PartyScreeningOptions = pool ? { pool } : {};
    if (pool && pool.size > 1 && !pool.isWarmFor(loaded.index.entities)) {
      options.partiesInSight =
        payload.partyIds.length + (await countQueuedItems(context.db, SCREEN_PARTIES_JOB, 'partyIds'));
    }
    const outcome = await screenParties(
      context.db,
      loaded,
      directory,
      payload.organizationId,
      payload.partyIds,
      payload.trigger,
      options,
    );
    await context.progress({ done: payload.partyIds.length, total: payload.partyIds.length });
    return outcome;
  });
  runner.register(RESCREEN_LIST_JOB, async (job: JobRow, context: JobContext) => {
    const payload = listJobSchema.parse(job.payload);
    const loaded = await holder.get({ fresh: true });
    return rescreenForVersion(context.db, loaded, directories, payload.versionId, context.progress);
  });
}
