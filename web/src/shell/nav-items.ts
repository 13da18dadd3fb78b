import { IconBuildingFactory2, IconHistory, IconKey, IconUsers } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Permission } from '../api/auth.api.ts';

export interface NavItem {
  label: string;
  to: string;
  permission: Permission;
  icon: ComponentType<{ size?: number }>;
}

/** Only pages that work appear here, and only for users allowed to use them. */
export const navItems: readonly NavItem[] = [
  { label: 'Suppliers', to: '/suppliers', permission: 'suppliers:read', icon: IconBuildingFactory2 },
  { label: 'Audit log', to: '/audit', permission: 'audit:read', icon: IconHistory },
  { label: 'Users', to: '/users', permission: 'users:manage', icon: IconUsers },
  { label: 'API keys', to: '/api-keys', permission: 'api_keys:manage', icon: IconKey },
];
