import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

export function Forbidden() {
  return (
    <Alert color="yellow" title="No access" icon={<IconLock size={18} />}>
      Your role does not allow this page. Ask an administrator if you need it.
    </Alert>
  );
}
