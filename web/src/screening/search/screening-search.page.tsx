import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { matchEntities } from '../../api/screening.api.ts';
import { ErrorAlert } from '../../common/error-alert.tsx';
import { getListLabel } from '../list-sources.ts';
import { useListsOverview } from '../screening-queries.ts';
import { SearchForm } from './search-form.tsx';
import { emptySearch, type SearchFormValues, toMatchRequest } from './search-form-values.ts';
import { SearchResults } from './search-results.tsx';

const RESULT_LIMIT = 20;

/** Ad-hoc screening: one name (and what else is known) against every list in force, with the why of each score. */
export function ScreeningSearchPage() {
  const lists = useListsOverview();
  const search = useMutation({
    mutationFn: (values: SearchFormValues) => matchEntities(toMatchRequest(values, RESULT_LIMIT)),
  });
  const results = search.data?.responses.search?.results;
  const inForce = lists.data?.lists ?? [];

  return (
    <Stack>
      <Title order={2}>Screening search</Title>
      {lists.data && inForce.length === 0 && (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title="No list is in force">
          Nothing can be found until a sanctions list is imported (<code>tradeguard lists update</code> or{' '}
          <code>tradeguard lists import FILE</code>).
        </Alert>
      )}
      {inForce.length > 0 && (
        <Text size="sm" c="dimmed">
          Searches {inForce.map((list) => getListLabel(list.source)).join(', ')} (
          <Anchor component={Link} to="/screening/lists" size="sm">
            versions in force
          </Anchor>
          ).
        </Text>
      )}
      <SearchForm
        initialValues={emptySearch}
        searching={search.isPending}
        onSearch={(v) => search.mutate(v)}
      />
      {search.isError && <ErrorAlert error={search.error} title="The search failed" />}
      {results && search.data && <SearchResults results={results} threshold={search.data.threshold} />}
    </Stack>
  );
}
