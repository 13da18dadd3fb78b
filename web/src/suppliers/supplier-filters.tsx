import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { countryOptions } from './countries.ts';
import { supplierStatusOptions } from './supplier-status.ts';
import type { SupplierListParams } from './use-supplier-list-params.ts';

interface SupplierFiltersProps {
  params: SupplierListParams;
  onChange: (changes: Partial<Record<'q' | 'country' | 'status' | 'tag', string | undefined>>) => void;
}

/** A text input whose value reaches the URL 300 ms after typing stops. */
function useDebouncedText(value: string | undefined, commit: (value: string) => void) {
  const [text, setText] = useState(value ?? '');
  const debouncedCommit = useDebouncedCallback(commit, 300);
  // Follows the URL (back button, links) without eating a trailing space the user is still typing.
  useEffect(
    () => setText((current) => (current.trim() === (value ?? '') ? current : (value ?? ''))),
    [value],
  );
  const change = (next: string) => {
    setText(next);
    debouncedCommit(next.trim());
  };
  return [text, change] as const;
}

export function SupplierFilters({ params, onChange }: SupplierFiltersProps) {
  const [query, setQuery] = useDebouncedText(params.q, (q) => onChange({ q }));
  const [tag, setTag] = useDebouncedText(params.tag, (value) => onChange({ tag: value }));

  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      <TextInput
        label="Search suppliers"
        placeholder="Any name, any script"
        leftSection={<IconSearch size={16} />}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        w={300}
      />
      <Select
        label="Country"
        placeholder="All countries"
        data={countryOptions}
        value={params.country ?? null}
        onChange={(value) => onChange({ country: value ?? undefined })}
        searchable
        clearable
        w={220}
      />
      <Select
        label="Status"
        placeholder="All statuses"
        data={supplierStatusOptions}
        value={params.status ?? null}
        onChange={(value) => onChange({ status: value ?? undefined })}
        clearable
        w={170}
      />
      <TextInput
        label="Tag"
        placeholder="Any tag"
        value={tag}
        onChange={(event) => setTag(event.currentTarget.value)}
        w={160}
      />
    </Group>
  );
}
