import type { Logger } from 'pino';
import { registerRegulationJobs, regulationSchedule } from '../regulations/changes/regulation-jobs.ts';
import { ScreeningPoolKeeper } from '../screening/batch/screening-pool-keeper.ts';
import type { PartyDirectories } from '../screening/parties/party-directory.ts';
import { registerScreeningJobs } from '../screening/parties/party-screening.service.ts';
import { ScreeningIndexHolder } from '../screening/screening-index.holder.ts';
import { supplierParties } from '../suppliers/supplier-parties.ts';
import type { Db } from './db/transaction.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { createMailer, type Mailer } from './outbound/mailer.ts';

/** What a process does besides answering requests: its screening index and the jobs it takes from the queue. */
export interface BackgroundWork {
  runner: JobRunner;
  screening: ScreeningIndexHolder;
  parties: PartyDirectories;
  /**
   * Worker threads for large screening jobs, started on demand and closed after a minute idle (never for small
   * jobs, so tests and most CLI commands start none); `close()` it when the process stops.
   */
  screeningPool: ScreeningPoolKeeper;
  /** Regulation changes: the shipped rule pack recorded and announced, reminders before rules take effect. */
  regulations: ReturnType<typeof regulationSchedule>;
}

/** The application's wiring of jobs: every module's handlers, registered on one runner (not started). */
export function createBackgroundWork(
  db: Db,
  logger?: Logger,
  mailer: Mailer = createMailer(),
): BackgroundWork {
  const screening = new ScreeningIndexHolder(db);
  const parties: PartyDirectories = new Map([[supplierParties.type, supplierParties]]);
  const runner = new JobRunner(db, logger ? { logger } : {});
  const screeningPool = new ScreeningPoolKeeper();
  registerScreeningJobs(runner, screening, parties, screeningPool);
  registerRegulationJobs(runner, db, mailer);
  return { runner, screening, parties, screeningPool, regulations: regulationSchedule(db, logger) };
}
