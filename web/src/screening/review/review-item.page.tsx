import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { ScreeningMatch } from '../../api/screening.types.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { formatDateTime } from '../../common/format.ts';
import { useCan } from '../../session/use-session.ts';
import { ExplanationView } from '../explanation-view.tsx';
import { isClosedByScreening } from '../match-status.ts';
import { MatchStatusBadge } from '../match-status-badge.tsx';
import { ScoreBar } from '../score-bar.tsx';
import { useScreeningMatch } from '../screening-queries.ts';
import { DecisionForm } from './decision-form.tsx';
import { DecisionHistory } from './decision-history.tsx';
import { ListedEntityPanel } from './listed-entity-panel.tsx';
import { PartyPanel } from './party-panel.tsx';

function ReviewItem({ item }: { item: ScreeningMatch }) {
  const canReview = useCan('screening:review');
  return (
    <Stack>
      <Stack gap={4}>
        <Anchor component={Link} to="/screening/review" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> Review queue
          </Group>
        </Anchor>
        <Group gap="sm" wrap="wrap">
          <Title order={2}>
            {item.partyLabel} ↔ {item.entityCaption}
          </Title>
          <MatchStatusBadge status={item.status} />
        </Group>
        <Group gap="lg" wrap="wrap">
          <ScoreBar score={item.score} />
          <Text size="sm" c="dimmed">
            Found {formatDateTime(item.createdAt)} · updated {formatDateTime(item.updatedAt)}
          </Text>
        </Group>
      </Stack>
      <DecisionHistory item={item} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <PartyPanel item={item} />
        <ListedEntityPanel item={item} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Why they were matched
        </Title>
        {item.explanation ? (
          <ExplanationView explanation={item.explanation} score={item.score} />
        ) : (
          <Text c="dimmed">No explanation was recorded.</Text>
        )}
      </Paper>
      {!isClosedByScreening(item.status) &&
        (canReview ? (
          <DecisionForm item={item} />
        ) : (
          <Alert color="gray">Your role may read the queue; a reviewer decides.</Alert>
        ))}
    </Stack>
  );
}

export function ReviewItemPage() {
  const { id = '' } = useParams();
  const item = useScreeningMatch(id);
  if (item.isPending) return <Loader aria-label="Loading review item" />;
  if (item.isError) return <ErrorAlert error={item.error} title="The review item could not be loaded" />;
  return <ReviewItem item={item.data} />;
}
