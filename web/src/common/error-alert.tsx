import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError } from '../api/api-error.ts';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
}

export function describeError(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function ErrorAlert({ error, title = 'Something went wrong' }: ErrorAlertProps) {
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle size={18} />} role="alert">
      <Text size="sm">{describeError(error)}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          Request id: {requestId}
        </Text>
      )}
    </Alert>
  );
}
