import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';

export const sessionQueryKey = ['session'] as const;

/** One client for the app; a 401 on any call means the session ended, so the sign-in page comes back. */
export function createQueryClient(): QueryClient {
  const endSessionOn401 = (error: unknown) => {
    if (isApiError(error, 'unauthenticated')) client.setQueryData(sessionQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== sessionQueryKey[0]) endSessionOn401(error);
      },
    }),
    mutationCache: new MutationCache({ onError: endSessionOn401 }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        // Retry only what may pass next time: network failures and server errors, twice.
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      },
    },
  });
  return client;
}
