import { AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconShieldCheck } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router';
import { hasPermission } from '../api/auth.api.ts';
import { getRoleLabel } from '../common/roles.ts';
import { useCurrentUser, useSignOut } from '../session/use-session.ts';
import { filterNavEntries, isNavSection, type NavItem, navItems } from './nav-items.ts';

export function AppLayout() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const location = useLocation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const visibleEntries = filterNavEntries(navItems, (permission) => hasPermission(user, permission));
  const isActive = (item: NavItem) =>
    location.pathname === item.to || location.pathname.startsWith(`${item.to}/`);
  const renderItem = (item: NavItem) => (
    <NavLink
      key={item.to}
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} />}
      active={isActive(item)}
      onClick={closeNavbar}
    />
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <IconShieldCheck size={26} color="var(--mantine-color-blue-6)" aria-hidden />
            <Text fw={700}>Tradeguard</Text>
            <Text c="dimmed" visibleFrom="xs" aria-label="Organisation">
              {user.organization.name}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={500}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed">
                {user.email} · {getRoleLabel(user.role)}
              </Text>
            </Stack>
            <Button
              variant="subtle"
              leftSection={<IconLogout size={16} />}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {visibleEntries.map((entry) =>
          isNavSection(entry) ? (
            <NavLink
              key={entry.label}
              label={entry.label}
              leftSection={<entry.icon size={18} />}
              defaultOpened
              childrenOffset={18}
            >
              {entry.children.map(renderItem)}
            </NavLink>
          ) : (
            renderItem(entry)
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
