import type { Logger } from 'pino';
import { registerRegulationJobs, regulationSchedule } from '../regulations/changes/regulation-jobs.ts';
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
  registerScreeningJobs(runner, screening, parties);
  registerRegulationJobs(runner, db, mailer);
  return { runner, screening, parties, regulations: regulationSchedule(db, logger) };
}
