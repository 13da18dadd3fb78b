import type { Permission, Role } from '../auth/roles.ts';
import { permissionsOf } from '../auth/roles.ts';
import { AppError } from '../errors.ts';

/** Who is acting, and for which organisation: every service call receives one, every query is scoped by it. */
export interface Actor {
  organizationId: string;
  type: 'user' | 'api_key' | 'system';
  id: string;
  label: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  /** Set for users with the `supplier` role: the one supplier whose records they may see. */
  supplierId: string | null;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) {
    throw new AppError('forbidden', `Your role (${actor.role}) does not allow ${permission}`);
  }
}

/** The actor of CLI commands and start-up tasks: acts for one organisation with every permission. */
export function systemActor(organizationId: string, label = 'system'): Actor {
  return {
    organizationId,
    type: 'system',
    id: 'system',
    label,
    role: 'admin',
    permissions: permissionsOf('admin'),
    supplierId: null,
  };
}
