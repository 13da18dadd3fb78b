import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Incident, listIncidents, recordIncident } from '../api/products.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useCan } from '../session/use-session.ts';
import { productsQueryKey } from './product-queries.ts';

const KINDS: { value: Incident['kind']; label: string }[] = [
  { value: 'clearance_delay', label: 'Clearance delay' },
  { value: 'seizure', label: 'Seizure' },
  { value: 'rejection', label: 'Rejection' },
  { value: 'recall', label: 'Recall' },
];

/** Incidents recorded for a product; each raises its risk in that market (the checklist says so). */
export function IncidentsPanel({ productId }: { productId: string }) {
  const canRecord = useCan('incidents:write');
  const client = useQueryClient();
  const incidents = useQuery({ queryKey: [...productsQueryKey, 'incidents'], queryFn: listIncidents });
  const record = useMutation({
    mutationFn: recordIncident,
    onSuccess: () => client.invalidateQueries({ queryKey: productsQueryKey }),
  });
  const [form, setForm] = useState({
    market: '',
    kind: 'clearance_delay' as Incident['kind'],
    occurredOn: '',
    note: '',
  });
  const mine = incidents.data?.items.filter((i) => i.productId === productId) ?? [];
  return (
    <Paper withBorder p="md" radius="sm">
      <Stack gap="sm">
        <Title order={4}>Incidents</Title>
        {mine.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded.
          </Text>
        ) : (
          <Table aria-label="Incidents" fz="sm">
            <Table.Tbody>
              {mine.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.occurredOn}</Table.Td>
                  <Table.Td>{i.market}</Table.Td>
                  <Table.Td>{KINDS.find((k) => k.value === i.kind)?.label}</Table.Td>
                  <Table.Td>{i.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canRecord && (
          <Group align="end" wrap="wrap">
            <TextInput
              label="Market"
              placeholder="DE"
              value={form.market}
              onChange={(e) => setForm({ ...form, market: e.currentTarget.value })}
              w={90}
            />
            <Select
              label="What happened"
              data={KINDS}
              value={form.kind}
              onChange={(v) => setForm({ ...form, kind: (v as Incident['kind']) ?? 'clearance_delay' })}
              w={170}
            />
            <TextInput
              label="On"
              placeholder="YYYY-MM-DD"
              value={form.occurredOn}
              onChange={(e) => setForm({ ...form, occurredOn: e.currentTarget.value })}
              w={130}
            />
            <TextInput
              label="Note"
              value={form.note}
              onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
              w={260}
            />
            <Button
              loading={record.isPending}
              onClick={() =>
                record.mutate({
                  productId,
                  categoryId: null,
                  market: form.market.toUpperCase(),
                  kind: form.kind,
                  occurredOn: form.occurredOn,
                  note: form.note,
                })
              }
            >
              Record
            </Button>
          </Group>
        )}
        {record.isError && <ErrorAlert error={record.error} title="Not recorded" />}
      </Stack>
    </Paper>
  );
}
