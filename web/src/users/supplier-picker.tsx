import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSupplierList } from '../suppliers/supplier-queries.ts';

interface SupplierPickerProps {
  value: string | null;
  onChange: (supplierId: string | null) => void;
  error?: string;
}

interface Option {
  value: string;
  label: string;
}

/** Searches suppliers by any name as the user types; the chosen supplier's id is the value. */
export function SupplierPicker({ value, onChange, error }: SupplierPickerProps) {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Option | null>(null);
  const [debouncedSearch] = useDebouncedValue(search, 250);
  // Once chosen, the input shows the label: that text is not a search.
  const q = selected && debouncedSearch === selected.label ? undefined : debouncedSearch.trim() || undefined;
  const list = useSupplierList({ q, pageSize: 20, sort: 'legalName' });
  const found = (list.data?.items ?? []).map((supplier) => ({
    value: supplier.id,
    label: `${supplier.legalName} (${supplier.country})`,
  }));
  const options =
    selected && !found.some((option) => option.value === selected.value) ? [selected, ...found] : found;

  return (
    <Select
      label="Supplier"
      description="The supplier this account belongs to"
      required
      searchable
      data={options}
      value={value}
      onChange={(supplierId, option) => {
        setSelected(option ? { value: option.value, label: option.label } : null);
        onChange(supplierId);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by name in every script; do not filter again on the label.
      filter={({ options: all }) => all}
      nothingFoundMessage={list.isFetching ? 'Searching…' : 'No supplier matches'}
      error={error}
    />
  );
}
