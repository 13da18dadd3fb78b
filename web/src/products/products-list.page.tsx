import {
  Anchor,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ListPagination } from '../common/list-pagination.tsx';
import { readPositiveInt, useUrlParams } from '../common/url-params.ts';
import { useCan } from '../session/use-session.ts';
import { useProducts } from './product-queries.ts';
import { RiskBadge } from './risk-badge.tsx';

/** The catalogue with each product's risk in each of its target markets today. */
export function ProductsListPage() {
  const navigate = useNavigate();
  const canWrite = useCan('products:write');
  const canImport = useCan('products:import');
  const { searchParams, update } = useUrlParams();
  const params = {
    q: searchParams.get('q') ?? undefined,
    page: readPositiveInt(searchParams.get('page'), 1),
    pageSize: readPositiveInt(searchParams.get('pageSize'), 25, 200),
  };
  const list = useProducts(params);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Products</Title>
        <Group gap="xs">
          {canWrite && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/products/new')}>
              New product
            </Button>
          )}
          {canImport && (
            <Button
              variant="light"
              leftSection={<IconUpload size={16} />}
              onClick={() => navigate('/products/import')}
            >
              Import
            </Button>
          )}
        </Group>
      </Group>
      <TextInput
        aria-label="Search products"
        placeholder="Name, SKU or brand"
        leftSection={<IconSearch size={16} />}
        defaultValue={params.q}
        onChange={(event) => update({ q: event.currentTarget.value })}
        maw={420}
      />
      {list.isError && <ErrorAlert error={list.error} title="The products could not be loaded" />}
      <Paper withBorder pos="relative" radius="sm" mih={120}>
        <LoadingOverlay visible={list.isPending} />
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label="Products" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>SKU</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th>Category</Table.Th>
                <Table.Th>HS code</Table.Th>
                <Table.Th>Risk by market</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="md">
                      No products yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {list.data?.items.map((product) => (
                <Table.Tr key={product.id}>
                  <Table.Td ff="monospace">{product.sku}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/products/${product.id}`}>
                      {product.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{product.categoryId ?? '—'}</Text>
                    {product.category && product.category !== product.categoryId && (
                      <Text size="xs" c="dimmed">
                        {product.category}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{product.hsCode ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {product.risks?.map((r) => (
                        <RiskBadge key={r.market} market={r.market} risk={r.risk} />
                      ))}
                      {(product.risks?.length ?? 0) === 0 && (
                        <Text size="xs" c="dimmed">
                          no target market
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
