import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListQuery } from '../api/list.types.ts';
import {
  getEntityChange,
  getListsOverview,
  getListVersion,
  listListVersions,
  listVersionChanges,
} from '../api/list-versions.api.ts';
import {
  decideScreeningMatch,
  getScreeningMatch,
  getSupplierScreening,
  listScreeningMatches,
  screenSupplierAgain,
} from '../api/screening.api.ts';
import type {
  ChangeKind,
  DecisionInput,
  ListSource,
  MatchFilters,
  PartyScreening,
} from '../api/screening.types.ts';
import { suppliersQueryKey } from '../suppliers/supplier-queries.ts';

export const screeningQueryKey = ['screening'] as const;
const matchesKey = [...screeningQueryKey, 'matches'] as const;
const listsKey = [...screeningQueryKey, 'lists'] as const;

export function useScreeningMatches(query: MatchFilters & ListQuery) {
  return useQuery({
    queryKey: [...matchesKey, 'list', query],
    queryFn: () => listScreeningMatches(query),
    placeholderData: keepPreviousData,
    // Screenings run in the background (new suppliers, list updates): the queue keeps itself current.
    refetchInterval: 15_000,
  });
}

export function useScreeningMatch(id: string) {
  return useQuery({ queryKey: [...matchesKey, 'detail', id], queryFn: () => getScreeningMatch(id) });
}

/** A decision changes the queue, the item, and — for a true match — the supplier's status. */
export function useDecideMatch(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => decideScreeningMatch(id, input),
    onSuccess: async (item) => {
      queryClient.setQueryData([...matchesKey, 'detail', id], item);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: screeningQueryKey }),
        queryClient.invalidateQueries({ queryKey: suppliersQueryKey }),
      ]);
    },
  });
}

/** `poll` says, from the latest answer, whether a screening is still expected: then it asks again soon. */
export function useSupplierScreening(
  supplierId: string,
  poll: (data: PartyScreening | undefined) => boolean,
) {
  return useQuery({
    queryKey: [...screeningQueryKey, 'supplier', supplierId],
    queryFn: () => getSupplierScreening(supplierId),
    refetchInterval: (query) => (poll(query.state.data) ? 1000 : false),
  });
}

export function useScreenSupplierAgain(supplierId: string) {
  return useMutation({ mutationFn: () => screenSupplierAgain(supplierId) });
}

export function useListsOverview() {
  return useQuery({ queryKey: [...listsKey, 'overview'], queryFn: getListsOverview });
}

export function useListVersions(query: { source?: ListSource } & ListQuery) {
  return useQuery({
    queryKey: [...listsKey, 'versions', query],
    queryFn: () => listListVersions(query),
    placeholderData: keepPreviousData,
  });
}

export function useListVersion(versionId: string) {
  return useQuery({
    queryKey: [...listsKey, 'version', versionId],
    queryFn: () => getListVersion(versionId),
  });
}

export function useVersionChanges(versionId: string, query: { change?: ChangeKind } & ListQuery) {
  return useQuery({
    queryKey: [...listsKey, 'changes', versionId, query],
    queryFn: () => listVersionChanges(versionId, query),
    placeholderData: keepPreviousData,
  });
}

export function useEntityChange(versionId: string, entityId: string | null) {
  return useQuery({
    queryKey: [...listsKey, 'entity', versionId, entityId],
    queryFn: () => getEntityChange(versionId, entityId ?? ''),
    enabled: entityId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
