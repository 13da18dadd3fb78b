import { isApiError } from './api-error.ts';
import { apiRequest, setCsrfToken } from './http-client.ts';

export type Role =
  | 'admin'
  | 'compliance_officer'
  | 'procurement'
  | 'legal'
  | 'customs'
  | 'auditor'
  | 'supplier';

export type Permission =
  | 'suppliers:read'
  | 'suppliers:write'
  | 'suppliers:import'
  | 'suppliers:export'
  | 'users:read'
  | 'users:manage'
  | 'api_keys:manage'
  | 'audit:read'
  | 'screening:read'
  | 'screening:review'
  | 'lists:manage'
  | 'products:read'
  | 'products:write'
  | 'products:import'
  | 'incidents:write'
  | 'regulations:read'
  | 'regulations:subscribe';

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Kept as strings: a newer server may grant permissions this app does not know yet. */
  permissions: string[];
  supplierId: string | null;
  organization: Organization;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export function hasPermission(user: SessionUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

export async function signIn(credentials: Credentials): Promise<Session> {
  const session = await apiRequest<Session>('POST', '/api/auth/login', { body: credentials });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when the browser is not signed in (401). */
export async function findSession(): Promise<Session | null> {
  try {
    const session = await apiRequest<Session>('GET', '/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signOut(): Promise<void> {
  try {
    await apiRequest<void>('POST', '/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}
