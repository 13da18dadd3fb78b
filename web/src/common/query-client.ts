import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';

export const sessionQueryKey = ['session'] as const;

/** One client for the app; a 401 on any query means the session ended, so the sign-in page comes back. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 'unauthenticated') && query.queryKey[0] !== sessionQueryKey[0]) {
          client.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isApiError(error) || (error.status >= 500 && failureCount < 2),
      },
    },
  });
  return client;
}
