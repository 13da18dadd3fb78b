import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={2}>Page not found</Title>
      <Text>This address does not match any page of Tradeguard.</Text>
      <Button component={Link} to="/suppliers" variant="light">
        Go to suppliers
      </Button>
    </Stack>
  );
}
