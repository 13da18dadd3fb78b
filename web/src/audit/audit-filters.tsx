import { Autocomplete, Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { type AuditFilterKey, type AuditParams, auditFilterKeys } from './use-audit-params.ts';

interface AuditFiltersProps {
  filters: AuditParams['filters'];
  onApply: (filters: Partial<Record<AuditFilterKey, string | undefined>>) => void;
}

const entityTypeSuggestions = ['supplier', 'user', 'api_key', 'organization'];
const actionSuggestions = [
  'supplier.created',
  'supplier.updated',
  'supplier.imported',
  'user.created',
  'user.updated',
  'api_key.created',
  'api_key.revoked',
  'organization.created',
];

const emptyFilters: Record<AuditFilterKey, string> = {
  entityType: '',
  entityId: '',
  action: '',
  actorId: '',
  from: '',
  to: '',
};

/** Typed values apply on "Apply filters" (or Enter), not on each keystroke: ids are long. */
export function AuditFilters({ filters, onApply }: AuditFiltersProps) {
  const [draft, setDraft] = useState<Record<AuditFilterKey, string>>({ ...emptyFilters, ...filters });
  useEffect(() => setDraft({ ...emptyFilters, ...filters }), [filters]);
  const set = (key: AuditFilterKey, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes: Partial<Record<AuditFilterKey, string | undefined>> = {};
    for (const key of auditFilterKeys) changes[key] = draft[key].trim() || undefined;
    onApply(changes);
  };
  const clear = () => onApply(Object.fromEntries(auditFilterKeys.map((key) => [key, undefined])));

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <Autocomplete
          label="Entity type"
          data={entityTypeSuggestions}
          value={draft.entityType}
          onChange={(value) => set('entityType', value)}
          w={170}
        />
        <TextInput
          label="Entity id"
          value={draft.entityId}
          onChange={(event) => set('entityId', event.currentTarget.value)}
          w={260}
        />
        <Autocomplete
          label="Action"
          data={actionSuggestions}
          value={draft.action}
          onChange={(value) => set('action', value)}
          w={190}
        />
        <TextInput
          label="Actor id"
          value={draft.actorId}
          onChange={(event) => set('actorId', event.currentTarget.value)}
          w={260}
        />
        <TextInput
          label="From"
          type="date"
          value={draft.from}
          onChange={(event) => set('from', event.currentTarget.value)}
          w={150}
        />
        <TextInput
          label="To"
          type="date"
          value={draft.to}
          onChange={(event) => set('to', event.currentTarget.value)}
          w={150}
        />
        <Button type="submit">Apply filters</Button>
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      </Group>
    </form>
  );
}
