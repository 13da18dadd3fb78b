import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import { newId } from '../auth/tokens.ts';
import type { JobsTable } from '../db/database.ts';
import type { Executor } from '../db/transaction.ts';

export interface NewJob {
  /** Null for work that spans organisations (a list update re-screens every organisation's parties). */
  organizationId: string | null;
  kind: string;
  payload: unknown;
  maxAttempts?: number;
}

export interface JobRow {
  id: string;
  organization_id: string | null;
  kind: string;
  payload: unknown;
  status: JobsTable['status'];
  attempts: number;
  max_attempts: number;
  progress: unknown;
  result: unknown;
  error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/**
 * Hears that jobs were queued in this process, a moment later (the transaction that queued them has usually
 * committed by then; if not, the runners' polling finds them).
 */
export const jobSignals = new EventEmitter<{ queued: [] }>();
const SIGNAL_DELAY_MS = 30;

/** Enqueues jobs in the caller's transaction: they exist exactly when the change that asked for them commits. */
export async function insertJobs(db: Executor, jobs: NewJob[]): Promise<string[]> {
  if (jobs.length === 0) return [];
  setTimeout(() => jobSignals.emit('queued'), SIGNAL_DELAY_MS).unref();
  const ids = jobs.map(() => newId());
  await db
    .insertInto('jobs')
    .values(
      jobs.map((job, i) => ({
        id: ids[i] ?? newId(),
        organization_id: job.organizationId,
        kind: job.kind,
        payload: JSON.stringify(job.payload),
        status: 'queued' as const,
        max_attempts: job.maxAttempts ?? 3,
      })),
    )
    .execute();
  return ids;
}

/**
 * Takes the oldest ready job of the given kinds: queued and due, or running with an expired lease (its process
 * died). SKIP LOCKED lets several processes take jobs from the same table without waiting on one another.
 */
export async function claimJob(db: Executor, kinds: string[], leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const result = await sql<JobRow>`
    update jobs set status = 'running', attempts = attempts + 1, started_at = now(),
      locked_until = now() + ${`${leaseMs} milliseconds`}::interval
    where id = (
      select id from jobs
      where kind = any(${kinds}::text[]) and attempts < max_attempts and run_after <= now()
        and (status = 'queued' or (status = 'running' and locked_until < now()))
      order by created_at
      limit 1
      for update skip locked)
    returning id, organization_id, kind, payload, status, attempts, max_attempts, progress, result, error,
      created_at, started_at, finished_at`.execute(db);
  return result.rows[0];
}

/** Jobs whose process died on their last attempt: nobody will take them again. */
export async function failAbandonedJobs(db: Executor) {
  await db
    .updateTable('jobs')
    .set({
      status: 'failed',
      error: 'The process running it stopped on its last attempt',
      finished_at: new Date(),
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', new Date())
    .whereRef('attempts', '>=', 'max_attempts')
    .execute();
}

export async function recordJobProgress(db: Executor, id: string, progress: unknown, leaseMs: number) {
  await sql`
    update jobs set progress = ${JSON.stringify(progress)}::jsonb,
      locked_until = now() + ${`${leaseMs} milliseconds`}::interval
    where id = ${id} and status = 'running'`.execute(db);
}

export async function completeJob(db: Executor, id: string, result: unknown) {
  await db
    .updateTable('jobs')
    .set({ status: 'done', result: JSON.stringify(result ?? null), error: null, finished_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried later (1 s, 4 s, 9 s...) until the job's attempts are spent, then failed. */
export async function failJob(db: Executor, job: JobRow, message: string) {
  const final = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      error: message.slice(0, 2000),
      locked_until: null,
      run_after: new Date(Date.now() + job.attempts * job.attempts * 1000),
      finished_at: final ? new Date() : null,
    })
    .where('id', '=', job.id)
    .execute();
}

export async function countPendingJobs(db: Executor, kinds: string[], organizationId?: string) {
  let query = db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('kind', 'in', kinds)
    .where('status', 'in', ['queued', 'running']);
  if (organizationId) query = query.where('organization_id', '=', organizationId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * How many items queued jobs of a kind carry in the array `key` of their payload (the parties of screening
 * jobs, say): the work in sight, for a handler that decides how to run it.
 */
export async function countQueuedItems(db: Executor, kind: string, key: string): Promise<number> {
  const result = await sql<{ items: string | number }>`
    select coalesce(sum(case when jsonb_typeof(payload -> ${key}) = 'array'
      then jsonb_array_length(payload -> ${key}) else 0 end), 0) as items
    from jobs where kind = ${kind} and status = 'queued'`.execute(db);
  return Number(result.rows[0]?.items ?? 0);
}

export async function findJob(db: Executor, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}
