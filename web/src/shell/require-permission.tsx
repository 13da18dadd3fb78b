import type { ReactNode } from 'react';
import type { Permission } from '../api/auth.api.ts';
import { Forbidden } from '../common/forbidden.tsx';
import { useCan } from '../session/use-session.ts';

interface RequirePermissionProps {
  permission: Permission;
  children: ReactNode;
}

export function RequirePermission({ permission, children }: RequirePermissionProps) {
  return useCan(permission) ? children : <Forbidden />;
}
