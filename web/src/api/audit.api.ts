import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';

export interface AuditActor {
  type: string;
  id: string | null;
  label: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** ISO date */
  from?: string;
  /** ISO date */
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export function listAuditEntries(query: AuditFilters & ListQuery): Promise<Page<AuditEntry>> {
  return apiRequest('GET', '/api/audit', { query: { ...query } });
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiRequest('GET', '/api/audit/verify');
}
