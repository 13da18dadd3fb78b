import { Loader, Modal, Stack, Text } from '@mantine/core';
import type { VersionChange } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { EntityComparisonView } from '../entity-fields-view.tsx';
import { useEntityChange } from '../screening-queries.ts';

interface EntityChangeModalProps {
  versionId: string;
  change: VersionChange | null;
  onClose: () => void;
}

const titles: Record<VersionChange['change'], string> = {
  added: 'Added in this version',
  changed: 'Changed in this version',
  removed: 'Removed in this version',
};

/** One entity as the version before held it and as this version holds it. */
export function EntityChangeModal({ versionId, change, onClose }: EntityChangeModalProps) {
  const entity = useEntityChange(versionId, change?.entityId ?? null);
  return (
    <Modal opened={change !== null} onClose={onClose} size="xl" title={change?.caption ?? ''}>
      {change && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {titles[change.change]} ·{' '}
            <Text span ff="monospace">
              {change.entityId}
            </Text>
          </Text>
          {entity.isPending && <Loader size="sm" aria-label="Loading entity" />}
          {entity.isError && <ErrorAlert error={entity.error} title="The entity could not be loaded" />}
          {entity.data && <EntityComparisonView before={entity.data.before} after={entity.data.after} />}
        </Stack>
      )}
    </Modal>
  );
}
