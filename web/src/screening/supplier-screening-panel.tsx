import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartyScreening, ScreeningRun } from '../api/screening.types.ts';
import type { Supplier } from '../api/suppliers.types.ts';
import { describeError, ErrorAlert } from '../common/error-alert.tsx';
import { formatDateTime } from '../common/format.ts';
import { useCan } from '../session/use-session.ts';
import { getListLabel } from './list-sources.ts';
import { ReviewTable } from './review/review-table.tsx';
import { useListVersions, useScreenSupplierAgain, useSupplierScreening } from './screening-queries.ts';

const triggerLabels: Record<string, string> = {
  created: 'Supplier created',
  updated: 'Supplier edited',
  imported: 'Supplier imported',
  manual: 'Screened again on request',
  list_update: 'A list changed',
};

// A new supplier is screened in the background within moments; until then its history is polled.
const NEW_SUPPLIER_WINDOW_MS = 60_000;
const RESCREEN_WAIT_MS = 30_000;

function RunsTable({ runs }: { runs: ScreeningRun[] }) {
  // Versions are named by their list; the history of the lists is short, so one page maps them all.
  const versions = useListVersions({ page: 1, pageSize: 200 });
  const sourceOf = new Map(versions.data?.items.map((version) => [version.id, version.source]));
  if (runs.length === 0) return <Text c="dimmed">Not screened yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label="Screening history" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Trigger</Table.Th>
            <Table.Th>Lists</Table.Th>
            <Table.Th>Potential matches</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.ranAt)}</Table.Td>
              <Table.Td>
                {triggerLabels[run.trigger] ?? run.trigger}
                {run.scope === 'all_parties' && (
                  <Text size="xs" c="dimmed">
                    every party screened against the change
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {run.listVersions.length === 0 && <Text c="dimmed">none in force</Text>}
                  {run.listVersions.map((id) => {
                    const source = sourceOf.get(id);
                    return (
                      <Badge key={id} color="indigo" variant="light" tt="none" title={`version ${id}`}>
                        {source ? getListLabel(source) : id.slice(0, 8)}
                      </Badge>
                    );
                  })}
                </Group>
              </Table.Td>
              <Table.Td>{run.matches}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The supplier's review items and screening history, and "Screen again" for reviewers. */
export function SupplierScreeningPanel({ supplier }: { supplier: Supplier }) {
  const canReview = useCan('screening:review');
  const [waitingSince, setWaitingSince] = useState<{ at: number; runs: number } | null>(null);
  // Polls while a screening is expected: a new supplier's first one, or the one a reviewer asked for.
  const isScreening = (data: PartyScreening | undefined) => {
    if (!data) return false;
    const now = Date.now();
    const awaitingFirst =
      data.runs.length === 0 && now - new Date(supplier.createdAt).getTime() < NEW_SUPPLIER_WINDOW_MS;
    const awaitingRequested =
      waitingSince !== null &&
      data.runs.length <= waitingSince.runs &&
      now - waitingSince.at < RESCREEN_WAIT_MS;
    return awaitingFirst || awaitingRequested;
  };
  const history = useSupplierScreening(supplier.id, isScreening);
  const runs = history.data?.runs ?? [];
  const screening = isScreening(history.data);
  const rescreen = useScreenSupplierAgain(supplier.id);

  const screenAgain = () =>
    rescreen.mutate(undefined, {
      onSuccess: () => {
        setWaitingSince({ at: Date.now(), runs: runs.length });
        notifications.show({ message: `${supplier.legalName} will be screened again within moments` });
      },
      onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
    });

  return (
    <Paper withBorder p="md" component="section" aria-label="Screening">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>Screening</Title>
          <Group gap="xs">
            {screening && (
              <Group gap={4}>
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  Screening…
                </Text>
              </Group>
            )}
            {canReview && (
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                loading={rescreen.isPending}
                onClick={screenAgain}
              >
                Screen again
              </Button>
            )}
          </Group>
        </Group>
        {history.isError && (
          <ErrorAlert error={history.error} title="The screening history could not be loaded" />
        )}
        {history.isPending && <Loader size="sm" aria-label="Loading screening history" />}
        {history.data && (
          <>
            <Group justify="space-between">
              <Title order={4}>Review items</Title>
              {history.data.matches.length > 0 && (
                <Anchor
                  component={Link}
                  to={`/screening/review?partyId=${encodeURIComponent(supplier.id)}`}
                  size="sm"
                >
                  Open in the review queue
                </Anchor>
              )}
            </Group>
            <ReviewTable items={history.data.matches} emptyText="No potential match on the lists in force." />
            <Title order={4}>History</Title>
            <RunsTable runs={runs} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
