import { Alert, Button, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getSupplierImport, type ImportStatus } from '../api/supplier-imports.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { formatCount } from '../common/format.ts';
import { suppliersQueryKey } from '../suppliers/supplier-queries.ts';

const pollIntervalMs = 300;

function isFinished(status: ImportStatus | undefined): boolean {
  return status?.status === 'completed' || status?.status === 'failed';
}

export function ProgressStep({ started, onRestart }: { started: ImportStatus; onRestart: () => void }) {
  const queryClient = useQueryClient();
  const poll = useQuery({
    queryKey: ['supplier-imports', started.id],
    queryFn: () => getSupplierImport(started.id),
    initialData: started,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : pollIntervalMs),
  });
  const status = poll.data;
  const { processed, total } = status.progress;
  const percent = total > 0 ? Math.min(100, (processed / total) * 100) : 0;

  useEffect(() => {
    if (status.status === 'completed') void queryClient.invalidateQueries({ queryKey: suppliersQueryKey });
  }, [status.status, queryClient]);

  return (
    <Stack>
      <Group gap="xs">
        {!isFinished(status) && <Loader size="xs" />}
        <Text>
          {formatCount(processed)} / {formatCount(total)} rows processed
        </Text>
      </Group>
      <Progress
        value={status.status === 'completed' ? 100 : percent}
        animated={!isFinished(status)}
        color={status.status === 'failed' ? 'red' : undefined}
        size="lg"
        aria-label="Import progress"
      />
      {poll.isError && <ErrorAlert error={poll.error} title="The progress could not be read" />}
      {status.status === 'completed' && (
        <Alert
          color="green"
          icon={<IconCircleCheck size={18} />}
          title={`Imported ${formatCount(status.created ?? 0)} suppliers`}
        >
          {status.skipped ? `Skipped ${formatCount(status.skipped)} invalid rows.` : 'No rows were skipped.'}
        </Alert>
      )}
      {status.status === 'failed' && (
        <ErrorAlert
          title="The import failed; nothing was written"
          error={new Error(status.error?.message ?? 'The server gave no reason.')}
        />
      )}
      {isFinished(status) && (
        <Group>
          <Button component={Link} to="/suppliers">
            Back to suppliers
          </Button>
          <Button variant="default" onClick={onRestart}>
            Import another file
          </Button>
        </Group>
      )}
    </Stack>
  );
}
