import { recordAudit } from '../../platform/audit/audit.service.ts';
import { newId } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError, isAppError, notFound } from '../../platform/errors.ts';
import { type Actor, requirePermission } from '../../platform/tenancy/actor.ts';
import { requestPartyScreening } from '../../screening/parties/party-screening.service.ts';
import { toRecord } from '../suppliers.service.ts';
import {
  analyzeSuppliers,
  findTakenRegistrations,
  insertSuppliers,
  isRegistrationTakenError,
} from '../suppliers.store.ts';
import { type ColumnMapping, suggestMapping } from './column-mapping.ts';
import {
  deleteUploadedImport,
  findImportContent,
  findImportSummary,
  insertImport,
  transitionImport,
} from './imports.store.ts';
import { parseTable, type Table } from './parse-table.ts';
import { type RowError, type ValidationResult, validateRows } from './validate-rows.ts';

const MAX_LISTED_ERRORS = 1000;
const CHUNK = 5000;

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
  rememberTable(actor.organizationId, id, table);
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

// The files last uploaded in this process, parsed: the check and the import that follow the upload read
// them from here instead of reading and parsing the stored bytes again. Another process parses its own.
const parsedTables = new Map<string, Table>();
const PARSED_TABLES_KEPT = 2;

function rememberTable(organizationId: string, id: string, table: Table) {
  parsedTables.delete(`${organizationId}/${id}`);
  parsedTables.set(`${organizationId}/${id}`, table);
  for (const key of parsedTables.keys()) {
    if (parsedTables.size <= PARSED_TABLES_KEPT) break;
    parsedTables.delete(key);
  }
}

async function loadTable(db: Db, actor: Actor, id: string): Promise<Table> {
  const cached = parsedTables.get(`${actor.organizationId}/${id}`);
  if (cached) return cached;
  const stored = await findImportContent(db, actor.organizationId, id);
  if (!stored) throw notFound('Import');
  const { table } = await parseTable(stored.content, stored.file_name);
  rememberTable(actor.organizationId, id, table);
  return table;
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
async function validateAgainstRegistry(db: Db, actor: Actor, table: Table, mapping: ColumnMapping) {
  assertMappedColumnsExist(table, mapping);
  const result = validateRows(table, mapping);
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
  const valid = result.valid.filter((row) => {
    const key = `${row.input.country}|${row.input.registrationNumber}`;
    if (!taken.has(key)) return true;
    result.errors.push({
      row: row.row,
      column: mapping.registrationNumber ?? null,
      field: 'registrationNumber',
      reason: `Registration number ${row.input.registrationNumber} (${row.input.country}) is already used by a supplier in the registry`,
    });
    return false;
  });
  result.errors.sort((a, b) => a.row - b.row);
  return {
    valid,
    errors: result.errors,
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
  const table = await loadTable(db, actor, id);
  return toReport(table, await validateAgainstRegistry(db, actor, table, mapping));
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
  const table = await loadTable(db, actor, id);
  const result = await validateAgainstRegistry(db, actor, table, options.mapping);
  if (result.invalidRows > 0 && !options.acceptInvalidRows) {
    throw new AppError(
      'validation_failed',
      `${result.invalidRows} rows have problems; fix them or skip them`,
      {
        report: toReport(table, result),
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
  return { id, actor, result };
}

/**
 * Writes the valid rows, with their audit entries, in one transaction: a failure leaves the registry as it
 * was, and the import is marked failed with the reason.
 */
export async function executeImport(
  db: Db,
  job: PreparedImport,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ created: number; skipped: number }> {
  const { id, actor, result } = job;
  const progress = running.get(id) ?? { processed: 0, total: result.valid.length };
  try {
    await db.transaction().execute(async (trx) => {
      const at = new Date();
      for (let start = 0; start < result.valid.length; start += CHUNK) {
        const chunk = result.valid.slice(start, start + CHUNK);
        const records = chunk.map((row) => toRecord(newId(), row.input));
        await insertSuppliers(trx, actor.organizationId, records, at);
        // Screened against the sanctions lists once the import commits (in the background).
        const ids = records.map((record) => record.id);
        await requestPartyScreening(trx, actor.organizationId, 'supplier', ids, 'imported');
        await recordAudit(
          trx,
          actor,
          records.map((record, i) => ({
            action: 'supplier.imported',
            entityType: 'supplier',
            entityId: record.id,
            after: { ...chunk[i]?.input, id: record.id, importId: id, fileRow: chunk[i]?.row },
          })),
        );
        progress.processed = Math.min(result.valid.length, start + CHUNK);
        onProgress?.({ ...progress });
      }
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
  parsedTables.delete(`${actor.organizationId}/${id}`);
  await deleteUploadedImport(db, actor.organizationId, id);
}
