import { Anchor, Badge, Group, LoadingOverlay, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { formatCount, formatDateTime } from '../../common/format.ts';
import { ListPagination } from '../../common/list-pagination.tsx';
import { readPositiveInt, useUrlParams } from '../../common/url-params.ts';
import { getListLabel, isListSource } from '../list-sources.ts';
import { useListVersions } from '../screening-queries.ts';
import { listVersionPath } from './list-paths.ts';

/** Every imported version of one list, newest first, with what each added, changed and removed. */
export function ListHistoryPage() {
  const { source = '' } = useParams();
  const { searchParams, update } = useUrlParams();
  const page = readPositiveInt(searchParams.get('page'), 1);
  const pageSize = readPositiveInt(searchParams.get('pageSize'), 25, 200);
  const query = useMemo(
    () => ({ source: isListSource(source) ? source : undefined, page, pageSize }),
    [source, page, pageSize],
  );
  const versions = useListVersions(query);

  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to="/screening/lists" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> Sanctions lists
          </Group>
        </Anchor>
        <Title order={2}>{getListLabel(source)}: versions</Title>
      </Stack>
      {!isListSource(source) && <ErrorAlert error={new Error(`There is no list "${source}".`)} />}
      {versions.isError && <ErrorAlert error={versions.error} title="The versions could not be loaded" />}
      <Paper withBorder pos="relative" radius="sm" mih={120}>
        <LoadingOverlay visible={versions.isPending} />
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label="Versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Imported</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Entities</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>Changed</Table.Th>
                <Table.Th>Removed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed" ta="center" py="md">
                      This list has not been imported yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {versions.data?.items.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(version.importedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      by {version.importedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={listVersionPath(version.source, version.id)} size="sm">
                      {version.label}
                    </Anchor>
                    {version.isCurrent && (
                      <Badge ml="xs" size="xs" color="green" variant="light">
                        In force
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatCount(version.entityCount)}</Table.Td>
                  <Table.Td c="green">+{formatCount(version.added)}</Table.Td>
                  <Table.Td c="orange">~{formatCount(version.changed)}</Table.Td>
                  <Table.Td c="red">−{formatCount(version.removed)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {versions.data && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          total={versions.data.total}
          onPageChange={(next) => update({ page: next })}
          onPageSizeChange={(size) => update({ pageSize: size })}
        />
      )}
    </Stack>
  );
}
