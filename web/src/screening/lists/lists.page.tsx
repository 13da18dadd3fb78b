import { Alert, Anchor, Badge, LoadingOverlay, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { formatCount, formatDateTime, pluralize } from '../../common/format.ts';
import { getListLabel } from '../list-sources.ts';
import { useListsOverview } from '../screening-queries.ts';
import { listHistoryPath, listVersionPath } from './list-paths.ts';
import { ChangeCounts, VersionFiles } from './list-version-facts.tsx';

/** The versions in force of every list, where they came from, and whether screenings are still running. */
export function ListsPage() {
  const overview = useListsOverview();
  const lists = overview.data?.lists;
  const pending = overview.data?.pendingScreenings ?? 0;

  return (
    <Stack>
      <Title order={2}>Sanctions lists</Title>
      {overview.isError && <ErrorAlert error={overview.error} title="The lists could not be loaded" />}
      {pending > 0 && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {pluralize(pending, 'screening')} waiting to run against the latest versions.
        </Alert>
      )}
      <Paper withBorder pos="relative" radius="sm" mih={120}>
        <LoadingOverlay visible={overview.isPending} />
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label="Lists in force" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>List</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Imported</Table.Th>
                <Table.Th>Entities</Table.Th>
                <Table.Th>Differences</Table.Th>
                <Table.Th>Files</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lists?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text c="dimmed" ta="center" py="md">
                      No list is in force yet: import one with <code>tradeguard lists update</code> or{' '}
                      <code>tradeguard lists import FILE</code>.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {lists?.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td>
                    <Anchor component={Link} to={listHistoryPath(version.source)} fw={500}>
                      {getListLabel(version.source)}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {version.source}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={listVersionPath(version.source, version.id)} size="sm">
                      {version.label}
                    </Anchor>
                    <div>
                      <Badge size="xs" color="green" variant="light">
                        In force
                      </Badge>
                    </div>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(version.importedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      by {version.importedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatCount(version.entityCount)}</Table.Td>
                  <Table.Td>
                    <ChangeCounts version={version} />
                  </Table.Td>
                  <Table.Td maw={360}>
                    <VersionFiles files={version.files} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
