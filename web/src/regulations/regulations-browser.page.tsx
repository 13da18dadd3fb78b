import {
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { TOPICS } from '../api/regulations.types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useUrlParams } from '../common/url-params.ts';
import { useCategories, useChanges, useMarkets, useRules } from './regulation-queries.ts';

const EFFECT_COLORS = {
  prohibited: 'red',
  restricted: 'orange',
  requirement: 'blue',
  information: 'gray',
} as const;
const topicLabel = (topic: string) => topic.replaceAll('_', ' ');

/** Markets, the rules in force on a day by topic and category, and what changes soon — each with its source. */
export function RegulationsBrowserPage() {
  const { searchParams, update } = useUrlParams();
  const market = searchParams.get('market') ?? undefined;
  const topic = searchParams.get('topic') ?? undefined;
  const category = searchParams.get('category') ?? undefined;
  const [date, setDate] = useState('');
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  const [q, setQ] = useState('');
  const markets = useMarkets(asOf);
  const categories = useCategories();
  const rules = useRules({ market, topic, category, date: asOf, q: q || undefined });
  const changes = useChanges({ market, topic, category, days: 365 });
  const selected = markets.data?.items.find((m) => m.code === market);

  return (
    <Stack>
      <Title order={2}>Regulations</Title>
      <Group align="end" wrap="wrap">
        <Select
          label="Market"
          searchable
          clearable
          placeholder="All markets"
          data={(markets.data?.items ?? []).map((m) => ({
            value: m.code,
            label: `${m.name} (${m.code})${m.depth === 'in_depth' ? ' ★' : ''}`,
          }))}
          value={market ?? null}
          onChange={(value) => update({ market: value ?? undefined })}
          w={260}
        />
        <Select
          label="Topic"
          clearable
          placeholder="All topics"
          data={TOPICS.map((t) => ({ value: t, label: topicLabel(t) }))}
          value={topic ?? null}
          onChange={(value) => update({ topic: value ?? undefined })}
          w={220}
        />
        <Select
          label="Product category"
          searchable
          clearable
          placeholder="All categories"
          data={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: c.label }))}
          value={category ?? null}
          onChange={(value) => update({ category: value ?? undefined })}
          w={280}
        />
        <TextInput
          label="As of"
          placeholder="YYYY-MM-DD (today)"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={160}
        />
        <TextInput
          label="Search"
          placeholder="words in the rule"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={200}
        />
      </Group>
      {selected && (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <div>
              <Text size="xs" c="dimmed">
                {selected.importTax.name}
              </Text>
              <Text>
                {selected.importTax.standardRate === null
                  ? 'set by member states'
                  : `${selected.importTax.standardRate} %`}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                De minimis (duty / tax)
              </Text>
              <Text>
                {selected.deMinimisInForce
                  ? `${selected.deMinimisInForce.duty ? `${selected.deMinimisInForce.duty.amount} ${selected.deMinimisInForce.duty.currency}` : 'none'} / ${selected.deMinimisInForce.tax ? `${selected.deMinimisInForce.tax.amount} ${selected.deMinimisInForce.tax.currency}` : 'none'}`
                  : '—'}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Sanctions
              </Text>
              <Text size="sm">
                {selected.sanctions.length === 0
                  ? 'none'
                  : selected.sanctions.map((s) => `${s.by}: ${s.scope}`).join(', ')}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                Data protection
              </Text>
              <Text size="sm">{selected.dataProtection?.law ?? '—'}</Text>
            </div>
          </SimpleGrid>
        </Card>
      )}
      <Tabs defaultValue="rules">
        <Tabs.List>
          <Tabs.Tab value="rules">Rules in force {rules.data && `(${rules.data.items.length})`}</Tabs.Tab>
          <Tabs.Tab value="changes">Changes soon {changes.data && `(${changes.data.items.length})`}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules" pt="md">
          {rules.isError && <ErrorAlert error={rules.error} title="The rules could not be loaded" />}
          {rules.isPending && <Loader />}
          <Stack gap="sm">
            {rules.data?.items.map((rule) => (
              <Card key={`${rule.id}@${rule.version}`} withBorder padding="sm" aria-label={rule.title}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={500}>{rule.title}</Text>
                  <Group gap={4} wrap="nowrap">
                    <Badge color={EFFECT_COLORS[rule.effect]} variant="light" size="sm">
                      {rule.effect}
                    </Badge>
                    <Badge variant="outline" size="sm">
                      {rule.jurisdiction}
                    </Badge>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed" ff="monospace">
                  {rule.id} v{rule.version} · {topicLabel(rule.topic)} · from {rule.effectiveFrom}
                  {rule.effectiveTo ? ` to ${rule.effectiveTo}` : ''}
                </Text>
                <Text size="sm" mt={4}>
                  {rule.requirement}
                </Text>
                {(rule.certifications.length > 0 || rule.documents.length > 0) && (
                  <Text size="xs" mt={4}>
                    {rule.certifications.length > 0 && `Certifications: ${rule.certifications.join(', ')}. `}
                    {rule.documents.length > 0 && `Documents: ${rule.documents.map(topicLabel).join(', ')}.`}
                  </Text>
                )}
                <Anchor href={rule.source.url} target="_blank" rel="noreferrer" size="xs" mt={4}>
                  {rule.source.title}
                  {rule.source.article ? `, ${rule.source.article}` : ''} ({rule.source.publisher})
                </Anchor>
              </Card>
            ))}
            {rules.data?.items.length === 0 && <Text c="dimmed">No rule in force for this selection.</Text>}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="md">
          {changes.isError && <ErrorAlert error={changes.error} title="The changes could not be loaded" />}
          <Stack gap="xs">
            {changes.data?.items.map((change) => (
              <Group key={`${change.ruleId}${change.version}${change.change}`} gap="sm" wrap="nowrap">
                <Badge variant="light" w={110}>
                  {change.date}
                </Badge>
                <Text size="sm">
                  {change.title}{' '}
                  <Text span size="xs" c="dimmed">
                    ({change.jurisdiction}, {change.change.replaceAll('_', ' ')}, {change.ruleId} v
                    {change.version})
                  </Text>
                </Text>
              </Group>
            ))}
            {changes.data?.items.length === 0 && (
              <Text c="dimmed">Nothing changes in the next 12 months for this selection.</Text>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
