import { Button, Group, LoadingOverlay, Paper, Stack, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconPlus, IconUpload } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { getSupplierExportUrl } from '../api/suppliers.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ListPagination } from '../common/list-pagination.tsx';
import { useCan } from '../session/use-session.ts';
import { SupplierFilters } from './supplier-filters.tsx';
import { useSupplierList } from './supplier-queries.ts';
import { SuppliersTable } from './suppliers-table.tsx';
import { useSupplierListParams } from './use-supplier-list-params.ts';

export function SuppliersListPage() {
  const navigate = useNavigate();
  const canWrite = useCan('suppliers:write');
  const canImport = useCan('suppliers:import');
  const canExport = useCan('suppliers:export');
  const { params, update } = useSupplierListParams();
  const list = useSupplierList(params);
  const exportFilters = {
    q: params.q,
    country: params.country,
    status: params.status,
    tag: params.tag,
    sort: params.sort,
  };

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Suppliers</Title>
        <Group gap="xs">
          {canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/suppliers/new')}>
              New supplier
            </Button>
          )}
          {canImport && (
            <Button
              variant="light"
              leftSection={<IconUpload size={16} />}
              onClick={() => navigate('/suppliers/import')}
            >
              Import
            </Button>
          )}
          {canExport && (
            <>
              <Button
                component="a"
                href={getSupplierExportUrl('csv', exportFilters)}
                download
                variant="default"
                leftSection={<IconFileTypeCsv size={16} />}
              >
                Export CSV
              </Button>
              <Button
                component="a"
                href={getSupplierExportUrl('xlsx', exportFilters)}
                download
                variant="default"
                leftSection={<IconFileSpreadsheet size={16} />}
              >
                Export XLSX
              </Button>
            </>
          )}
        </Group>
      </Group>
      <SupplierFilters params={params} onChange={update} />
      {list.isError && <ErrorAlert error={list.error} title="The suppliers could not be loaded" />}
      <Paper withBorder pos="relative" radius="sm">
        <LoadingOverlay visible={list.isPending} />
        <SuppliersTable suppliers={list.data?.items} sort={params.sort} onSort={(sort) => update({ sort })} />
      </Paper>
      {list.data && (
        <ListPagination
          page={params.page}
          pageSize={params.pageSize}
          total={list.data.total}
          onPageChange={(page) => update({ page })}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      )}
    </Stack>
  );
}
