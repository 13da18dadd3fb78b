import { Badge } from '@mantine/core';
import type { MatchStatus } from '../api/screening.types.ts';
import { matchStatusColors, matchStatusLabels } from './match-status.ts';

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  return (
    <Badge color={matchStatusColors[status] ?? 'gray'} variant="light">
      {matchStatusLabels[status] ?? status}
    </Badge>
  );
}
