import { createBackgroundWork } from '../platform/background-work.ts';
import type { Db } from '../platform/db/transaction.ts';
import type { ScreeningOutcome } from '../screening/parties/party-screening.service.ts';

/**
 * Runs the screenings a command queued (new suppliers, a new list version) before the command ends, so that
 * its user sees what they found; a running server would take them up as well.
 */
export async function runQueuedScreenings(db: Db, write: (line: string) => void): Promise<number> {
  const { runner } = createBackgroundWork(db);
  const stopListening = runner.onProgress((job, progress) => {
    if (job.kind === 'screening.list_update' && progress.done > 0 && progress.done % 20_000 === 0)
      write(`  re-screening: ${progress.done.toLocaleString('en')} parties so far\n`);
  });
  try {
    const report = await runner.runPending();
    const total = { parties: 0, opened: 0, reopened: 0, cleared: 0, delisted: 0 };
    for (const { result } of report.results) {
      const outcome = result as Partial<ScreeningOutcome> | null;
      total.parties += outcome?.parties ?? 0;
      total.opened += outcome?.opened ?? 0;
      total.reopened += outcome?.reopened ?? 0;
      total.cleared += outcome?.cleared ?? 0;
      total.delisted += outcome?.delisted ?? 0;
    }
    if (report.done > 0)
      write(
        `Screening: ${total.parties.toLocaleString('en')} parties screened; ${total.opened} new potential matches, ` +
          `${total.reopened} reopened, ${total.cleared} cleared, ${total.delisted} delisted (review queue: /screening/review).\n`,
      );
    for (const error of report.errors)
      write(`Screening failed (${error.kind}): ${error.message}; it will be retried.\n`);
    return report.failed;
  } finally {
    stopListening();
  }
}
