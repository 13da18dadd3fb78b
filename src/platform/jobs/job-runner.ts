import type { Logger } from 'pino';
import type { Db } from '../db/transaction.ts';
import {
  claimJob,
  completeJob,
  failAbandonedJobs,
  failJob,
  type JobRow,
  jobSignals,
  recordJobProgress,
} from './jobs.store.ts';

export interface JobProgress {
  done: number;
  total: number;
  message?: string;
}

export interface JobContext {
  db: Db;
  /** Records how far the job is (shown to users) and extends its lease. */
  progress: (progress: JobProgress) => Promise<void>;
}

export type JobHandler = (job: JobRow, context: JobContext) => Promise<unknown>;

export interface JobRunnerOptions {
  /** How often an idle runner looks for work another process queued. */
  pollMs?: number;
  /** How long a claimed job stays this process's without a progress report. */
  leaseMs?: number;
  logger?: Pick<Logger, 'info' | 'error'>;
}

export interface RunReport {
  done: number;
  failed: number;
  /** What each finished job answered, in the order they ran. */
  results: { kind: string; result: unknown }[];
  /** Why each failed attempt failed. */
  errors: { kind: string; message: string }[];
}

/**
 * Runs queued jobs in this process: polled while started, woken at once by `wake()` after a local commit, or
 * run to the end of the queue by `runPending()` (CLI commands and tests). Jobs that throw are retried with a
 * growing delay and end `failed` with the error after their last attempt.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunReport> | null = null;
  private again = false;
  private stopped = true;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly db: Db;
  private readonly logger: JobRunnerOptions['logger'];
  private readonly listeners = new Set<(job: JobRow, progress: JobProgress) => void>();

  constructor(db: Db, options: JobRunnerOptions = {}) {
    this.db = db;
    this.pollMs = options.pollMs ?? 2000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.logger = options.logger;
  }

  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
    return this;
  }

  /** Hears every progress report of this process's jobs (a CLI progress bar, say). */
  onProgress(listener: (job: JobRow, progress: JobProgress) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly onQueued = () => this.wake();

  start() {
    this.stopped = false;
    jobSignals.on('queued', this.onQueued);
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    jobSignals.off('queued', this.onQueued);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Something was queued in this process: look now rather than at the next poll. */
  wake() {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runPending()
        .catch((error: unknown) => this.logger?.error({ err: error }, 'job polling failed'))
        .finally(() => {
          const next = this.again ? 0 : this.pollMs;
          this.again = false;
          this.schedule(next);
        });
    }, delay);
    this.timer.unref();
  }

  /** Runs ready jobs until none is left; a second caller waits for the same pass. */
  runPending(): Promise<RunReport> {
    if (this.running) return this.running;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<RunReport> {
    const report: RunReport = { done: 0, failed: 0, results: [], errors: [] };
    await failAbandonedJobs(this.db);
    for (;;) {
      const job = await claimJob(this.db, [...this.handlers.keys()], this.leaseMs);
      if (!job) return report;
      const outcome = await this.run(job);
      if (outcome.ok) {
        report.done++;
        report.results.push({ kind: job.kind, result: outcome.result });
      } else {
        report.failed++;
        report.errors.push({ kind: job.kind, message: outcome.message });
      }
    }
  }

  private async run(job: JobRow): Promise<{ ok: true; result: unknown } | { ok: false; message: string }> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return { ok: false, message: `No handler for ${job.kind}` };
    const context: JobContext = {
      db: this.db,
      progress: async (progress) => {
        for (const listener of this.listeners) listener(job, progress);
        await recordJobProgress(this.db, job.id, progress, this.leaseMs);
      },
    };
    try {
      const result = await handler(job, context);
      await completeJob(this.db, job.id, result);
      this.logger?.info({ jobId: job.id, kind: job.kind }, 'job done');
      return { ok: true, result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger?.error({ jobId: job.id, kind: job.kind, err: error }, 'job failed');
      await failJob(this.db, job, message);
      return { ok: false, message };
    }
  }
}
