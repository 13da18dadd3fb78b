import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import {
  commitSupplierImport,
  type ImportMapping,
  type ImportReport,
  type ImportStatus,
  validateSupplierImport,
} from '../api/supplier-imports.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { formatCount } from '../common/format.ts';
import { RowErrorsTable } from './row-errors-table.tsx';

interface CheckStepProps {
  importId: string;
  mapping: ImportMapping;
  report: ImportReport | null;
  onReport: (report: ImportReport) => void;
  onBack: () => void;
  onCommitted: (status: ImportStatus) => void;
}

function Total({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {formatCount(value)}
      </Text>
    </Paper>
  );
}

export function CheckStep({ importId, mapping, report, onReport, onBack, onCommitted }: CheckStepProps) {
  const check = useMutation({
    mutationFn: () => validateSupplierImport(importId, mapping),
    onSuccess: onReport,
  });
  const commit = useMutation({
    mutationFn: (acceptInvalidRows: boolean) => commitSupplierImport(importId, mapping, acceptInvalidRows),
    onSuccess: onCommitted,
  });
  const hasInvalidRows = report !== null && report.invalidRows > 0;

  return (
    <Stack>
      <Text>
        Check every row against the rules before anything is written. Nothing is saved until you import.
      </Text>
      <Group>
        <Button variant="default" onClick={onBack} disabled={check.isPending || commit.isPending}>
          Back
        </Button>
        <Button
          variant={report ? 'default' : 'filled'}
          onClick={() => check.mutate()}
          loading={check.isPending}
        >
          Check
        </Button>
      </Group>
      {check.isError && <ErrorAlert error={check.error} title="The file could not be checked" />}
      {report && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Total label="Total rows" value={report.totalRows} />
            <Total label="Valid rows" value={report.validRows} color="green" />
            <Total
              label="Invalid rows"
              value={report.invalidRows}
              color={hasInvalidRows ? 'red' : undefined}
            />
          </SimpleGrid>
          {report.errors.length > 0 ? (
            <RowErrorsTable report={report} />
          ) : (
            <Alert color="green" icon={<IconCircleCheck size={18} />}>
              Every row is valid.
            </Alert>
          )}
          {commit.isError && <ErrorAlert error={commit.error} title="The import could not start" />}
          <Group>
            {hasInvalidRows ? (
              <Button
                onClick={() => commit.mutate(true)}
                loading={commit.isPending}
                disabled={report.validRows === 0}
              >
                Import {formatCount(report.validRows)} valid rows
              </Button>
            ) : (
              <Button
                onClick={() => commit.mutate(false)}
                loading={commit.isPending}
                disabled={report.totalRows === 0}
              >
                Import all {formatCount(report.totalRows)} rows
              </Button>
            )}
            {hasInvalidRows && (
              <Text size="sm" c="dimmed">
                The {formatCount(report.invalidRows)} invalid rows will be skipped.
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
