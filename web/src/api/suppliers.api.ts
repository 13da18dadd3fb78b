import { apiRequest, buildQueryString } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';
import type { Supplier, SupplierFilters, SupplierInput, SupplierPatch } from './suppliers.types.ts';

export type SupplierListQuery = SupplierFilters & ListQuery;
export type ExportFormat = 'csv' | 'xlsx';

export function listSuppliers(query: SupplierListQuery): Promise<Page<Supplier>> {
  return apiRequest('GET', '/api/suppliers', { query: { ...query } });
}

export function getSupplier(id: string): Promise<Supplier> {
  return apiRequest('GET', `/api/suppliers/${encodeURIComponent(id)}`);
}

export function createSupplier(input: SupplierInput): Promise<Supplier> {
  return apiRequest('POST', '/api/suppliers', { body: input });
}

export function updateSupplier(id: string, patch: SupplierPatch): Promise<Supplier> {
  return apiRequest('PATCH', `/api/suppliers/${encodeURIComponent(id)}`, { body: patch });
}

/** A plain link target: the browser downloads the file with the session cookie. */
export function getSupplierExportUrl(
  format: ExportFormat,
  filters: SupplierFilters & { sort?: string },
): string {
  return `/api/suppliers/export${buildQueryString({ format, ...filters })}`;
}
