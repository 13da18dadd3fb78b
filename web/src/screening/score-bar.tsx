import { Badge, Group, Progress, Text } from '@mantine/core';

interface ScoreBarProps {
  score: number;
  /** The threshold the score was judged against, when known: marks a match or a near miss. */
  match?: boolean;
  w?: number | string;
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

function scoreColor(score: number, match: boolean | undefined): string {
  if (match === false) return 'yellow';
  if (score >= 0.95) return 'red';
  if (score >= 0.8) return 'orange';
  return 'yellow';
}

/** A score from 0 to 1 as a bar with its value, and a badge for a match or a near miss when judged. */
export function ScoreBar({ score, match, w = 180 }: ScoreBarProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={Math.round(score * 100)}
        color={scoreColor(score, match)}
        w={w}
        size="lg"
        aria-label={`Score ${formatScore(score)}`}
      />
      <Text size="sm" fw={600} ff="monospace">
        {formatScore(score)}
      </Text>
      {match === true && (
        <Badge color="red" variant="filled" size="sm">
          Match
        </Badge>
      )}
      {match === false && (
        <Badge color="yellow" variant="light" size="sm">
          Near miss
        </Badge>
      )}
    </Group>
  );
}
