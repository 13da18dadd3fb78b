import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ScreeningMatch } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { EntityFieldsView } from '../entity-fields-view.tsx';
import { getListLabel } from '../list-sources.ts';
import { listVersionPath } from '../lists/list-paths.ts';
import { useEntityChange } from '../screening-queries.ts';

/** The list's side of a review item: the entity as the list version that produced the item holds it. */
export function ListedEntityPanel({ item }: { item: ScreeningMatch }) {
  const change = useEntityChange(item.listVersionId, item.entityId);
  const entity = change.data ? (change.data.after ?? change.data.before) : null;
  return (
    <Paper withBorder p="md" component="section" aria-label="Listed entity">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={4}>Listed entity</Title>
          <Badge color="indigo" variant="light" tt="none">
            {getListLabel(item.source)}
          </Badge>
        </Group>
        <Text fw={500}>{item.entityCaption}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.entityId} ·{' '}
          <Anchor component={Link} to={listVersionPath(item.source, item.listVersionId)} size="xs">
            list version
          </Anchor>
        </Text>
        {change.isPending && <Loader size="sm" aria-label="Loading listed entity" />}
        {change.isError && <ErrorAlert error={change.error} title="The listed entity could not be loaded" />}
        {entity && <EntityFieldsView entity={entity} />}
      </Stack>
    </Paper>
  );
}
