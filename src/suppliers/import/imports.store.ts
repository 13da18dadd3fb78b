import { sql } from 'kysely';
import type { Executor } from '../../platform/db/transaction.ts';

export async function insertImport(
  db: Executor,
  row: {
    id: string;
    organizationId: string;
    createdBy: string;
    fileName: string;
    format: string;
    content: Uint8Array;
    totalRows: number;
  },
) {
  await db
    .insertInto('supplier_imports')
    .values({
      id: row.id,
      organization_id: row.organizationId,
      created_by: row.createdBy,
      file_name: row.fileName,
      format: row.format,
      // Sent as base64 text and decoded by the database: PGlite turns a bytea parameter into hex one byte at
      // a time in JavaScript (seconds for a 20 MB file); Buffer's base64 is native on both sides.
      content: sql<Uint8Array>`decode(${Buffer.from(row.content.buffer, row.content.byteOffset, row.content.byteLength).toString('base64')}, 'base64')`,
      total_rows: row.totalRows,
      status: 'uploaded',
    })
    .execute();
}

const SUMMARY = [
  'id',
  'file_name',
  'format',
  'total_rows',
  'status',
  'created',
  'skipped',
  'error',
  'created_at',
  'completed_at',
] as const;

export async function findImportSummary(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom('supplier_imports')
    .select(SUMMARY)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findImportContent(db: Executor, organizationId: string, id: string) {
  const row = await db
    .selectFrom('supplier_imports')
    .select(['id', 'file_name', 'status', sql<string>`encode(content, 'base64')`.as('content_base64')])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { content_base64, ...rest } = row;
  return { ...rest, content: new Uint8Array(Buffer.from(content_base64, 'base64')) };
}

/** The SHA-256 (hex) and size of an import's stored file, computed by the database (the file stays there). */
export async function findImportFileDigest(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom('supplier_imports')
    .select([
      sql<string>`encode(sha256(content), 'hex')`.as('sha256'),
      sql<number>`octet_length(content)`.as('bytes'),
    ])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Moves an import from one status to the next; answers false when it was not in the expected status. */
export async function transitionImport(
  db: Executor,
  organizationId: string,
  id: string,
  from: string[],
  to: {
    status: string;
    created?: number | null;
    skipped?: number | null;
    error?: { code: string; message: string } | null;
    completedAt?: Date | null;
  },
) {
  const result = await db
    .updateTable('supplier_imports')
    .set({
      status: to.status,
      ...(to.created !== undefined ? { created: to.created } : {}),
      ...(to.skipped !== undefined ? { skipped: to.skipped } : {}),
      ...(to.error !== undefined ? { error: to.error === null ? null : JSON.stringify(to.error) } : {}),
      ...(to.completedAt !== undefined ? { completed_at: to.completedAt } : {}),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteUploadedImport(db: Executor, organizationId: string, id: string) {
  await db
    .deleteFrom('supplier_imports')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'uploaded')
    .execute();
}
