import { z } from 'zod';
import type { AuditEntryContent } from '../../platform/audit/audit-chain.ts';
import { registerEvidenceCheck } from '../../platform/audit/audit-evidence.ts';
import type { Executor } from '../../platform/db/transaction.ts';
import { IMPORT_AUDIT_ACTION } from './import-digest.ts';
import { digestImportedSuppliers } from './imported-suppliers.store.ts';
import { findImportContent } from './imports.store.ts';
import { describeBytes } from './parsed-files.ts';

const recordSchema = z.object({
  file: z.object({ sha256: z.string(), bytes: z.number() }),
  rows: z.object({ created: z.number() }),
  suppliersDigest: z.string(),
});

async function readStoredFile(db: Executor, organizationId: string, importId: string) {
  try {
    const stored = await findImportContent(db, organizationId, importId);
    return stored ? describeBytes(stored.content) : undefined;
  } catch (error) {
    // Bytes that no longer decompress (zlib's Z_* errors) were written by something else than the import.
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (error instanceof Error && code.startsWith('Z_'))
      return { unreadable: `it no longer decompresses: ${error.message}` };
    throw error;
  }
}

/**
 * What `audit verify` checks behind an import's entry, once the chain has shown the entry unchanged: the
 * stored file still hashes to the SHA-256 the entry recorded, and the suppliers that name the import as
 * their origin are exactly the ones it created, at the same file rows (same count, same digest). So an edited
 * or deleted file, a supplier deleted, a supplier given another origin, or one made to look imported is
 * reported at the import's entry.
 */
export async function checkImportEvidence(db: Executor, entry: AuditEntryContent): Promise<string | null> {
  const parsed = recordSchema.safeParse(entry.after);
  if (!parsed.success) return 'the entry does not describe an import';
  const recorded = parsed.data;
  const importId = entry.entityId;
  const file = await readStoredFile(db, entry.organizationId, importId);
  if (!file) return `the file of import ${importId} is no longer stored`;
  if ('unreadable' in file) return `the stored file of import ${importId} was changed (${file.unreadable})`;
  if (file.sha256 !== recorded.file.sha256 || file.bytes !== recorded.file.bytes) {
    return `the stored file of import ${importId} was changed (SHA-256 ${file.sha256}, ${file.bytes} bytes; recorded ${recorded.file.sha256}, ${recorded.file.bytes} bytes)`;
  }
  const suppliers = await digestImportedSuppliers(db, entry.organizationId, importId);
  if (suppliers.count !== recorded.rows.created) {
    return `${suppliers.count} suppliers name import ${importId} as their origin, but it created ${recorded.rows.created}`;
  }
  if (suppliers.digest !== recorded.suppliersDigest) {
    return `the suppliers that import ${importId} created are not the ones it recorded (an id or a file row was changed)`;
  }
  return null;
}

registerEvidenceCheck(IMPORT_AUDIT_ACTION, checkImportEvidence);
