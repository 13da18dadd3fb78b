import { newId } from '../../platform/auth/tokens.ts';
import type { Tx } from '../../platform/db/transaction.ts';
import { requestPartyScreening } from '../../screening/parties/party-screening.service.ts';
import { toRecord } from '../suppliers.service.ts';
import { deferIndexesForBulkLoad } from './bulk-load-indexes.store.ts';
import { type CreatedRow, createImportDigests } from './import-digest.ts';
import { type ImportedSupplierRecord, insertImportedSuppliers } from './imported-suppliers.store.ts';
import type { ValidRow } from './validate-rows.ts';

const CHUNK = 5000;

/**
 * Writes an import's valid rows as suppliers inside the caller's transaction, a chunk per statement, and
 * answers the digests its audit entry commits to. onChunk is told how many rows are written so far.
 */
export async function writeImportedSuppliers(
  trx: Tx,
  organizationId: string,
  importId: string,
  valid: ValidRow[],
  onChunk: (written: number) => void,
) {
  const at = new Date();
  const digests = createImportDigests();
  const indexes = await deferIndexesForBulkLoad(trx, 'suppliers', valid.length);
  for (let start = 0; start < valid.length; start += CHUNK) {
    const created = valid
      .slice(start, start + CHUNK)
      .map((row): CreatedRow => ({ id: newId(), fileRow: row.row, input: row.input }));
    const records = created.map(
      (row): ImportedSupplierRecord => ({ ...toRecord(row.id, row.input), importRow: row.fileRow }),
    );
    await insertImportedSuppliers(trx, organizationId, importId, records, at);
    // Screened against the sanctions lists once the import commits (in the background).
    const ids = created.map((row) => row.id);
    await requestPartyScreening(trx, organizationId, 'supplier', ids, 'imported');
    digests.add(created);
    onChunk(Math.min(valid.length, start + CHUNK));
  }
  await indexes.rebuild();
  return digests.finish();
}
