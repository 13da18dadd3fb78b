import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ScreeningMatch } from '../../api/screening.types.ts';
import { formatDate, formatDateTime } from '../../common/format.ts';
import { getListLabel } from '../list-sources.ts';
import { MatchStatusBadge } from '../match-status-badge.tsx';
import { ScoreBar } from '../score-bar.tsx';

export function reviewItemPath(id: string): string {
  return `/screening/review/${encodeURIComponent(id)}`;
}

interface ReviewTableProps {
  /** Undefined while the first page loads. */
  items: ScreeningMatch[] | undefined;
  emptyText?: string;
}

export function ReviewTable({
  items,
  emptyText = 'No review item matches these filters.',
}: ReviewTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label="Review items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Status</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Party</Table.Th>
            <Table.Th>Listed entity</Table.Th>
            <Table.Th>List</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" ta="center" py="md">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {items?.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <MatchStatusBadge status={item.status} />
                  {item.previousDecision && (
                    <Badge size="xs" color="orange" variant="outline">
                      Reopened
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <ScoreBar score={item.score} w={90} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={reviewItemPath(item.id)} fw={500}>
                  {item.partyLabel}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.partyType}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.entityCaption}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {item.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color="indigo" variant="light" tt="none">
                  {getListLabel(item.source)}
                </Badge>
              </Table.Td>
              <Table.Td title={formatDateTime(item.updatedAt)} style={{ whiteSpace: 'nowrap' }}>
                {formatDate(item.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
