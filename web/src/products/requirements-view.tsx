import { Alert, Anchor, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Finding, LegalSource, MarketReport, ProductCheck } from '../api/products.types.ts';
import { RiskBadge } from './risk-badge.tsx';

const SEVERITY_COLORS: Record<Finding['severity'], string> = {
  blocker: 'red',
  action: 'orange',
  info: 'gray',
};

function SourceLink({ source }: { source?: LegalSource | undefined }) {
  if (!source) return null;
  return (
    <Anchor href={source.url} target="_blank" rel="noreferrer" size="xs">
      {source.title}
      {source.article ? `, ${source.article}` : ''}
    </Anchor>
  );
}

function MarketSection({ report }: { report: MarketReport }) {
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      radius="sm"
      aria-label={`Requirements in ${report.marketName}`}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>
            {report.marketName} ({report.market})
          </Title>
          <RiskBadge risk={report.risk} />
        </Group>
        <Text size="xs" c="dimmed">
          As of {report.date}
        </Text>
        {report.riskReasons.length > 0 && (
          <List size="sm" spacing={2}>
            {report.riskReasons.map((reason) => (
              <List.Item key={`${reason.level}${reason.reason}`}>
                <Badge size="xs" variant="outline" mr={6}>
                  {reason.level}
                </Badge>
                {reason.reason}
              </List.Item>
            ))}
          </List>
        )}
        {report.certifications.length > 0 && (
          <div>
            <Text fw={500} size="sm">
              Certifications
            </Text>
            <Group gap="xs">
              {report.certifications.map((c) => (
                <Badge
                  key={c.id}
                  color={c.held === true ? 'green' : c.held === false ? 'red' : 'blue'}
                  variant="light"
                >
                  {c.name}
                  {c.held === false ? ' — missing' : c.held === true ? ' — held' : ''}
                </Badge>
              ))}
            </Group>
          </div>
        )}
        <Table aria-label={`Checklist for ${report.market}`} verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>Severity</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th w={260}>Source</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.findings.map((finding) => (
              <Table.Tr key={`${finding.kind}|${finding.ruleId ?? ''}|${finding.message}`}>
                <Table.Td>
                  <Badge color={SEVERITY_COLORS[finding.severity]} size="xs">
                    {finding.severity}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{finding.message}</Text>
                  {finding.ruleId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {finding.ruleId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <SourceLink source={finding.source} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {report.documents.length > 0 && (
          <Text size="sm">
            <b>Documents:</b> {report.documents.map((d) => d.kind.replaceAll('_', ' ')).join(', ')}
          </Text>
        )}
        {report.suggestions.length > 0 && (
          <Alert color="blue" title="To lower the risk">
            <List size="sm">
              {report.suggestions.map((s) => (
                <List.Item key={s}>{s}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {report.upcoming.length > 0 && (
          <Alert color="grape" title="Coming changes">
            <List size="sm">
              {report.upcoming.map((u) => (
                <List.Item key={`${u.ruleId}${u.date}${u.change}`}>
                  {u.date}: {u.title} ({u.change.replaceAll('_', ' ')}) <SourceLink source={u.source} />
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {report.rules.length > 0 && (
          <details>
            <summary>
              <Text span size="sm">
                {report.rules.length} rules apply
              </Text>
            </summary>
            <List size="sm" mt="xs">
              {report.rules.map((rule) => (
                <List.Item key={`${rule.id}@${rule.version}`}>
                  <Text span ff="monospace" size="xs">
                    {rule.id} v{rule.version}
                  </Text>{' '}
                  {rule.title} — {rule.reasons.join('; ')} <SourceLink source={rule.source} />
                </List.Item>
              ))}
            </List>
          </details>
        )}
      </Stack>
    </Paper>
  );
}

/** A product's checklist per market: risk and why, certifications, findings with their legal sources. */
export function RequirementsView({ check }: { check: ProductCheck }) {
  return (
    <Stack>
      <Text size="sm">
        Category: {check.category.id ?? <b>not recognised</b>}
        {check.category.text && ` (from "${check.category.text}")`}
        {check.facts.length > 0 &&
          ` · read from the specifications: ${check.facts.map((f) => `${f.fact} = ${Array.isArray(f.value) ? f.value.join('|') : String(f.value)}`).join(', ')}`}
      </Text>
      {check.markets.map((report) => (
        <MarketSection key={report.market} report={report} />
      ))}
    </Stack>
  );
}
