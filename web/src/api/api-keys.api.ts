import type { Role } from './auth.api.ts';
import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** The first characters of the secret, to recognise a key. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiKey {
  name: string;
  role: Role;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** Shown this once; the server keeps only a hash. */
  secret: string;
}

export function listApiKeys(query: ListQuery): Promise<Page<ApiKey>> {
  return apiRequest('GET', '/api/api-keys', { query: { ...query } });
}

export function createApiKey(input: NewApiKey): Promise<CreatedApiKey> {
  return apiRequest('POST', '/api/api-keys', { body: input });
}

export function revokeApiKey(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/api-keys/${encodeURIComponent(id)}`);
}
