import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createSubscription,
  deleteSubscription,
  listCategories,
  listChanges,
  listMarkets,
  listNotices,
  listRules,
  listSubscriptions,
  markNoticeRead,
} from '../api/regulations.api.ts';

const key = ['regulations'] as const;

export function useMarkets(date?: string) {
  return useQuery({
    queryKey: [...key, 'markets', date],
    queryFn: () => listMarkets(date),
    staleTime: 5 * 60_000,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: [...key, 'categories'],
    queryFn: listCategories,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRules(query: {
  market?: string;
  topic?: string;
  category?: string;
  date?: string;
  q?: string;
}) {
  return useQuery({ queryKey: [...key, 'rules', query], queryFn: () => listRules(query) });
}

export function useChanges(query: { market?: string; topic?: string; category?: string; days?: number }) {
  return useQuery({ queryKey: [...key, 'changes', query], queryFn: () => listChanges(query) });
}

export function useSubscriptions() {
  return useQuery({ queryKey: [...key, 'subscriptions'], queryFn: listSubscriptions });
}

export function useNotices(mine: boolean) {
  return useQuery({
    queryKey: [...key, 'notices', mine],
    queryFn: () => listNotices(mine),
    refetchInterval: 60_000,
  });
}

export function useRegulationMutations() {
  const client = useQueryClient();
  const invalidate = () => client.invalidateQueries({ queryKey: key });
  return {
    subscribe: useMutation({ mutationFn: createSubscription, onSuccess: invalidate }),
    unsubscribe: useMutation({ mutationFn: deleteSubscription, onSuccess: invalidate }),
    read: useMutation({ mutationFn: markNoticeRead, onSuccess: invalidate }),
  };
}
