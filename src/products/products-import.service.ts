import { createHash } from 'node:crypto';
import { recordAudit } from '../platform/audit/audit.service.ts';
import { newId } from '../platform/auth/tokens.ts';
import type { Db } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, requirePermission } from '../platform/tenancy/actor.ts';
import { parseTable } from '../suppliers/import/parse-table.ts';
import { type ProductRowError, readProductRows } from './product-rows.ts';
import { toRecord } from './products.service.ts';
import { findTakenSkus, insertProducts } from './products.store.ts';

const MAX_LISTED_ERRORS = 1000;
const CHUNK = 5000;

export type ProductImportReport = {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: ProductRowError[];
  errorsTruncated: boolean;
  columns: Record<string, string>;
  ignoredColumns: string[];
};

/**
 * Reads a product file and reports, row by row, what is wrong; writes nothing. SKUs already in the catalogue
 * are reported too: an import adds products, it does not overwrite them.
 */
export async function checkProductFile(db: Db, actor: Actor, file: { fileName: string; bytes: Uint8Array }) {
  requirePermission(actor, 'products:import');
  const { report, valid } = await readFile(db, actor, file);
  return { report, validInputs: valid };
}

async function readFile(db: Db, actor: Actor, file: { fileName: string; bytes: Uint8Array }) {
  const { table } = await parseTable(file.bytes, file.fileName);
  const result = readProductRows(table);
  const taken = new Set<string>();
  for (let i = 0; i < result.valid.length; i += CHUNK) {
    const skus = result.valid.slice(i, i + CHUNK).map((v) => v.input.sku);
    for (const sku of await findTakenSkus(db, actor.organizationId, skus)) taken.add(sku);
  }
  const valid = result.valid.filter((v) => !taken.has(v.input.sku));
  const errors = [
    ...result.errors,
    ...result.valid
      .filter((v) => taken.has(v.input.sku))
      .map((v) => ({
        row: v.row,
        column: result.columns.sku ?? 'sku',
        reason: `SKU ${v.input.sku} is in the catalogue already`,
      })),
  ].sort((a, b) => a.row - b.row);
  const report: ProductImportReport = {
    totalRows: table.rows.length,
    validRows: valid.length,
    invalidRows: result.invalidRows + (result.valid.length - valid.length),
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    errorsTruncated: errors.length > MAX_LISTED_ERRORS,
    columns: result.columns as Record<string, string>,
    ignoredColumns: result.ignoredColumns,
  };
  return { report, valid };
}

/**
 * Imports the valid rows of a file in one transaction. A file with bad rows is refused unless the caller
 * confirms importing the valid rows (`acceptInvalidRows`): nothing is written before that.
 */
export async function importProductFile(
  db: Db,
  actor: Actor,
  file: { fileName: string; bytes: Uint8Array },
  options: { acceptInvalidRows: boolean },
) {
  requirePermission(actor, 'products:import');
  const { report, valid } = await readFile(db, actor, file);
  if (report.invalidRows > 0 && !options.acceptInvalidRows) {
    throw new AppError(
      'validation_failed',
      `${report.invalidRows} rows have problems; nothing was imported`,
      report,
    );
  }
  if (valid.length === 0)
    throw new AppError('validation_failed', 'The file has no valid rows to import', report);
  const records = valid.map((v) => toRecord(newId(), v.input));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < records.length; i += CHUNK)
      await insertProducts(trx, actor.organizationId, records.slice(i, i + CHUNK));
    // One audit entry per import: the file's digest and the products' ids prove what was imported.
    await recordAudit(trx, actor, [
      {
        action: 'product.imported',
        entityType: 'product_import',
        entityId: newId(),
        after: {
          fileName: file.fileName,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          imported: records.length,
          skipped: report.invalidRows,
          productIds: records.map((r) => r.id),
        },
      },
    ]);
  });
  return { imported: records.length, report };
}
