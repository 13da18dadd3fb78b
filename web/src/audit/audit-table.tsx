import { ActionIcon, Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../api/audit.api.ts';
import { formatDateTimeSeconds } from '../common/format.ts';
import { AuditDiff } from './audit-diff.tsx';

function EntityCell({ entry }: { entry: AuditEntry }) {
  const id =
    entry.entityType === 'supplier' && entry.entityId ? (
      <Anchor component={Link} to={`/suppliers/${entry.entityId}`} size="xs" ff="monospace">
        {entry.entityId}
      </Anchor>
    ) : (
      <Text size="xs" c="dimmed" ff="monospace">
        {entry.entityId}
      </Text>
    );
  return (
    <>
      <Text size="sm">{entry.entityType}</Text>
      {id}
    </>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th>Seq</Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed" ta="center" py="md">
                  No audit entry matches these filters.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {entries.map((entry) => {
            const isOpen = expanded.has(entry.seq);
            return (
              <Fragment key={entry.seq}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => toggle(entry.seq)}
                      aria-expanded={isOpen}
                      aria-label={`${isOpen ? 'Hide' : 'Show'} changes of entry ${entry.seq}`}
                    >
                      {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{entry.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(entry.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.actor.label}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.actor.type}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {entry.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <EntityCell entry={entry} />
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr>
                    <Table.Td colSpan={6} bg="gray.0">
                      <AuditDiff entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
