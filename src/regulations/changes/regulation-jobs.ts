import type { Logger } from 'pino';
import type { Db } from '../../platform/db/transaction.ts';
import type { JobRunner } from '../../platform/jobs/job-runner.ts';
import { countPendingJobs, insertJobs } from '../../platform/jobs/jobs.store.ts';
import type { Mailer } from '../../platform/outbound/mailer.ts';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  ANNOUNCE_JOB,
  announceRulePackVersion,
  deliverNotifications,
  REMINDER_JOB,
  recordRulePackVersion,
  sendDueReminders,
} from './announcements.service.ts';

const HOUR_MS = 60 * 60_000;

export function registerRegulationJobs(runner: JobRunner, db: Db, mailer: Mailer) {
  runner.register(ANNOUNCE_JOB, async (job) => {
    const { versionId } = job.payload as { versionId: string };
    const announced = await announceRulePackVersion(db, await loadKnowledgeBase(), versionId);
    return { ...announced, ...(await deliverNotifications(db, mailer)) };
  });
  runner.register(REMINDER_JOB, async (job) => {
    const { date } = job.payload as { date?: string };
    const today = date ?? new Date().toISOString().slice(0, 10);
    const reminded = await sendDueReminders(db, await loadKnowledgeBase(), today);
    return { ...reminded, ...(await deliverNotifications(db, mailer)) };
  });
}

/** Queues a reminder pass unless one is waiting already. */
export async function queueReminders(db: Db, date?: string) {
  if ((await countPendingJobs(db, [REMINDER_JOB])) > 0) return;
  await insertJobs(db, [{ organizationId: null, kind: REMINDER_JOB, payload: date ? { date } : {} }]);
}

/**
 * What a serving process does for regulation changes: records the shipped rule pack (announcing what it
 * changed), and queues a reminder pass now and every hour (reminders are sent once per rule version and
 * subscription, so passes are cheap and several processes may run them).
 */
export function regulationSchedule(db: Db, logger?: Logger) {
  let timer: NodeJS.Timeout | undefined;
  const tick = () =>
    queueReminders(db).catch((error: unknown) => logger?.error({ err: error }, 'queueing reminders failed'));
  return {
    async start() {
      await recordRulePackVersion(db, await loadKnowledgeBase());
      await tick();
      timer = setInterval(tick, HOUR_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
