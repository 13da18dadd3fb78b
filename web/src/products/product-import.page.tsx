import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { checkProductFile, importProductFile } from '../api/products.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { productsQueryKey } from './product-queries.ts';

/** Upload a CSV or XLSX file, read the row report, then import the valid rows (nothing is written before). */
export function ProductImportPage() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => checkProductFile(f) });
  const commit = useMutation({
    mutationFn: (f: File) => importProductFile(f, true),
    onSuccess: () => client.invalidateQueries({ queryKey: productsQueryKey }),
  });
  const report = check.data;
  return (
    <Stack maw={900}>
      <Title order={2}>Import products</Title>
      <Text size="sm" c="dimmed">
        Columns: sku, name, category, hs_code, brand, ingredients (separated by semicolons), specifications,
        origin, target_markets, certifications.
      </Text>
      <Group align="end">
        <FileInput
          label="Product file"
          placeholder="products.csv or .xlsx"
          accept=".csv,.xlsx,text/csv"
          value={file}
          onChange={(f) => {
            setFile(f);
            check.reset();
            commit.reset();
          }}
          w={360}
        />
        <Button disabled={!file} loading={check.isPending} onClick={() => file && check.mutate(file)}>
          Check the file
        </Button>
      </Group>
      {check.isError && <ErrorAlert error={check.error} title="The file could not be read" />}
      {report && (
        <Paper withBorder p="md" radius="sm">
          <Stack>
            <Text>
              {report.totalRows} rows: {report.validRows} valid, {report.invalidRows} with problems.
              {report.ignoredColumns.length > 0 && ` Ignored columns: ${report.ignoredColumns.join(', ')}.`}
            </Text>
            {report.errors.length > 0 && (
              <Table aria-label="Row problems" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Row</Table.Th>
                    <Table.Th>Column</Table.Th>
                    <Table.Th>Problem</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.errors.map((e) => (
                    <Table.Tr key={`${e.row}|${e.column ?? ''}|${e.reason}`}>
                      <Table.Td>{e.row}</Table.Td>
                      <Table.Td>{e.column ?? '—'}</Table.Td>
                      <Table.Td>{e.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {commit.isError && (
              <ErrorAlert error={commit.error} title="The import failed; nothing was written" />
            )}
            {commit.data ? (
              <Alert color="green" title="Imported">
                {commit.data.imported} products imported.{' '}
                <Button variant="subtle" size="xs" onClick={() => navigate('/products')}>
                  See the products
                </Button>
              </Alert>
            ) : (
              report.validRows > 0 && (
                <Button loading={commit.isPending} onClick={() => file && commit.mutate(file)}>
                  Import the {report.validRows} valid rows
                </Button>
              )
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
