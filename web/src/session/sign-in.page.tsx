import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { describeError } from '../common/error-alert.tsx';
import { useSignIn } from './use-session.ts';

function describeSignInError(error: unknown): string {
  if (isApiError(error, 'rate_limited')) {
    const wait = error.retryAfterSeconds
      ? ` Try again in ${Math.ceil(error.retryAfterSeconds / 60)} min.`
      : '';
    return error.message || `Too many failed sign-in attempts; sign-in is paused for this account.${wait}`;
  }
  if (isApiError(error, 'invalid_credentials'))
    return error.message || 'The e-mail or the password is wrong.';
  return describeError(error);
}

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Stack gap={4} align="center">
              <IconShieldCheck size={36} color="var(--mantine-color-blue-6)" aria-hidden />
              <Title order={1} size="h2">
                Tradeguard
              </Title>
              <Text c="dimmed" size="sm">
                Sign in to your organisation
              </Text>
            </Stack>
            {signIn.isError && (
              <Alert
                color={isApiError(signIn.error, 'rate_limited') ? 'orange' : 'red'}
                icon={<IconAlertTriangle size={18} />}
                role="alert"
              >
                {describeSignInError(signIn.error)}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            {/* A plain password input: PasswordInput's "Toggle password visibility" button would also answer to the label "Password". */}
            <TextInput
              type="password"
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button
              type="submit"
              loading={signIn.isPending}
              disabled={email.trim() === '' || password === ''}
            >
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
