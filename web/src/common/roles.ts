import type { Role } from '../api/auth.api.ts';

export const roles: readonly Role[] = [
  'admin',
  'compliance_officer',
  'procurement',
  'legal',
  'customs',
  'auditor',
  'supplier',
];

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  compliance_officer: 'Compliance officer',
  procurement: 'Procurement',
  legal: 'Legal',
  customs: 'Customs',
  auditor: 'Auditor',
  supplier: 'Supplier',
};

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

export function isRole(value: string | null | undefined): value is Role {
  return roles.some((role) => role === value);
}

export function getRoleLabel(role: string): string {
  return isRole(role) ? roleLabels[role] : role;
}
