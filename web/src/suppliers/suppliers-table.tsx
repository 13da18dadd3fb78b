import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Supplier } from '../api/suppliers.types.ts';
import { formatDate, formatDateTime } from '../common/format.ts';
import { SortableTh } from '../common/sortable-th.tsx';
import { getCountryName } from './countries.ts';
import { SupplierStatusBadge } from './supplier-status-badge.tsx';

interface SuppliersTableProps {
  /** Undefined while the first page loads. */
  suppliers: Supplier[] | undefined;
  sort: string;
  onSort: (sort: string) => void;
}

export function SuppliersTable({ suppliers, sort, onSort }: SuppliersTableProps) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label="Suppliers">
        <Table.Thead>
          <Table.Tr>
            <SortableTh field="legalName" sort={sort} onSort={onSort}>
              Legal name
            </SortableTh>
            <SortableTh field="country" sort={sort} onSort={onSort}>
              Country
            </SortableTh>
            <Table.Th>Registration</Table.Th>
            <SortableTh field="status" sort={sort} onSort={onSort}>
              Status
            </SortableTh>
            <Table.Th>Tags</Table.Th>
            <SortableTh field="createdAt" sort={sort} onSort={onSort}>
              Created
            </SortableTh>
            <SortableTh field="updatedAt" sort={sort} onSort={onSort}>
              Updated
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {suppliers?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Text c="dimmed" ta="center" py="md">
                  No supplier matches these filters.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {suppliers?.map((supplier) => (
            <Table.Tr key={supplier.id}>
              <Table.Td>
                <Anchor component={Link} to={`/suppliers/${supplier.id}`} fw={500}>
                  {supplier.legalName}
                </Anchor>
                {supplier.otherNames.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {supplier.otherNames.join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td title={getCountryName(supplier.country)}>
                {getCountryName(supplier.country)} ({supplier.country})
              </Table.Td>
              <Table.Td>
                {supplier.registrationNumber ? (
                  <>
                    <Text size="sm" ff="monospace">
                      {supplier.registrationNumber}
                    </Text>
                    {supplier.registrationType && (
                      <Text size="xs" c="dimmed">
                        {supplier.registrationType.toUpperCase()}
                      </Text>
                    )}
                  </>
                ) : (
                  <Text c="dimmed">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                <SupplierStatusBadge status={supplier.status} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {supplier.tags.map((tag) => (
                    <Badge key={tag} variant="outline" color="gray" size="sm" tt="none">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td title={formatDateTime(supplier.createdAt)} style={{ whiteSpace: 'nowrap' }}>
                {formatDate(supplier.createdAt)}
              </Table.Td>
              <Table.Td title={formatDateTime(supplier.updatedAt)} style={{ whiteSpace: 'nowrap' }}>
                {formatDate(supplier.updatedAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
