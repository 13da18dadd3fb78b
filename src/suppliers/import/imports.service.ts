import { recordAudit } from '../../platform/audit/audit.service.ts';
import { newId } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError, isAppError, notFound } from '../../platform/errors.ts';
import { type Actor, requirePermission } from '../../platform/tenancy/actor.ts';
import { analyzeSuppliers, findTakenRegistrations, isRegistrationTakenError } from '../suppliers.store.ts';
import { type ColumnMapping, suggestMapping } from './column-mapping.ts';
import { IMPORT_AUDIT_ACTION, IMPORT_DIGEST_VERSION, type ImportAuditRecord } from './import-digest.ts';
// Registers the check `audit verify` makes of each import's evidence (the stored file, the suppliers' origin).
import './import-evidence.ts';
import {
  deleteUploadedImport,
  findImportContent,
  findImportSummary,
  insertImport,
  transitionImport,
} from './imports.store.ts';
import { parseTable, type Table } from './parse-table.ts';
import {
  checkRows,
  describeBytes,
  findParsedFile,
  forgetParsedFile,
  type ParsedFile,
  rememberParsedFile,
} from './parsed-files.ts';
import type { RowError, ValidationResult } from './validate-rows.ts';
import { writeImportedSuppliers } from './write-import.ts';

const MAX_LISTED_ERRORS = 1000;

export interface ImportProgress {
  processed: number;
  total: number;
}

/** Progress of imports running in this process; the final outcome is kept in the database. */
const running = new Map<string, ImportProgress>();

export interface ImportReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: RowError[];
  errorsTruncated: boolean;
}

function toReport(table: Table, result: ValidationResult): ImportReport {
  return {
    totalRows: table.rows.length,
    validRows: result.valid.length,
    invalidRows: result.invalidRows,
    errors: result.errors.slice(0, MAX_LISTED_ERRORS),
    errorsTruncated: result.errors.length > MAX_LISTED_ERRORS,
  };
}

export async function uploadImport(db: Db, actor: Actor, file: { fileName: string; bytes: Uint8Array }) {
  requirePermission(actor, 'suppliers:import');
  const { format, table } = await parseTable(file.bytes, file.fileName);
  if (table.rows.length === 0)
    throw new AppError('invalid_file', `${file.fileName} has a header but no rows`);
  const id = newId();
  await insertImport(db, {
    id,
    organizationId: actor.organizationId,
    createdBy: actor.id,
    fileName: file.fileName,
    format,
    content: file.bytes,
    totalRows: table.rows.length,
  });
  rememberParsedFile(actor.organizationId, id, { table, ...describeBytes(file.bytes) });
  return {
    id,
    fileName: file.fileName,
    format,
    headers: table.headers,
    totalRows: table.rows.length,
    suggestedMapping: suggestMapping(table.headers),
    sampleRows: table.rows.slice(0, 5),
  };
}

async function loadFile(db: Db, actor: Actor, id: string): Promise<ParsedFile> {
  const cached = findParsedFile(actor.organizationId, id);
  if (cached) return cached;
  const stored = await findImportContent(db, actor.organizationId, id);
  if (!stored) throw notFound('Import');
  const { table } = await parseTable(stored.content, stored.file_name);
  const parsed = { table, ...describeBytes(stored.content) };
  rememberParsedFile(actor.organizationId, id, parsed);
  return parsed;
}

/** A mapping may only name columns the file has: a misspelt header would silently import empty fields. */
function assertMappedColumnsExist(table: Table, mapping: ColumnMapping) {
  const headers = new Set(table.headers);
  const missing = Object.entries(mapping).filter(([, header]) => header && !headers.has(header));
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      `The file has no column ${missing.map(([, header]) => `"${header}"`).join(', ')}`,
      {
        issues: missing.map(([field, header]) => ({
          path: ['mapping', field],
          message: `No column "${header}" in the file`,
        })),
      },
    );
  }
}

/** Adds to the file's own problems the registration numbers that suppliers already in the registry hold. */
async function validateAgainstRegistry(
  db: Db,
  actor: Actor,
  file: ParsedFile,
  mapping: ColumnMapping,
): Promise<ValidationResult> {
  assertMappedColumnsExist(file.table, mapping);
  const result = checkRows(file, mapping);
  const withNumbers = result.valid.filter((row) => row.input.registrationNumber);
  const taken = await findTakenRegistrations(
    db,
    actor.organizationId,
    withNumbers.map((row) => ({
      country: row.input.country,
      registrationNumber: row.input.registrationNumber ?? '',
    })),
  );
  if (taken.size === 0) return result;
  // A new result: the file's own one is kept for the next check (parsed-files.ts).
  const errors = [...result.errors];
  const valid = result.valid.filter((row) => {
    const key = `${row.input.country}|${row.input.registrationNumber}`;
    if (!taken.has(key)) return true;
    errors.push({
      row: row.row,
      column: mapping.registrationNumber ?? null,
      field: 'registrationNumber',
      reason: `Registration number ${row.input.registrationNumber} (${row.input.country}) is already used by a supplier in the registry`,
    });
    return false;
  });
  errors.sort((a, b) => a.row - b.row);
  return {
    valid,
    errors,
    invalidRows: result.invalidRows + (result.valid.length - valid.length),
  };
}

