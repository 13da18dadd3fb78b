import type { MantineColor } from '@mantine/core';
import { type MatchStatus, matchStatuses } from '../api/screening.types.ts';

export const matchStatusLabels: Record<MatchStatus, string> = {
  open: 'Open',
  true_match: 'True match',
  false_positive: 'False positive',
  delisted: 'Delisted',
  cleared: 'Cleared',
};

export const matchStatusColors: Record<MatchStatus, MantineColor> = {
  open: 'blue',
  true_match: 'red',
  false_positive: 'green',
  delisted: 'gray',
  cleared: 'gray',
};

export const matchStatusOptions = matchStatuses.map((status) => ({
  value: status,
  label: matchStatusLabels[status],
}));

export function isMatchStatus(value: string | null | undefined): value is MatchStatus {
  return matchStatuses.some((status) => status === value);
}

/** Delisted and cleared items no longer need a decision: the screening closed them and says why. */
export function isClosedByScreening(status: MatchStatus): boolean {
  return status === 'delisted' || status === 'cleared';
}
