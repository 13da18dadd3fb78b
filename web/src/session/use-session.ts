import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Credentials,
  findSession,
  hasPermission,
  type Permission,
  type SessionUser,
  signIn,
  signOut,
} from '../api/auth.api.ts';
import { sessionQueryKey } from '../common/query-client.ts';

/** The session bootstrap: GET /api/auth/me once, then kept until sign-in, sign-out or a 401. */
export function useSessionQuery() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: findSession, staleTime: Number.POSITIVE_INFINITY });
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useCurrentUser(): SessionUser {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useCurrentUser is used outside a signed-in session');
  return data.user;
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useCurrentUser(), permission);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => signIn(credentials),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
