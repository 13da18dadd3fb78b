import { Badge, CloseButton, Group, LoadingOverlay, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { ListPagination } from '../../common/list-pagination.tsx';
import { listSourceOptions } from '../list-sources.ts';
import { matchStatusOptions } from '../match-status.ts';
import { useScreeningMatches } from '../screening-queries.ts';
import { ReviewTable } from './review-table.tsx';
import { useReviewParams } from './use-review-params.ts';

/** Potential matches of the organisation's parties: open items first, then the best scores. */
export function ReviewQueuePage() {
  const { params, update } = useReviewParams();
  const matches = useScreeningMatches({
    status: params.status,
    source: params.source,
    partyId: params.partyId,
    page: params.page,
    pageSize: params.pageSize,
  });

  return (
    <Stack>
      <Title order={2}>Review queue</Title>
      <Text size="sm" c="dimmed">
        Potential matches found when suppliers are created, edited or imported, and when a list changes. Open
        items come first; a true match suspends the supplier.
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Status"
          placeholder="All statuses"
          data={matchStatusOptions}
          value={params.status ?? null}
          onChange={(value) => update({ status: value ?? undefined })}
          clearable
          w={180}
        />
        <Select
          label="List"
          placeholder="All lists"
          data={listSourceOptions}
          value={params.source ?? null}
          onChange={(value) => update({ source: value ?? undefined })}
          clearable
          w={260}
        />
        {params.partyId && (
          <Badge
            size="lg"
            variant="light"
            tt="none"
            rightSection={
              <CloseButton
                size="xs"
                aria-label="Show every party"
                onClick={() => update({ partyId: undefined })}
              />
            }
          >
            One party only
          </Badge>
        )}
      </Group>
      {matches.isError && <ErrorAlert error={matches.error} title="The review queue could not be loaded" />}
      <Paper withBorder pos="relative" radius="sm" mih={120}>
        <LoadingOverlay visible={matches.isPending} />
        <ReviewTable items={matches.data?.items} />
      </Paper>
      {matches.data && (
        <ListPagination
          page={params.page}
          pageSize={params.pageSize}
          total={matches.data.total}
          onPageChange={(page) => update({ page })}
          onPageSizeChange={(pageSize) => update({ pageSize })}
        />
      )}
    </Stack>
  );
}
