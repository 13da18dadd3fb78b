import { apiRequest } from './http-client.ts';

export const importFields = [
  'legalName',
  'otherNames',
  'country',
  'registrationNumber',
  'registrationType',
  'addressLine1',
  'addressLine2',
  'city',
  'postalCode',
  'region',
  'contactName',
  'contactEmail',
  'contactPhone',
  'productCategories',
  'status',
  'tags',
] as const;
export type ImportField = (typeof importFields)[number];

export const requiredImportFields: readonly ImportField[] = ['legalName', 'country'];

/** Target field → the file's column header, or null when the field is not imported. */
export type ImportMapping = Record<ImportField, string | null>;

export interface ImportPreview {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  headers: string[];
  totalRows: number;
  suggestedMapping: Partial<Record<ImportField, string | null>>;
  /** The first five data rows. */
  sampleRows: string[][];
}

export interface ImportRowError {
  /** Counted as in the file: the header is row 1. */
  row: number;
  column: string | null;
  field: string | null;
  reason: string;
}

export interface ImportReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errors: ImportRowError[];
  errorsTruncated?: boolean;
}

export type ImportState = 'uploaded' | 'running' | 'completed' | 'failed';

export interface ImportStatus {
  id: string;
  fileName: string;
  status: ImportState;
  progress: { processed: number; total: number };
  created: number | null;
  skipped: number | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  completedAt: string | null;
}

export function uploadSupplierImport(file: File): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('POST', '/api/suppliers/imports', { body: form });
}

export function getSupplierImport(id: string): Promise<ImportStatus> {
  return apiRequest('GET', `/api/suppliers/imports/${encodeURIComponent(id)}`);
}

export function validateSupplierImport(id: string, mapping: ImportMapping): Promise<ImportReport> {
  return apiRequest('POST', `/api/suppliers/imports/${encodeURIComponent(id)}/validate`, {
    body: { mapping },
  });
}

export function commitSupplierImport(
  id: string,
  mapping: ImportMapping,
  acceptInvalidRows: boolean,
): Promise<ImportStatus> {
  return apiRequest('POST', `/api/suppliers/imports/${encodeURIComponent(id)}/commit`, {
    body: { mapping, acceptInvalidRows },
  });
}
