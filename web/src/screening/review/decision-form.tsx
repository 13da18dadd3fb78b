import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Decision, ScreeningMatch } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { useDecideMatch } from '../screening-queries.ts';

const MIN_REASON = 3;

/**
 * A reviewer's decision with its reason. A true match suspends the supplier, so it is confirmed first, in words
 * that say so.
 */
export function DecisionForm({ item }: { item: ScreeningMatch }) {
  const decided = item.status === 'true_match' || item.status === 'false_positive';
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const decide = useDecideMatch(item.id);

  const send = (chosen: Decision) =>
    decide.mutate(
      { decision: chosen, reason: reason.trim() },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setReason('');
          setDecision(null);
          notifications.show({
            color: result.partySuspended ? 'orange' : 'green',
            message: result.partySuspended
              ? `True match recorded: ${item.partyLabel} is suspended`
              : `Decision recorded: ${chosen === 'true_match' ? 'true match' : 'false positive'}`,
          });
        },
        onError: () => setConfirming(false),
      },
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!decision) found.decision = 'Choose a decision';
    if (reason.trim().length < MIN_REASON) found.reason = 'Say why, in a few words';
    setErrors(found);
    if (!decision || Object.keys(found).length > 0) return;
    if (decision === 'true_match' && item.status !== 'true_match') setConfirming(true);
    else send(decision);
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="Decision">
        <Stack gap="sm">
          <Title order={4}>{decided ? 'Change the decision' : 'Decision'}</Title>
          <Radio.Group
            label="Is the party the listed entity?"
            value={decision}
            onChange={(value) => setDecision(value === 'true_match' ? 'true_match' : 'false_positive')}
            error={errors.decision}
            required
          >
            <Group mt="xs">
              <Radio value="true_match" label="True match — suspend the supplier" />
              <Radio value="false_positive" label="False positive — not the same" />
            </Group>
          </Radio.Group>
          <Textarea
            label="Reason"
            description="Kept with the decision and in the audit log"
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {decide.isError && <ErrorAlert error={decide.error} title="The decision was not recorded" />}
          <Group>
            <Button type="submit" loading={decide.isPending && !confirming}>
              Record decision
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Confirm a true match?">
        <Stack>
          <Text>
            <strong>{item.partyLabel}</strong> will be recorded as the listed entity{' '}
            <strong>{item.entityCaption}</strong>, and the supplier will be <strong>suspended</strong>, with
            this reason on its record:
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {reason.trim()}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="red" loading={decide.isPending} onClick={() => send('true_match')}>
              Confirm and suspend
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
