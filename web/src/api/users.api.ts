import type { Role } from './auth.api.ts';
import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  supplierId: string | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  /** At least 12 characters. */
  password: string;
  supplierId?: string;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

export function listUsers(query: ListQuery): Promise<Page<User>> {
  return apiRequest('GET', '/api/users', { query: { ...query } });
}

export function createUser(input: NewUser): Promise<User> {
  return apiRequest('POST', '/api/users', { body: input });
}

export function updateUser(id: string, patch: UserPatch): Promise<User> {
  return apiRequest('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: patch });
}
