export const ROLES = [
  'admin',
  'compliance_officer',
  'procurement',
  'legal',
  'customs',
  'auditor',
  'supplier',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'suppliers:read',
  'suppliers:write',
  'suppliers:import',
  'suppliers:export',
  'users:read',
  'users:manage',
  'api_keys:manage',
  'audit:read',
  'screening:read',
  'screening:review',
  'lists:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each role may do. `supplier` users see only their own supplier's record (enforced in the supplier
 * service by supplierId); `auditor` reads everything and changes nothing.
 */
const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  compliance_officer: [
    'suppliers:read',
    'suppliers:write',
    'suppliers:import',
    'suppliers:export',
    'audit:read',
    'screening:read',
    'screening:review',
    'lists:manage',
  ],
  procurement: [
    'suppliers:read',
    'suppliers:write',
    'suppliers:import',
    'suppliers:export',
    'screening:read',
  ],
  legal: ['suppliers:read', 'suppliers:export', 'audit:read', 'screening:read', 'screening:review'],
  customs: ['suppliers:read', 'suppliers:export', 'screening:read'],
  auditor: ['suppliers:read', 'suppliers:export', 'users:read', 'audit:read', 'screening:read'],
  supplier: ['suppliers:read'],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(GRANTS[role]);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
