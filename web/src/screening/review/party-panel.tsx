import { Alert, Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ScreeningMatch } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { getCountryName } from '../../suppliers/countries.ts';
import { useSupplier } from '../../suppliers/supplier-queries.ts';
import { SupplierStatusBadge } from '../../suppliers/supplier-status-badge.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function SupplierFacts({ id }: { id: string }) {
  const supplier = useSupplier(id);
  if (supplier.isPending) return <Loader size="sm" aria-label="Loading supplier" />;
  if (supplier.isError) return <ErrorAlert error={supplier.error} title="The supplier could not be loaded" />;
  const s = supplier.data;
  return (
    <Stack gap="xs">
      <Row label="Legal name">
        <Anchor component={Link} to={`/suppliers/${encodeURIComponent(s.id)}`} fw={500}>
          {s.legalName}
        </Anchor>
      </Row>
      {s.otherNames.length > 0 && (
        <Row label="Other names">
          {s.otherNames.map((name) => (
            <Text key={name} size="sm">
              {name}
            </Text>
          ))}
        </Row>
      )}
      <Row label="Country">
        <Text size="sm">
          {getCountryName(s.country)} ({s.country})
        </Text>
      </Row>
      {s.registrationNumber && (
        <Row label="Registration">
          <Text size="sm" ff="monospace">
            {s.registrationType ? `${s.registrationType.toUpperCase()} ` : ''}
            {s.registrationNumber}
          </Text>
        </Row>
      )}
      <Row label="Status">
        <SupplierStatusBadge status={s.status} />
        {s.statusReason && (
          <Text size="sm" mt={4}>
            {s.statusReason}
          </Text>
        )}
      </Row>
    </Stack>
  );
}

/** The organisation's side of a review item: the party as it is now. */
export function PartyPanel({ item }: { item: ScreeningMatch }) {
  return (
    <Paper withBorder p="md" component="section" aria-label="Party">
      <Stack gap="sm">
        <Title order={4}>Party ({item.partyType}, as it is now)</Title>
        {item.partyType === 'supplier' ? (
          <SupplierFacts id={item.partyId} />
        ) : (
          <Alert color="gray">
            {item.partyLabel} ({item.partyType} {item.partyId})
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
