import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { MatchExplanation } from '../api/screening.types.ts';
import {
  featureLabels,
  formatDelta,
  getMatchKindLabel,
  toDisplaySummary,
  toDisplayWord,
} from './explanation-words.ts';
import { formatScore } from './score-bar.tsx';

function Word({ token }: { token: string }) {
  const word = toDisplayWord(token);
  return (
    <Text span size="sm" ff="monospace" fs={word.term ? 'italic' : undefined}>
      {word.text}
      {word.term && (
        <Text span size="xs" c="dimmed" ff="sans-serif" fs="normal">
          {' '}
          (term)
        </Text>
      )}
    </Text>
  );
}

function WordList({ label, tokens }: { label: string; tokens: string[] }) {
  return (
    <Group gap="xs" align="baseline">
      <Text size="sm" fw={500}>
        {label}:
      </Text>
      {tokens.length === 0 ? (
        <Text size="sm" c="dimmed">
          none
        </Text>
      ) : (
        tokens.map((token) => (
          <Badge key={token} variant="outline" color="gray" tt="none" size="lg" fw={400}>
            <Word token={token} />
          </Badge>
        ))
      )}
    </Group>
  );
}

/** Why a party and a listed entity scored as they did: word pairs, lone words, adjustments, other facts. */
export function ExplanationView({ explanation, score }: { explanation: MatchExplanation; score?: number }) {
  const { names, features, summary } = explanation;
  return (
    <Stack gap="sm" aria-label="Explanation">
      <Paper withBorder p="sm" bg="gray.0">
        <Text size="sm" fw={500}>
          Summary
        </Text>
        <Text size="sm" data-testid="explanation-summary">
          {toDisplaySummary(summary)}
        </Text>
      </Paper>
      <Group gap="xl" wrap="wrap">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Searched name
          </Text>
          <Text>{names.query}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Closest listed name
          </Text>
          <Text>{names.candidate}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Name score
          </Text>
          <Text ff="monospace">{formatScore(names.score)}</Text>
        </Stack>
        {score !== undefined && (
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Final score
            </Text>
            <Text ff="monospace">{formatScore(score)}</Text>
          </Stack>
        )}
      </Group>
      <Title order={5}>Words that agreed</Title>
      {names.pairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No word agreed.
        </Text>
      ) : (
        <Table withTableBorder aria-label="Words that agreed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Searched word</Table.Th>
              <Table.Th>Listed word</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Similarity</Table.Th>
              <Table.Th>Weight</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {names.pairs.map((pair) => (
              <Table.Tr key={`${pair.query}\u0000${pair.candidate}`}>
                <Table.Td>
                  <Word token={pair.query} />
                </Table.Td>
                <Table.Td>
                  <Word token={pair.candidate} />
                </Table.Td>
                <Table.Td>{getMatchKindLabel(pair.kind)}</Table.Td>
                <Table.Td ff="monospace">{formatScore(pair.similarity)}</Table.Td>
                <Table.Td ff="monospace" title="How telling the pair is: common words weigh less">
                  {formatScore(pair.weight)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <WordList label="Only in the searched name" tokens={names.unmatchedQuery} />
      <WordList label="Only in the listed name" tokens={names.unmatchedCandidate} />
      {names.adjustments.length > 0 && (
        <>
          <Title order={5}>Adjustments to the name score</Title>
          <Table withTableBorder aria-label="Adjustments">
            <Table.Tbody>
              {names.adjustments.map((adjustment) => (
                <Table.Tr key={adjustment.reason}>
                  <Table.Td>{adjustment.reason}</Table.Td>
                  <Table.Td ff="monospace" w={100}>
                    ×{adjustment.factor}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Title order={5}>Other facts</Title>
      {features.length === 0 ? (
        <Text size="sm" c="dimmed">
          No date of birth, country, identifier or gender to compare: the score is the name score.
        </Text>
      ) : (
        <Table withTableBorder aria-label="Feature effects">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fact</Table.Th>
              <Table.Th>Effect</Table.Th>
              <Table.Th>Detail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {features.map((feature) => (
              <Table.Tr key={`${feature.feature}\u0000${feature.detail}`}>
                <Table.Td>{featureLabels[feature.feature] ?? feature.feature}</Table.Td>
                <Table.Td
                  ff="monospace"
                  c={feature.delta < 0 ? 'green' : feature.delta > 0 ? 'red' : undefined}
                >
                  {formatDelta(feature.delta)}
                </Table.Td>
                <Table.Td>{feature.detail}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
