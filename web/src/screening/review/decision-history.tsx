import { Alert, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ScreeningMatch } from '../../api/screening.types.ts';
import { formatDateTime } from '../../common/format.ts';
import { isClosedByScreening, matchStatusLabels } from '../match-status.ts';

function decidedLine(by: string | null, at: string | null): string {
  return [by ? `by ${by}` : null, at ? `on ${formatDateTime(at)}` : null].filter(Boolean).join(' ');
}

/** What happened to the item so far: the decision in force, the one before a reopening, the screening's note. */
export function DecisionHistory({ item }: { item: ScreeningMatch }) {
  const decided = item.status === 'true_match' || item.status === 'false_positive';
  const previous = item.previousDecision;
  return (
    <Stack gap="sm">
      {isClosedByScreening(item.status) && (
        <Alert
          color="gray"
          icon={<IconInfoCircle size={18} />}
          title={`${matchStatusLabels[item.status]} by the screening: no decision is needed`}
        >
          <Text size="sm">{item.note ?? 'The screening closed this item.'}</Text>
        </Alert>
      )}
      {decided && (
        <Alert
          color={item.status === 'true_match' ? 'red' : 'green'}
          icon={<IconCircleCheck size={18} />}
          title={`Decided: ${matchStatusLabels[item.status].toLowerCase()} ${decidedLine(item.decidedBy, item.decidedAt)}`}
        >
          <Text size="sm">{item.reason}</Text>
        </Alert>
      )}
      {previous && (
        <Alert color="orange" icon={<IconArrowBackUp size={18} />} title="Reopened">
          {item.note && !isClosedByScreening(item.status) && <Text size="sm">{item.note}.</Text>}
          <Text size="sm" mt={4}>
            Earlier decision: <strong>{matchStatusLabels[previous.status].toLowerCase()}</strong>{' '}
            {decidedLine(previous.decidedBy, previous.decidedAt)}
            {previous.reason ? ` — “${previous.reason}”` : ''}
          </Text>
        </Alert>
      )}
      {!previous && item.note && !isClosedByScreening(item.status) && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">{item.note}</Text>
        </Alert>
      )}
    </Stack>
  );
}
