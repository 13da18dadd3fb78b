import { Button, Group, Text } from '@mantine/core';
import { IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { verifyAuditChain } from '../api/audit.api.ts';
import { describeError } from '../common/error-alert.tsx';
import { formatCount } from '../common/format.ts';

/** Recomputes the hash chain on the server and reports the first broken link, if any. */
export function VerifyChain() {
  const verify = useMutation({ mutationFn: verifyAuditChain });
  const result = verify.data;

  return (
    <Group gap="sm">
      <Button
        variant="default"
        leftSection={<IconShieldCheck size={16} />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
      >
        Verify chain
      </Button>
      <div role="status" aria-live="polite">
        {result?.ok && (
          <Group gap={4} c="green">
            <IconLink size={16} aria-hidden />
            <Text c="green" fw={500}>
              OK — {formatCount(result.checked)} entries checked, the chain is intact
            </Text>
          </Group>
        )}
        {result && !result.ok && (
          <Group gap={4} c="red">
            <IconLinkOff size={16} aria-hidden />
            <Text c="red" fw={500}>
              {result.firstBroken
                ? `Broken at seq ${result.firstBroken.seq}: ${result.firstBroken.reason}`
                : 'The chain is broken'}{' '}
              ({formatCount(result.checked)} entries checked)
            </Text>
          </Group>
        )}
        {verify.isError && <Text c="red">{describeError(verify.error)}</Text>}
      </div>
    </Group>
  );
}
