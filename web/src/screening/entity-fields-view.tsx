import { Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ListEntity } from '../api/screening.types.ts';
import { compareEntities, toEntityFields } from './entity-fields.ts';

function Values({ values }: { values: string[] | null }) {
  if (values === null) return <Text c="dimmed">not on the list</Text>;
  if (values.length === 0) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={2}>
      {values.map((value) => (
        <Text key={value} size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {value}
        </Text>
      ))}
    </Stack>
  );
}

/** One listed entity, field by field; empty fields are left out. */
export function EntityFieldsView({ entity }: { entity: ListEntity }) {
  const fields = toEntityFields(entity).filter((field) => field.values.length > 0);
  return (
    <Stack gap="xs">
      {fields.map((field) => (
        <Stack key={field.key} gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {field.label}
          </Text>
          <Values values={field.values} />
        </Stack>
      ))}
    </Stack>
  );
}

/** Before and after of a listed entity between two versions; unchanged fields hidden unless asked for. */
export function EntityComparisonView({
  before,
  after,
}: {
  before: ListEntity | null;
  after: ListEntity | null;
}) {
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = compareEntities(before, after);
  const visible = showUnchanged ? rows : rows.filter((row) => row.changed);
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
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
        <Table withTableBorder layout="fixed" aria-label="Before and after">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="18%">Field</Table.Th>
              <Table.Th>Before</Table.Th>
              <Table.Th>After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((row) => (
              <Table.Tr
                key={row.key}
                style={{ background: row.changed ? 'var(--mantine-color-yellow-light)' : undefined }}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.label}
                  </Text>
                  {row.changed && (
                    <Text size="xs" c="dimmed">
                      changed
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Values values={row.before} />
                </Table.Td>
                <Table.Td>
                  <Values values={row.after} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
