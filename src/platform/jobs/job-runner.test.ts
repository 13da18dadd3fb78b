import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-db.ts';
import { createTestDatabase, testDatabaseKinds } from '../testing/test-database.ts';
import { JobRunner } from './job-runner.ts';
import { claimJob, countQueuedItems, findJob, insertJobs } from './jobs.store.ts';

describe.each(testDatabaseKinds())('jobs on %s', (kind) => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });

  it('runs queued jobs in order with their payloads and records results and progress', async () => {
    const seen: unknown[] = [];
    const runner = new JobRunner(database.db).register('test.echo', async (job, context) => {
      seen.push(job.payload);
      await context.progress({ done: 1, total: 1 });
      return { echoed: job.payload };
    });
    const progress: number[] = [];
    runner.onProgress((_job, report) => progress.push(report.done));
    const [first, second] = await insertJobs(database.db, [
      { organizationId: null, kind: 'test.echo', payload: { n: 1 } },
      { organizationId: null, kind: 'test.echo', payload: { n: 2 } },
    ]);
    expect(await runner.runPending()).toMatchObject({ done: 2, failed: 0 });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(progress).toEqual([1, 1]);
    const job = await findJob(database.db, first ?? '');
    expect(job).toMatchObject({
      status: 'done',
      result: { echoed: { n: 1 } },
      progress: { done: 1, total: 1 },
    });
    expect((await findJob(database.db, second ?? ''))?.status).toBe('done');
    expect(await runner.runPending()).toMatchObject({ done: 0, failed: 0 });
  });

  it('retries a failing job later and fails it for good after its last attempt', async () => {
    let calls = 0;
    const runner = new JobRunner(database.db).register('test.flaky', async () => {
      calls++;
      throw new Error(`attempt ${calls} broke`);
    });
    const [id] = await insertJobs(database.db, [
      { organizationId: null, kind: 'test.flaky', payload: {}, maxAttempts: 2 },
    ]);
    expect(await runner.runPending()).toMatchObject({ done: 0, failed: 1 });
    let job = await findJob(database.db, id ?? '');
    expect(job).toMatchObject({ status: 'queued', attempts: 1, error: 'attempt 1 broke' });
    // Not due yet: the retry waits.
    expect(await runner.runPending()).toMatchObject({ done: 0, failed: 0 });
    await sql`update jobs set run_after = now() where id = ${id}`.execute(database.db);
    expect(await runner.runPending()).toMatchObject({ done: 0, failed: 1 });
    job = await findJob(database.db, id ?? '');
    expect(job).toMatchObject({ status: 'failed', attempts: 2, error: 'attempt 2 broke' });
    expect(calls).toBe(2);
  });

  it('takes back a job whose process died, and fails one that died on its last attempt', async () => {
    const [retried, spent] = await insertJobs(database.db, [
      { organizationId: null, kind: 'test.orphan', payload: {} },
      { organizationId: null, kind: 'test.spent', payload: {}, maxAttempts: 1 },
    ]);
    // Another process claimed both, then died: their leases ran out.
    expect((await claimJob(database.db, ['test.orphan'], 1))?.id).toBe(retried);
    expect((await claimJob(database.db, ['test.spent'], 1))?.id).toBe(spent);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const ran: string[] = [];
    const runner = new JobRunner(database.db)
      .register('test.orphan', async (job) => ran.push(job.id))
      .register('test.spent', async (job) => ran.push(job.id));
    expect(await runner.runPending()).toMatchObject({ done: 1, failed: 0 });
    expect(ran).toEqual([retried]);
    expect(await findJob(database.db, spent ?? '')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('leaves kinds it has no handler for to other processes', async () => {
    const [id] = await insertJobs(database.db, [
      { organizationId: null, kind: 'test.elsewhere', payload: {} },
    ]);
    const runner = new JobRunner(database.db).register('test.other', async () => null);
    expect(await runner.runPending()).toMatchObject({ done: 0, failed: 0 });
    expect((await findJob(database.db, id ?? ''))?.status).toBe('queued');
  });

  it('wakes at once when started and told that work was queued', async () => {
    const done = Promise.withResolvers<unknown>();
    const runner = new JobRunner(database.db, { pollMs: 60_000 }).register('test.wake', async (job) =>
      done.resolve(job.payload),
    );
    runner.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await insertJobs(database.db, [{ organizationId: null, kind: 'test.wake', payload: { woke: true } }]);
      runner.wake();
      expect(await done.promise).toEqual({ woke: true });
    } finally {
      await runner.stop();
    }
  });

  it('counts the items queued jobs of a kind carry, leaving out running jobs, other kinds and odd payloads', async () => {
    await insertJobs(database.db, [
      { organizationId: null, kind: 'test.count', payload: { partyIds: ['a', 'b', 'c'] } },
      { organizationId: null, kind: 'test.count', payload: { partyIds: ['d'] } },
      { organizationId: null, kind: 'test.count', payload: { partyIds: 'not a list' } },
      { organizationId: null, kind: 'test.count', payload: { other: [1, 2] } },
      { organizationId: null, kind: 'test.other', payload: { partyIds: ['x', 'y'] } },
    ]);
    expect(await countQueuedItems(database.db, 'test.count', 'partyIds')).toBe(4);
    // The oldest is taken: it is running, no longer waiting.
    await claimJob(database.db, ['test.count'], 60_000);
    expect(await countQueuedItems(database.db, 'test.count', 'partyIds')).toBe(1);
    expect(await countQueuedItems(database.db, 'test.none', 'partyIds')).toBe(0);
    // A key is a parameter, never SQL.
    expect(await countQueuedItems(database.db, 'test.count', "partyIds') or true --")).toBe(0);
  });
});
