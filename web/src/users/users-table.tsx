import { Badge, Button, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type User, type UserPatch, updateUser } from '../api/users.api.ts';
import { describeError } from '../common/error-alert.tsx';
import { formatDateTime } from '../common/format.ts';
import { getRoleLabel, isRole, roleOptions } from '../common/roles.ts';
import { useCurrentUser } from '../session/use-session.ts';
import { usersQueryKey } from './user-queries.ts';

function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => updateUser(id, patch),
    onSuccess: async (user, { patch }) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      const what =
        patch.disabled === true
          ? 'disabled'
          : patch.disabled === false
            ? 'enabled'
            : `now ${getRoleLabel(user.role)}`;
      notifications.show({ color: 'green', message: `${user.email} is ${what}` });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Not saved', message: describeError(error) }),
  });
}

export function UsersTable({ users }: { users: User[] }) {
  const currentUser = useCurrentUser();
  const update = useUpdateUser();
  const pendingId = update.isPending ? update.variables?.id : undefined;

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === currentUser.id;
            return (
              <Table.Tr key={user.id}>
                <Table.Td>
                  {user.name}
                  {isSelf && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      (you)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Role of ${user.email}`}
                    size="xs"
                    w={190}
                    data={roleOptions}
                    value={user.role}
                    allowDeselect={false}
                    disabled={isSelf || pendingId === user.id}
                    onChange={(role) => isRole(role) && update.mutate({ id: user.id, patch: { role } })}
                  />
                </Table.Td>
                <Table.Td>
                  <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                    {user.disabled ? 'Disabled' : 'Active'}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(user.lastSignInAt)}</Table.Td>
                <Table.Td>{formatDateTime(user.createdAt)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    color={user.disabled ? 'green' : 'red'}
                    disabled={isSelf}
                    loading={pendingId === user.id}
                    onClick={() => update.mutate({ id: user.id, patch: { disabled: !user.disabled } })}
                    aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
                  >
                    {user.disabled ? 'Enable' : 'Disable'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
