import { createHash } from 'node:crypto';
import type { ColumnMapping } from './column-mapping.ts';
import type { Table } from './parse-table.ts';
import { type ValidationResult, validateRows } from './validate-rows.ts';

/** An uploaded file as this process parsed it, with what the import's audit entry says of the bytes. */
export interface ParsedFile {
  table: Table;
  sha256: string;
  bytes: number;
  /** The last check of the rows against a mapping (validateRows is pure: same table and mapping, same result). */
  checked?: { mapping: string; result: ValidationResult };
}

export function describeBytes(bytes: Uint8Array): { sha256: string; bytes: number } {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
}

// The files last uploaded in this process, parsed: the check and the import that follow the upload read
// them from here instead of reading and parsing the stored bytes again. Another process parses its own.
const parsedFiles = new Map<string, ParsedFile>();
const PARSED_FILES_KEPT = 2;

const keyOf = (organizationId: string, id: string) => `${organizationId}/${id}`;

export function rememberParsedFile(organizationId: string, id: string, file: ParsedFile): void {
  const key = keyOf(organizationId, id);
  parsedFiles.delete(key);
  parsedFiles.set(key, file);
  for (const oldest of parsedFiles.keys()) {
    if (parsedFiles.size <= PARSED_FILES_KEPT) break;
    parsedFiles.delete(oldest);
  }
}

export function findParsedFile(organizationId: string, id: string): ParsedFile | undefined {
  return parsedFiles.get(keyOf(organizationId, id));
}

export function forgetParsedFile(organizationId: string, id: string): void {
  parsedFiles.delete(keyOf(organizationId, id));
}

/** The mapping as a key: fields mapped to nothing are the same as fields left out. */
function mappingKey(mapping: ColumnMapping): string {
  return JSON.stringify(
    Object.entries(mapping)
      .filter(([, header]) => header)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/**
 * Every row checked against the mapping. The user's check and the commit that follows it use the same
 * mapping as a rule, so the commit takes the check's result instead of checking 100,000 rows a second time
 * (≈ 2 s); what depends on the database (numbers already in the registry) is checked again by the caller.
 * The result is shared: callers must not change it.
 */
export function checkRows(file: ParsedFile, mapping: ColumnMapping): ValidationResult {
  const key = mappingKey(mapping);
  if (file.checked?.mapping === key) return file.checked.result;
  const result = validateRows(file.table, mapping);
  file.checked = { mapping: key, result };
  return result;
}
