import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiKey, revokeApiKey } from '../api/api-keys.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { apiKeysQueryKey } from './api-key-queries.ts';

interface RevokeApiKeyModalProps {
  apiKey: ApiKey | null;
  onClose: () => void;
}

export function RevokeApiKeyModal({ apiKey, onClose }: RevokeApiKeyModalProps) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: async (_, key) => {
      await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey });
      notifications.show({ color: 'green', message: `API key “${key.name}” revoked` });
      onClose();
    },
  });
  const close = () => {
    revoke.reset();
    onClose();
  };

  return (
    <Modal opened={apiKey !== null} onClose={close} title="Revoke API key?">
      {apiKey && (
        <Stack>
          <Text>
            Integrations using <strong>{apiKey.name}</strong> ({apiKey.prefix}…) will be refused from now on.
            This cannot be undone.
          </Text>
          {revoke.isError && <ErrorAlert error={revoke.error} title="The key was not revoked" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep the key
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(apiKey)}>
              Revoke key
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
