import {
  IconBell,
  IconBook2,
  IconBuildingFactory2,
  IconChecklist,
  IconHistory,
  IconKey,
  IconListDetails,
  IconPackage,
  IconRadar2,
  IconScale,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Permission } from '../api/auth.api.ts';

export interface NavItem {
  label: string;
  to: string;
  permission: Permission;
  icon: ComponentType<{ size?: number }>;
}

/** A heading that groups pages of one pillar; shown when at least one of its pages is. */
export interface NavSection {
  label: string;
  icon: ComponentType<{ size?: number }>;
  children: readonly NavItem[];
}

export type NavEntry = NavItem | NavSection;

export function isNavSection(entry: NavEntry): entry is NavSection {
  return 'children' in entry;
}

/** Only pages that work appear here, and only for users allowed to use them. */
export const navItems: readonly NavEntry[] = [
  { label: 'Suppliers', to: '/suppliers', permission: 'suppliers:read', icon: IconBuildingFactory2 },
  {
    label: 'Screening',
    icon: IconRadar2,
    children: [
      { label: 'Search', to: '/screening/search', permission: 'screening:read', icon: IconSearch },
      { label: 'Review queue', to: '/screening/review', permission: 'screening:read', icon: IconChecklist },
      { label: 'Lists', to: '/screening/lists', permission: 'screening:read', icon: IconListDetails },
    ],
  },
  { label: 'Products', to: '/products', permission: 'products:read', icon: IconPackage },
  {
    label: 'Regulations',
    icon: IconScale,
    children: [
      { label: 'Browser', to: '/regulations', permission: 'regulations:read', icon: IconBook2 },
      { label: 'Notices', to: '/regulations/notices', permission: 'regulations:read', icon: IconBell },
    ],
  },
  { label: 'Audit log', to: '/audit', permission: 'audit:read', icon: IconHistory },
  { label: 'Users', to: '/users', permission: 'users:manage', icon: IconUsers },
  { label: 'API keys', to: '/api-keys', permission: 'api_keys:manage', icon: IconKey },
];

/** The entries a user may use: pages they have the permission for, sections with at least one such page. */
export function filterNavEntries(
  entries: readonly NavEntry[],
  can: (permission: Permission) => boolean,
): NavEntry[] {
  return entries.flatMap((entry): NavEntry[] => {
    if (!isNavSection(entry)) return can(entry.permission) ? [entry] : [];
    const children = entry.children.filter((child) => can(child.permission));
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}
