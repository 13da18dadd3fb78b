import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { MatchResult } from '../../api/screening.types.ts';
import { getCountryName } from '../../suppliers/countries.ts';
import { ExplanationView } from '../explanation-view.tsx';
import { getListLabel } from '../list-sources.ts';
import { ScoreBar } from '../score-bar.tsx';

function Facts({ label, values }: { label: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:{' '}
      </Text>
      {values.join(', ')}
    </Text>
  );
}

function ResultCard({ result }: { result: MatchResult }) {
  const [open, setOpen] = useState(false);
  const otherNames = result.properties.name.filter((name) => name !== result.caption);
  return (
    <Paper withBorder p="md" component="article" aria-label={result.caption}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{result.caption}</Text>
              <Badge variant="outline" color="gray" tt="none" size="sm">
                {result.schema}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" ff="monospace">
              {result.id}
            </Text>
          </Stack>
          <ScoreBar score={result.score} match={result.match} />
        </Group>
        <Group gap={4}>
          {result.datasets.map((source) => (
            <Badge key={source} color="indigo" variant="light" tt="none">
              {getListLabel(source)}
            </Badge>
          ))}
          {result.properties.program.map((program) => (
            <Badge key={program} color="grape" variant="outline" tt="none">
              {program}
            </Badge>
          ))}
        </Group>
        <Facts label="Other names" values={otherNames.slice(0, 8)} />
        <Facts label="Born" values={result.properties.birthDate} />
        <Facts
          label="Countries"
          values={result.properties.country.map((code) => `${getCountryName(code)} (${code})`)}
        />
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            aria-expanded={open}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? 'Hide explanation' : 'Why this score'}
          </Button>
        </Group>
        <Collapse expanded={open}>
          {open && <ExplanationView explanation={result.explanation} score={result.score} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}

export function SearchResults({ results, threshold }: { results: MatchResult[]; threshold: number }) {
  const matches = results.filter((result) => result.match).length;
  return (
    <Stack gap="sm" aria-label="Search results">
      <Text size="sm" c="dimmed" aria-live="polite">
        {results.length === 0
          ? `Nothing on the lists reaches ${(threshold - 0.15).toFixed(2)} for this search.`
          : `${matches} ${matches === 1 ? 'match' : 'matches'} at threshold ${threshold.toFixed(2)}, ${
              results.length - matches
            } near ${results.length - matches === 1 ? 'miss' : 'misses'}`}
      </Text>
      {results.map((result) => (
        <ResultCard key={result.id} result={result} />
      ))}
    </Stack>
  );
}
