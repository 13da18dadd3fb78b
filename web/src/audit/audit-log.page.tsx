import { Group, LoadingOverlay, Paper, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAuditEntries } from '../api/audit.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ListPagination } from '../common/list-pagination.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { toIsoBound, useAuditParams } from './use-audit-params.ts';
import { VerifyChain } from './verify-chain.tsx';

export function AuditLogPage() {
  const { params, update } = useAuditParams();
  const { filters, page, pageSize } = params;
  const query = {
    ...filters,
    from: toIsoBound(filters.from, 'start'),
    to: toIsoBound(filters.to, 'end'),
    page,
    pageSize,
  };
  const entries = useQuery({
    queryKey: ['audit', query],
    queryFn: () => listAuditEntries(query),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Audit log</Title>
        <VerifyChain />
      </Group>
      <AuditFilters filters={filters} onApply={update} />
      {entries.isError && <ErrorAlert error={entries.error} title="The audit log could not be loaded" />}
      <Paper withBorder pos="relative" mih={120}>
        <LoadingOverlay visible={entries.isPending} />
        {entries.data && <AuditTable entries={entries.data.items} />}
      </Paper>
      {entries.data && (
        <ListPagination
          page={page}
          pageSize={pageSize}
          total={entries.data.total}
          onPageChange={(next) => update({ page: next })}
          onPageSizeChange={(size) => update({ pageSize: size })}
        />
      )}
    </Stack>
  );
}
