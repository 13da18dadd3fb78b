import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  MultiSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { TOPICS } from '../api/regulations.types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { formatDateTime } from '../common/format.ts';
import { useCan } from '../session/use-session.ts';
import {
  useCategories,
  useMarkets,
  useNotices,
  useRegulationMutations,
  useSubscriptions,
} from './regulation-queries.ts';

/** Notices of regulation changes (the team's, or only mine) and the subscriptions that bring them. */
export function NoticesPage() {
  const canSubscribe = useCan('regulations:subscribe');
  const [mine, setMine] = useState(false);
  const notices = useNotices(mine);
  const subscriptions = useSubscriptions();
  const markets = useMarkets();
  const categories = useCategories();
  const { subscribe, unsubscribe, read } = useRegulationMutations();
  const [form, setForm] = useState({
    markets: [] as string[],
    topics: [] as string[],
    categories: [] as string[],
    email: true,
    webhookUrl: '',
  });

  return (
    <Stack>
      <Title order={2}>Regulation notices</Title>
      <Switch
        label="Only my subscriptions"
        checked={mine}
        onChange={(e) => setMine(e.currentTarget.checked)}
      />
      {notices.isError && <ErrorAlert error={notices.error} title="The notices could not be loaded" />}
      <Stack gap="xs">
        {notices.data?.items.length === 0 && (
          <Text c="dimmed">No notices yet. Subscribe below to hear of changes.</Text>
        )}
        {notices.data?.items.map((notice) => (
          <Card key={notice.id} withBorder padding="sm" opacity={notice.readAt ? 0.7 : 1}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={notice.readAt ? 400 : 600} size="sm">
                {notice.title}
              </Text>
              <Group gap={4} wrap="nowrap">
                <Badge size="xs" color={notice.kind === 'reminder' ? 'grape' : 'blue'}>
                  {notice.kind}
                </Badge>
                {!notice.readAt && (
                  <Button size="xs" variant="subtle" onClick={() => read.mutate(notice.id)}>
                    Mark read
                  </Button>
                )}
              </Group>
            </Group>
            {notice.payload.rule && <Text size="sm">{notice.payload.rule.requirement}</Text>}
            {(notice.payload.affectedProducts?.length ?? 0) > 0 && (
              <Text size="xs" mt={4}>
                Concerns: {notice.payload.affectedProducts?.map((p) => p.sku).join(', ')}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(notice.createdAt)} · e-mail {notice.emailStatus} · webhook{' '}
              {notice.webhookStatus}
            </Text>
          </Card>
        ))}
      </Stack>

      <Title order={3}>Subscriptions</Title>
      {subscriptions.data && subscriptions.data.items.length > 0 && (
        <Table aria-label="Subscriptions" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Markets</Table.Th>
              <Table.Th>Topics</Table.Th>
              <Table.Th>Categories</Table.Th>
              <Table.Th>Delivery</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subscriptions.data.items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.markets.join(', ') || 'all'}</Table.Td>
                <Table.Td>{s.topics.join(', ') || 'all'}</Table.Td>
                <Table.Td>{s.categories.join(', ') || 'all'}</Table.Td>
                <Table.Td>
                  {[s.email ? 'e-mail' : '', s.webhookUrl ? `webhook ${s.webhookUrl}` : '']
                    .filter(Boolean)
                    .join(', ')}
                </Table.Td>
                <Table.Td>
                  {canSubscribe && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => unsubscribe.mutate(s.id)}>
                      End
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canSubscribe && (
        <Card withBorder maw={760}>
          <Stack>
            <Text fw={500}>Subscribe</Text>
            <MultiSelect
              label="Markets"
              placeholder="All markets"
              searchable
              data={(markets.data?.items ?? []).map((m) => ({
                value: m.code,
                label: `${m.name} (${m.code})`,
              }))}
              value={form.markets}
              onChange={(value) => setForm({ ...form, markets: value })}
            />
            <MultiSelect
              label="Topics"
              placeholder="All topics"
              data={[...TOPICS]}
              value={form.topics}
              onChange={(value) => setForm({ ...form, topics: value })}
            />
            <MultiSelect
              label="Product categories"
              placeholder="All categories"
              searchable
              data={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: c.label }))}
              value={form.categories}
              onChange={(value) => setForm({ ...form, categories: value })}
            />
            <Checkbox
              label="By e-mail"
              checked={form.email}
              onChange={(e) => setForm({ ...form, email: e.currentTarget.checked })}
            />
            <TextInput
              label="Webhook address (optional)"
              placeholder="https://…"
              value={form.webhookUrl}
              onChange={(e) => setForm({ ...form, webhookUrl: e.currentTarget.value })}
            />
            {subscribe.isError && <ErrorAlert error={subscribe.error} title="Not subscribed" />}
            {subscribe.data?.webhookSecret && (
              <Alert color="yellow" title="Webhook secret — shown once">
                Deliveries are signed with it (header x-tradeguard-signature):{' '}
                <Code>{subscribe.data.webhookSecret}</Code>
              </Alert>
            )}
            <Group>
              <Button
                loading={subscribe.isPending}
                onClick={() => subscribe.mutate({ ...form, webhookUrl: form.webhookUrl.trim() || null })}
              >
                Subscribe
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
