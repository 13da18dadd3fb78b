import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconHistory, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Supplier } from '../api/suppliers.types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { formatDateTime } from '../common/format.ts';
import { SupplierScreeningPanel } from '../screening/supplier-screening-panel.tsx';
import { useCan } from '../session/use-session.ts';
import { getCountryName } from './countries.ts';
import { registrationTypeLabels } from './registration-types.ts';
import { useSupplier } from './supplier-queries.ts';
import { supplierStatusColors, supplierStatusLabels } from './supplier-status.ts';
import { SupplierStatusBadge } from './supplier-status-badge.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function Empty() {
  return <Text c="dimmed">—</Text>;
}

function BadgeList({ values }: { values: string[] }) {
  if (values.length === 0) return <Empty />;
  return (
    <Group gap={4}>
      {values.map((value) => (
        <Badge key={value} variant="outline" color="gray" tt="none">
          {value}
        </Badge>
      ))}
    </Group>
  );
}

function formatAddress(address: Supplier['address']): string[] {
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.line1, address.line2, cityLine, address.region].filter((line): line is string =>
    Boolean(line),
  );
}

function ContactsTable({ contacts }: { contacts: Supplier['contacts'] }) {
  if (contacts.length === 0) return <Text c="dimmed">No contacts recorded.</Text>;
  return (
    <Table aria-label="Contacts" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>Email</Table.Th>
          <Table.Th>Phone</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact, index) => (
          // Contacts have no id; their position is their identity in this read-only table.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Table.Tr key={index}>
            <Table.Td>{contact.name ?? '—'}</Table.Td>
            <Table.Td>{contact.role ?? '—'}</Table.Td>
            <Table.Td>
              {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : '—'}
            </Table.Td>
            <Table.Td>{contact.phone ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SupplierDetail({ supplier }: { supplier: Supplier }) {
  const canWrite = useCan('suppliers:write');
  const canReadAudit = useCan('audit:read');
  const canReadScreening = useCan('screening:read');
  const addressLines = formatAddress(supplier.address);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Anchor component={Link} to="/suppliers" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} /> Suppliers
            </Group>
          </Anchor>
          <Group gap="sm">
            <Title order={2}>{supplier.legalName}</Title>
            <SupplierStatusBadge status={supplier.status} />
          </Group>
        </Stack>
        <Group gap="xs">
          {canReadAudit && (
            <Button
              component={Link}
              to={`/audit?entityType=supplier&entityId=${encodeURIComponent(supplier.id)}`}
              variant="default"
              leftSection={<IconHistory size={16} />}
            >
              Audit history
            </Button>
          )}
          {canWrite && (
            <Button
              component={Link}
              to={`/suppliers/${supplier.id}/edit`}
              leftSection={<IconPencil size={16} />}
            >
              Edit supplier
            </Button>
          )}
        </Group>
      </Group>
      {supplier.statusReason && (
        <Alert
          color={supplierStatusColors[supplier.status]}
          icon={<IconAlertTriangle size={18} />}
          title={`Why it is ${supplierStatusLabels[supplier.status].toLowerCase()}`}
        >
          {supplier.statusReason}
        </Alert>
      )}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          <Field label="Legal name">{supplier.legalName}</Field>
          <Field label="Other names">
            <BadgeList values={supplier.otherNames} />
          </Field>
          <Field label="Country">
            {getCountryName(supplier.country)} ({supplier.country})
          </Field>
          <Field label="Registration type">
            {supplier.registrationType ? registrationTypeLabels[supplier.registrationType] : <Empty />}
          </Field>
          <Field label="Registration number">
            {supplier.registrationNumber ? (
              <Text ff="monospace">{supplier.registrationNumber}</Text>
            ) : (
              <Empty />
            )}
          </Field>
          <Field label="Address">
            {addressLines.length === 0 ? (
              <Empty />
            ) : (
              addressLines.map((line) => <Text key={line}>{line}</Text>)
            )}
          </Field>
          <Field label="Product categories">
            <BadgeList values={supplier.productCategories} />
          </Field>
          <Field label="Tags">
            <BadgeList values={supplier.tags} />
          </Field>
          <Field label="Record">
            <Text size="sm">Created {formatDateTime(supplier.createdAt)}</Text>
            <Text size="sm">Updated {formatDateTime(supplier.updatedAt)}</Text>
            <Text size="sm" c="dimmed">
              Version {supplier.version} · id {supplier.id}
            </Text>
          </Field>
        </SimpleGrid>
      </Paper>
      <Title order={3}>Contacts</Title>
      <ContactsTable contacts={supplier.contacts} />
      {canReadScreening && <SupplierScreeningPanel supplier={supplier} />}
    </Stack>
  );
}

export function SupplierDetailPage() {
  const { id = '' } = useParams();
  const supplier = useSupplier(id);
  if (supplier.isPending) return <Loader aria-label="Loading supplier" />;
  if (supplier.isError) return <ErrorAlert error={supplier.error} title="The supplier could not be loaded" />;
  return <SupplierDetail supplier={supplier.data} />;
}
