import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { getValidationIssues, isApiError } from '../api/api-error.ts';
import type { Role } from '../api/auth.api.ts';
import { createUser, type NewUser } from '../api/users.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { isRole, roleOptions } from '../common/roles.ts';
import { SupplierPicker } from './supplier-picker.tsx';
import { usersQueryKey } from './user-queries.ts';

const minPasswordLength = 12;

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
}

function CreateUserForm({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('procurement');
  const [password, setPassword] = useState('');
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const create = useMutation({
    mutationFn: (input: NewUser) => createUser(input),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      notifications.show({ color: 'green', message: `User ${user.email} created` });
      onClose();
    },
  });

  const serverErrors: Record<string, string> = {};
  for (const issue of getValidationIssues(create.error)) {
    const key = String(issue.path[0] ?? '');
    serverErrors[key] = issue.message;
  }
  const localErrors: Record<string, string | undefined> = {
    email: email.trim() === '' ? 'Enter the e-mail address' : undefined,
    name: name.trim() === '' ? 'Enter the name' : undefined,
    password: password.length < minPasswordLength ? `At least ${minPasswordLength} characters` : undefined,
    supplierId: role === 'supplier' && !supplierId ? 'Choose the supplier' : undefined,
  };
  const errorFor = (field: string) => (touched ? localErrors[field] : undefined) ?? serverErrors[field];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (Object.values(localErrors).some(Boolean)) return;
    create.mutate({
      email: email.trim(),
      name: name.trim(),
      role,
      password,
      ...(role === 'supplier' && supplierId ? { supplierId } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {create.isError && !isApiError(create.error, 'validation_failed') && (
          <ErrorAlert error={create.error} title="The user was not created" />
        )}
        <TextInput
          label="Email"
          type="email"
          required
          value={email}
          error={errorFor('email')}
          onChange={(event) => setEmail(event.currentTarget.value)}
          data-autofocus
        />
        <TextInput
          label="Name"
          required
          value={name}
          error={errorFor('name')}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Select
          label="Role"
          required
          data={roleOptions}
          value={role}
          allowDeselect={false}
          onChange={(value) => isRole(value) && setRole(value)}
          error={errorFor('role')}
        />
        {role === 'supplier' && (
          <SupplierPicker value={supplierId} onChange={setSupplierId} error={errorFor('supplierId')} />
        )}
        <PasswordInput
          label="Initial password"
          description={`At least ${minPasswordLength} characters; share it with the person securely.`}
          required
          autoComplete="new-password"
          value={password}
          error={errorFor('password')}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateUserModal({ opened, onClose }: CreateUserModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New user" size="md">
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened && <CreateUserForm onClose={onClose} />}
    </Modal>
  );
}
