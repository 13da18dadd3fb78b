import { Badge, Button, Code, Group, LoadingOverlay, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type ApiKey, type CreatedApiKey, listApiKeys } from '../api/api-keys.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { formatDateTime } from '../common/format.ts';
import { ListPagination } from '../common/list-pagination.tsx';
import { getRoleLabel } from '../common/roles.ts';
import { apiKeysQueryKey } from './api-key-queries.ts';
import { ApiKeySecretModal } from './api-key-secret-modal.tsx';
import { CreateApiKeyModal } from './create-api-key-modal.tsx';
import { RevokeApiKeyModal } from './revoke-api-key-modal.tsx';

function ApiKeysTable({ apiKeys, onRevoke }: { apiKeys: ApiKey[]; onRevoke: (key: ApiKey) => void }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="API keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" ta="center" py="md">
                  No API keys yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {apiKeys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>{key.name}</Table.Td>
              <Table.Td>
                <Code>{key.prefix}…</Code>
              </Table.Td>
              <Table.Td>{getRoleLabel(key.role)}</Table.Td>
              <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(key.lastUsedAt)}</Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray" variant="light" title={`Revoked ${formatDateTime(key.revokedAt)}`}>
                    Revoked
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!key.revokedAt && (
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => onRevoke(key)}
                    aria-label={`Revoke ${key.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ApiKeysPage() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [createOpened, createModal] = useDisclosure(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const apiKeys = useQuery({
    queryKey: [...apiKeysQueryKey, { page, pageSize }],
    queryFn: () => listApiKeys({ page, pageSize }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={2}>
          <Title order={2}>API keys</Title>
          <Text c="dimmed" size="sm">
            Integrations authenticate with <Code>Authorization: Bearer &lt;secret&gt;</Code>.
          </Text>
        </Stack>
        <Button leftSection={<IconKey size={16} />} onClick={createModal.open}>
          New API key
        </Button>
      </Group>
      {apiKeys.isError && <ErrorAlert error={apiKeys.error} title="The API keys could not be loaded" />}
      <Paper withBorder pos="relative" mih={120}>
        <LoadingOverlay visible={apiKeys.isPending} />
        {apiKeys.data && <ApiKeysTable apiKeys={apiKeys.data.items} onRevoke={setRevoking} />}
      </Paper>
      {apiKeys.data && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          total={apiKeys.data.total}
          onPageChange={setPage}
          onPageSizeChange={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      )}
      <CreateApiKeyModal
        opened={createOpened}
        onClose={createModal.close}
        onCreated={(result) => {
          createModal.close();
          setCreated(result);
        }}
      />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
