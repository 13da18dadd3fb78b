import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';
import type { Product, ProductCheck, ProductImportReport, ProductInput } from './products.types.ts';

export function listProducts(
  query: { q?: string; category?: string; market?: string } & ListQuery,
): Promise<Page<Product>> {
  return apiRequest('GET', '/api/products', { query: { ...query, withRisk: true } });
}

export function getProduct(id: string): Promise<Product> {
  return apiRequest('GET', `/api/products/${encodeURIComponent(id)}`);
}

export function createProduct(input: ProductInput): Promise<Product> {
  return apiRequest('POST', '/api/products', { body: input });
}

export function updateProduct(
  id: string,
  patch: Partial<ProductInput> & { version: number },
): Promise<Product> {
  return apiRequest('PATCH', `/api/products/${encodeURIComponent(id)}`, { body: patch });
}

export function getRequirements(id: string, markets: string[], date?: string): Promise<ProductCheck> {
  return apiRequest('GET', `/api/products/${encodeURIComponent(id)}/requirements`, {
    query: { markets: markets.join(','), date },
  });
}

export function checkProductFile(file: File): Promise<ProductImportReport> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest('POST', '/api/products/imports/check', { body: form });
}

export function importProductFile(file: File, acceptInvalidRows: boolean): Promise<{ imported: number }> {
  const form = new FormData();
  form.append('file', file);
  form.append('acceptInvalidRows', String(acceptInvalidRows));
  return apiRequest('POST', '/api/products/imports', { body: form });
}

export interface Incident {
  id: string;
  productId: string | null;
  sku?: string | null;
  categoryId: string | null;
  market: string;
  kind: 'clearance_delay' | 'seizure' | 'rejection' | 'recall';
  occurredOn: string;
  note: string;
}

export function listIncidents(): Promise<{ items: Incident[] }> {
  return apiRequest('GET', '/api/products/incidents');
}

export function recordIncident(input: Omit<Incident, 'id' | 'sku'>): Promise<Incident> {
  return apiRequest('POST', '/api/products/incidents', { body: input });
}
