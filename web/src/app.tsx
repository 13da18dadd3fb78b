import { Button, Center, Loader, Stack } from '@mantine/core';
import { AppRoutes } from './app-routes.tsx';
import { ErrorAlert } from './common/error-alert.tsx';
import { SignInPage } from './session/sign-in.page.tsx';
import { useSessionQuery } from './session/use-session.ts';

/** Bootstraps the session with /api/auth/me: signed out → sign-in page at the same address. */
export function App() {
  const session = useSessionQuery();
  if (session.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <ErrorAlert error={session.error} title="Tradeguard could not reach its server" />
          <Button onClick={() => void session.refetch()} loading={session.isFetching}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  return session.data ? <AppRoutes /> : <SignInPage />;
}
