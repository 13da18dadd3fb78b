import type { Logger } from 'pino';
import type { PartyDirectories } from '../screening/parties/party-directory.ts';
import { registerScreeningJobs } from '../screening/parties/party-screening.service.ts';
import { ScreeningIndexHolder } from '../screening/screening-index.holder.ts';
import { supplierParties } from '../suppliers/supplier-parties.ts';
import type { Db } from './db/transaction.ts';
import { JobRunner } from './jobs/job-runner.ts';

/** What a process does besides answering requests: its screening index and the jobs it takes from the queue. */
export interface BackgroundWork {
  runner: JobRunner;
  screening: ScreeningIndexHolder;
  parties: PartyDirectories;
}

/** The application's wiring of jobs: every module's handlers, registered on one runner (not started). */
export function createBackgroundWork(db: Db, logger?: Logger): BackgroundWork {
  const screening = new ScreeningIndexHolder(db);
  const parties: PartyDirectories = new Map([[supplierParties.type, supplierParties]]);
  const runner = new JobRunner(db, logger ? { logger } : {});
  registerScreeningJobs(runner, screening, parties);
  return { runner, screening, parties };
}
