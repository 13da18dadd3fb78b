import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { getValidationIssues } from '../api/api-error.ts';
import { type CreatedApiKey, createApiKey, type NewApiKey } from '../api/api-keys.api.ts';
import type { Role } from '../api/auth.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { isRole, roleOptions } from '../common/roles.ts';
import { apiKeysQueryKey } from './api-key-queries.ts';

interface CreateApiKeyModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
}

function CreateApiKeyForm({ onClose, onCreated }: Omit<CreateApiKeyModalProps, 'opened'>) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('procurement');
  const [touched, setTouched] = useState(false);
  const create = useMutation({
    mutationFn: (input: NewApiKey) => createApiKey(input),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey });
      onCreated(created);
    },
  });
  const nameIssue = getValidationIssues(create.error).find((issue) => issue.path[0] === 'name');
  const nameError =
    touched && name.trim() === '' ? 'Name the key after the integration that uses it' : nameIssue?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (name.trim() !== '') create.mutate({ name: name.trim(), role });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {create.isError && !nameIssue && <ErrorAlert error={create.error} title="The key was not created" />}
        <TextInput
          label="Name"
          description="Which integration uses this key, e.g. “ERP nightly sync”"
          required
          value={name}
          error={nameError}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <Select
          label="Role"
          description="The key acts with the permissions of this role"
          required
          data={roleOptions}
          value={role}
          allowDeselect={false}
          onChange={(value) => isRole(value) && setRole(value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create key
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateApiKeyModal({ opened, onClose, onCreated }: CreateApiKeyModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New API key">
      {opened && <CreateApiKeyForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}
