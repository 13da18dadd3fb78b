import { ScrollArea, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ImportReport } from '../api/supplier-imports.api.ts';

export function RowErrorsTable({ report }: { report: ImportReport }) {
  const titleId = useId();
  return (
    <>
      <Title order={4} id={titleId}>
        Row errors
      </Title>
      {report.errorsTruncated && (
        <Text size="sm" c="dimmed">
          Only the first {report.errors.length.toLocaleString()} errors are listed.
        </Text>
      )}
      <ScrollArea.Autosize mah={420}>
        <Table aria-labelledby={titleId} withTableBorder striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Column</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several errors on one column
              <Table.Tr key={index}>
                <Table.Td>{error.row}</Table.Td>
                <Table.Td>{error.column ?? error.field ?? '—'}</Table.Td>
                <Table.Td>{error.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
