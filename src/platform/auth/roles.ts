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
  'products:read',
  'products:write',
  'products:import',
  'incidents:write',
  'regulations:read',
  'regulations:subscribe',
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
    'products:read',
    'products:write',
    'products:import',
    'incidents:write',
    'regulations:read',
    'regulations:subscribe',
  ],
  procurement: [
    'suppliers:read',
    'suppliers:write',
    'suppliers:import',
    'suppliers:export',
    'screening:read',
    'products:read',
    'products:write',
    'products:import',
    'incidents:write',
    'regulations:read',
    'regulations:subscribe',
  ],
  legal: [
    'suppliers:read',
    'suppliers:export',
    'audit:read',
    'screening:read',
    'screening:review',
    'products:read',
    'regulations:read',
    'regulations:subscribe',
  ],
  // Customs staff record clearance delays and seizures: the incidents that raise a product's risk.
  customs: [
    'suppliers:read',
    'suppliers:export',
    'screening:read',
    'products:read',
    'incidents:write',
    'regulations:read',
    'regulations:subscribe',
  ],
  auditor: [
    'suppliers:read',
    'suppliers:export',
    'users:read',
    'audit:read',
    'screening:read',
    'products:read',
    'regulations:read',
  ],
  supplier: ['suppliers:read'],
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(GRANTS[role]);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
