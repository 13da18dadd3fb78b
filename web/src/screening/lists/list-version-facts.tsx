import { Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { ListFile, ListVersion } from '../../api/screening.types.ts';
import { formatCount } from '../../common/format.ts';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "+12 ~3 −1": what a version added, changed and removed compared with the one before it. */
export function ChangeCounts({ version }: { version: ListVersion }) {
  return (
    <Group gap="xs" wrap="nowrap" aria-label="Differences">
      <Text size="sm" c="green" title="added">
        +{formatCount(version.added)}
      </Text>
      <Text size="sm" c="orange" title="changed">
        ~{formatCount(version.changed)}
      </Text>
      <Text size="sm" c="red" title="removed">
        −{formatCount(version.removed)}
      </Text>
    </Group>
  );
}

/** The files a version was read from, each with its size and SHA-256 sum (to check against the publisher). */
export function VersionFiles({ files }: { files: ListFile[] }) {
  return (
    <Stack gap={4}>
      {files.map((file) => (
        <Stack key={file.name} gap={0}>
          <Text size="sm">
            {file.name}{' '}
            <Text span size="xs" c="dimmed">
              ({formatBytes(file.bytes)})
            </Text>
          </Text>
          <Tooltip label={file.sha256} openDelay={300}>
            <Code fz="xs" style={{ wordBreak: 'break-all' }}>
              sha256 {file.sha256}
            </Code>
          </Tooltip>
        </Stack>
      ))}
    </Stack>
  );
}