export async function validateImport(
  db: Db,
  actor: Actor,
  id: string,
  mapping: ColumnMapping,
): Promise<ImportReport> {
  requirePermission(actor, 'suppliers:import');
  const file = await loadFile(db, actor, id);
  return toReport(file.table, await validateAgainstRegistry(db, actor, file, mapping));
}

export async function getImportStatus(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'suppliers:import');
  const row = await findImportSummary(db, actor.organizationId, id);
  if (!row) throw notFound('Import');
  const progress = running.get(id) ?? {
    processed: row.status === 'completed' ? row.total_rows : 0,
    total: row.total_rows,
  };
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    progress,
    created: row.created,
    skipped: row.skipped,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

const alreadyStarted = () =>
  new AppError('conflict', 'This import is already running or was already imported');

export interface PreparedImport {
  id: string;
  actor: Actor;
  result: ValidationResult;
  /** What the import's audit entry records besides the created rows. */
  source: Omit<ImportAuditRecord, 'rows' | 'rowsDigest' | 'suppliersDigest'> & { totalRows: number };
}

/**
 * Checks the file again against the mapping and the registry, and marks the import as running. Rows with
 * problems are skipped only when the user accepted that; otherwise the report comes back as the error.
 */
export async function prepareImport(
  db: Db,
  actor: Actor,
  id: string,
  options: { mapping: ColumnMapping; acceptInvalidRows: boolean },
): Promise<PreparedImport> {
  requirePermission(actor, 'suppliers:import');
  const summary = await findImportSummary(db, actor.organizationId, id);
  if (!summary) throw notFound('Import');
  // Checked before the rows: once imported, every row would clash with itself in the registry.
  if (summary.status === 'running' || summary.status === 'completed') throw alreadyStarted();
  const file = await loadFile(db, actor, id);
  const result = await validateAgainstRegistry(db, actor, file, options.mapping);
  if (result.invalidRows > 0 && !options.acceptInvalidRows) {
    throw new AppError(
      'validation_failed',
      `${result.invalidRows} rows have problems; fix them or skip them`,
      {
        report: toReport(file.table, result),
      },
    );
  }
  if (result.valid.length === 0)
    throw new AppError('validation_failed', 'No row of this file can be imported');
  if (
    !(await transitionImport(db, actor.organizationId, id, ['uploaded', 'failed'], {
      status: 'running',
      error: null,
    }))
  ) {
    throw alreadyStarted();
  }
  running.set(id, { processed: 0, total: result.valid.length });
  const source = {
    digestVersion: IMPORT_DIGEST_VERSION,
    fileName: summary.file_name,
    format: summary.format,
    file: { sha256: file.sha256, bytes: file.bytes },
    mapping: options.mapping,
    totalRows: file.table.rows.length,
  };
  return { id, actor, result, source };
}

/**
 * Writes the valid rows in one transaction, with one audit entry for the whole import that commits to the
 * file, the mapping and every created row (import-digest.ts); each supplier keeps the import and file row it
 * came from. A failure leaves the registry as it was, and the import is marked failed with the reason.
 */
export async function executeImport(
  db: Db,
  job: PreparedImport,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ created: number; skipped: number }> {
  const { id, actor, result, source } = job;
  const progress = running.get(id) ?? { processed: 0, total: result.valid.length };
  try {
    await db.transaction().execute(async (trx) => {
      const written = await writeImportedSuppliers(
        trx,
        actor.organizationId,
        id,
        result.valid,
        (processed) => {
          progress.processed = processed;
          onProgress?.({ ...progress });
        },
      );
      const { totalRows, ...described } = source;
      const record: ImportAuditRecord = {
        ...described,
        rows: { inFile: totalRows, created: written.count, skipped: result.invalidRows },
        rowsDigest: written.rowsDigest,
        suppliersDigest: written.suppliersDigest,
      };
      await recordAudit(trx, actor, [
        { action: IMPORT_AUDIT_ACTION, entityType: 'supplier_import', entityId: id, after: record },
      ]);
      await transitionImport(trx, actor.organizationId, id, ['running'], {
        status: 'completed',
        created: result.valid.length,
        skipped: result.invalidRows,
        completedAt: new Date(),
      });
    });
  } catch (caught) {
    // A number checked as free was taken by another writer since prepareImport: the file needs checking again.
    const error = isRegistrationTakenError(caught)
      ? new AppError(
          'conflict',
          'A registration number in this file was given to another supplier while the import ran; nothing was imported. Check the file again and retry.',
        )
      : caught;
    const failure = isAppError(error)
      ? { code: error.code, message: error.message }
      : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
    await transitionImport(db, actor.organizationId, id, ['running'], {
      status: 'failed',
      error: failure,
      completedAt: new Date(),
    });
    throw error;
  } finally {
    running.delete(id);
  }
  // Fresh statistics, so the planner sees the registry's new size at once (PGlite has no autovacuum).
  await analyzeSuppliers(db);
  return { created: result.valid.length, skipped: result.invalidRows };
}

/** Forgets an upload that will not be imported (the CLI's dry runs and refused files): only if never started. */
export async function discardImport(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'suppliers:import');
  forgetParsedFile(actor.organizationId, id);
  await deleteUploadedImport(db, actor.organizationId, id);
}
