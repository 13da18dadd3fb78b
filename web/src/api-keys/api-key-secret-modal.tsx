import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedApiKey } from '../api/api-keys.api.ts';

interface ApiKeySecretModalProps {
  created: CreatedApiKey | null;
  onClose: () => void;
}

/** The one and only time the secret is visible: the server keeps a hash. */
export function ApiKeySecretModal({ created, onClose }: ApiKeySecretModalProps) {
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={created ? `API key “${created.apiKey.name}” created` : 'API key created'}
      closeOnClickOutside={false}
      size="lg"
    >
      {created && (
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Copy the secret now">
            This secret will not be shown again. Store it in your integration's secret store; if it is lost,
            revoke the key and create a new one.
          </Alert>
          <Text size="sm" fw={500} id="api-key-secret-label">
            Secret
          </Text>
          <Code block aria-labelledby="api-key-secret-label" style={{ wordBreak: 'break-all' }}>
            {created.secret}
          </Code>
          <Text size="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer &lt;secret&gt;</Code>.
          </Text>
          <Group justify="space-between">
            <CopyButton value={created.secret} timeout={2000}>
              {({ copied, copy }) => (
                <Button
                  color={copied ? 'green' : 'blue'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy secret'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              I have stored it
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
