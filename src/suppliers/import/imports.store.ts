import { gunzipSync, gzipSync } from 'node:zlib';
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
      // Compressed here (zlib's fastest level, ≈ 0.2 s for 20 MB, to about a third), then sent as base64 text and
      // decoded by the database: PGlite turns a bytea parameter into hex one byte at a time in JavaScript, and
      // measures a text parameter's UTF-8 length one character at a time; Buffer's base64 is native.
      content: sql<Uint8Array>`decode(${gzipSync(row.content, { level: 1 }).toString('base64')}, 'base64')`,
      content_encoding: 'gzip',
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

/** An import's file as it was uploaded; throws when the stored bytes no longer decompress. */
export async function findImportContent(db: Executor, organizationId: string, id: string) {
  const row = await db
    .selectFrom('supplier_imports')
    .select([
      'id',
      'file_name',
      'status',
      'content_encoding',
      sql<string>`encode(content, 'base64')`.as('content_base64'),
    ])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { content_base64, content_encoding, ...rest } = row;
  const stored = Buffer.from(content_base64, 'base64');
  const content = content_encoding === 'gzip' ? gunzipSync(stored) : stored;
  return { ...rest, content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) };
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
