import type { Executor } from '../db/transaction.ts';
import type { AuditEntryContent } from './audit-chain.ts';

/**
 * Some audit entries stand for data kept elsewhere: a supplier import's entry commits to the stored file
 * (its SHA-256) and to the suppliers it created (a digest of their ids and file rows) instead of carrying
 * one entry per supplier. The hash chain proves such an entry unchanged; an evidence check proves that what
 * it commits to is still as it was. The module that writes the entry registers the check for its action,
 * so the platform's verification needs no knowledge of suppliers or files.
 *
 * A check answers null when the evidence holds, or the reason it does not.
 */
export type EvidenceCheck = (db: Executor, entry: AuditEntryContent) => Promise<string | null>;

const checks = new Map<string, EvidenceCheck>();

export function registerEvidenceCheck(action: string, check: EvidenceCheck): void {
  const known = checks.get(action);
  if (known && known !== check) throw new Error(`An evidence check for ${action} is already registered`);
  checks.set(action, check);
}

export function findEvidenceCheck(action: string): EvidenceCheck | undefined {
  return checks.get(action);
}
