import { Group, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry } from '../api/audit.api.ts';
import { type DiffRow, diffJson, formatJsonValue } from './json-diff.ts';

const changeColors: Record<DiffRow['change'], string | undefined> = {
  added: 'var(--mantine-color-green-light)',
  removed: 'var(--mantine-color-red-light)',
  changed: 'var(--mantine-color-yellow-light)',
  unchanged: undefined,
};

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <Text c="dimmed">—</Text>;
  return (
    <Text size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {formatJsonValue(value)}
    </Text>
  );
}

/** Before/after of one audit entry, field by field; unchanged fields are hidden unless asked for. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = diffJson(entry.before ?? undefined, entry.after ?? undefined);
  const visible = showUnchanged ? rows : rows.filter((row) => row.change !== 'unchanged');

  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Text size="xs" c="dimmed" ff="monospace">
          seq {entry.seq} · hash {entry.hash}
        </Text>
        <Switch
          size="xs"
          label="Show unchanged fields"
          checked={showUnchanged}
          onChange={(event) => setShowUnchanged(event.currentTarget.checked)}
        />
      </Group>
      {visible.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field changed.
        </Text>
      ) : (
        <Table withTableBorder layout="fixed" aria-label={`Changes of audit entry ${entry.seq}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="22%">Field</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <Table.Tr key={row.path} style={{ background: changeColors[row.change] }}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {row.path}
                  </Text>
                  {row.change !== 'unchanged' && (
                    <Text size="xs" c="dimmed">
                      {row.change}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Value value={row.before} />
                </Table.Td>
                <Table.Td>
                  <Value value={row.after} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
