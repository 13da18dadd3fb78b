import {
  Anchor,
  Badge,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type ChangeKind, changeKinds, type VersionChange } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { formatCount, formatDateTime } from '../../common/format.ts';
import { ListPagination } from '../../common/list-pagination.tsx';
import { readPositiveInt, useUrlParams } from '../../common/url-params.ts';
import { getListLabel } from '../list-sources.ts';
import { useListVersion, useVersionChanges } from '../screening-queries.ts';
import { EntityChangeModal } from './entity-change-modal.tsx';
import { listHistoryPath } from './list-paths.ts';
import { ChangeCounts, VersionFiles } from './list-version-facts.tsx';

const changeColors: Record<ChangeKind, string> = { added: 'green', changed: 'orange', removed: 'red' };
const isChangeKind = (value: string | null): value is ChangeKind =>
  changeKinds.some((kind) => kind === value);

function VersionHeader({ source, versionId }: { source: string; versionId: string }) {
  const answer = useListVersion(versionId);
  // The address names the list too: a version of another list is not shown under this one's name.
  const version = answer.data && answer.data.source === source ? answer.data : undefined;
  if (!version) {
    return (
      <Text size="sm" c="dimmed" ff="monospace">
        version {versionId}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md">
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap={2}>
          <Text fw={500}>
            {version.label}{' '}
            {version.isCurrent && (
              <Badge size="xs" color="green" variant="light">
                In force
              </Badge>
            )}
          </Text>
          <Text size="sm" c="dimmed">
            Imported {formatDateTime(version.importedAt)} by {version.importedBy} ·{' '}
            {formatCount(version.entityCount)} entities
          </Text>
          <ChangeCounts version={version} />
        </Stack>
        <VersionFiles files={version.files} />
      </Group>
    </Paper>
  );
}

/** What one version of a list added, changed and removed, with each entity's before and after. */
export function ListVersionPage() {
  const { source = '', versionId = '' } = useParams();
  const { searchParams, update } = useUrlParams();
  const rawChange = searchParams.get('change');
  const change = isChangeKind(rawChange) ? rawChange : undefined;
  const page = readPositiveInt(searchParams.get('page'), 1);
  const pageSize = readPositiveInt(searchParams.get('pageSize'), 50, 200);
  const query = useMemo(() => ({ change, page, pageSize }), [change, page, pageSize]);
  const changes = useVersionChanges(versionId, query);
  const [selected, setSelected] = useState<VersionChange | null>(null);

  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to={listHistoryPath(source)} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> {getListLabel(source)}: versions
          </Group>
        </Anchor>
        <Title order={2}>Differences of a version</Title>
      </Stack>
      <VersionHeader source={source} versionId={versionId} />
      <SegmentedControl
        aria-label="Kind of difference"
        value={change ?? 'all'}
        onChange={(value) => update({ change: value === 'all' ? undefined : value })}
        data={[
          { value: 'all', label: 'All' },
          { value: 'added', label: 'Added' },
          { value: 'changed', label: 'Changed' },
          { value: 'removed', label: 'Removed' },
        ]}
        w="fit-content"
      />
      {changes.isError && <ErrorAlert error={changes.error} title="The differences could not be loaded" />}
      <Paper withBorder pos="relative" radius="sm" mih={120}>
        <LoadingOverlay visible={changes.isPending} />
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover aria-label="Differences">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change</Table.Th>
                <Table.Th>Entity</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="md">
                      No difference of this kind.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {changes.data?.items.map((item) => (
                <Table.Tr key={item.entityId}>
                  <Table.Td>
                    <Badge color={changeColors[item.change]} variant="light">
                      {item.change}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {item.caption}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {item.entityId}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.schema ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setSelected(item)}
                      aria-label={`${item.change === 'changed' ? 'Before and after' : 'Contents'} of ${item.caption}`}
                    >
                      {item.change === 'changed' ? 'Before / after' : 'Contents'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {changes.data && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          total={changes.data.total}
          onPageChange={(next) => update({ page: next })}
          onPageSizeChange={(size) => update({ pageSize: size })}
        />
      )}
      <EntityChangeModal versionId={versionId} change={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
