import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf, type Role } from '../../../src/platform/auth/roles.ts';
import { filterNavEntries, isNavSection, type NavEntry, navItems } from './nav-items.ts';

const labelsOf = (entries: NavEntry[]) =>
  entries.flatMap((entry) =>
    isNavSection(entry) ? entry.children.map((child) => `${entry.label}/${child.label}`) : [entry.label],
  );

// The server's grants (src/platform/auth/roles.ts) decide what each role sees; the app only follows them.
describe('navigation by role', () => {
  it('names only permissions the server grants', () => {
    const known: readonly string[] = PERMISSIONS;
    const pages = navItems.flatMap((entry) => (isNavSection(entry) ? entry.children : [entry]));
    for (const page of pages) expect(known).toContain(page.permission);
  });

  it('gives readers of screening and regulations their sections and hides them, headings included, from suppliers', () => {
    const see = (role: Role) => {
      const granted: ReadonlySet<string> = permissionsOf(role);
      return labelsOf(filterNavEntries(navItems, (permission) => granted.has(permission)));
    };
    expect(see('procurement')).toEqual([
      'Suppliers',
      'Screening/Search',
      'Screening/Review queue',
      'Screening/Lists',
      'Products',
      'Regulations/Browser',
      'Regulations/Notices',
    ]);
    expect(see('supplier')).toEqual(['Suppliers']);
    expect(see('admin')).toEqual([
      'Suppliers',
      'Screening/Search',
      'Screening/Review queue',
      'Screening/Lists',
      'Products',
      'Regulations/Browser',
      'Regulations/Notices',
      'Audit log',
      'Users',
      'API keys',
    ]);
  });
});
