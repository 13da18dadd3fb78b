import { Button, Group, LoadingOverlay, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { listUsers } from '../api/users.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ListPagination } from '../common/list-pagination.tsx';
import { CreateUserModal } from './create-user-modal.tsx';
import { usersQueryKey } from './user-queries.ts';
import { UsersTable } from './users-table.tsx';

export function UsersPage() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [createOpened, createModal] = useDisclosure(false);
  const users = useQuery({
    queryKey: [...usersQueryKey, { page, pageSize }],
    queryFn: () => listUsers({ page, pageSize }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        <Button leftSection={<IconUserPlus size={16} />} onClick={createModal.open}>
          New user
        </Button>
      </Group>
      {users.isError && <ErrorAlert error={users.error} title="The users could not be loaded" />}
      <Paper withBorder pos="relative" mih={120}>
        <LoadingOverlay visible={users.isPending} />
        {users.data && <UsersTable users={users.data.items} />}
      </Paper>
      {users.data && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          total={users.data.total}
          onPageChange={setPage}
          onPageSizeChange={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      )}
      <CreateUserModal opened={createOpened} onClose={createModal.close} />
    </Stack>
  );
}
