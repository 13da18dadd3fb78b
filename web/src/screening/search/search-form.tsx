import { Button, Group, NumberInput, Select, Slider, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { entitySchemas } from '../../api/screening.types.ts';
import { countryOptions } from '../../suppliers/countries.ts';
import {
  birthDatePattern,
  identifierKindOptions,
  identifierKinds,
  type SearchFormValues,
  schemaOptions,
} from './search-form-values.ts';

interface SearchFormProps {
  initialValues: SearchFormValues;
  searching: boolean;
  onSearch: (values: SearchFormValues) => void;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  values.some((candidate) => candidate === value);

export function SearchForm({ initialValues, searching, onSearch }: SearchFormProps) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Partial<Record<keyof SearchFormValues, string>>>({});
  const set = <K extends keyof SearchFormValues>(key: K, value: SearchFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.name.trim() === '') found.name = 'Enter a name';
    if (values.birthDate.trim() !== '' && !birthDatePattern.test(values.birthDate.trim()))
      found.birthDate = 'Write it as YYYY, YYYY-MM or YYYY-MM-DD';
    setErrors(found);
    if (Object.keys(found).length === 0) onSearch(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Screening search">
      <Stack gap="sm">
        <Group align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label="Name"
            placeholder="Any name, any script"
            required
            value={values.name}
            error={errors.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            w={340}
          />
          <Select
            label="Kind of party"
            data={schemaOptions}
            value={values.schema}
            allowDeselect={false}
            onChange={(value) => isOneOf(entitySchemas, value) && set('schema', value)}
            w={170}
          />
          <Select
            label="Country"
            placeholder="Any country"
            data={countryOptions}
            value={values.country}
            onChange={(value) => set('country', value)}
            searchable
            clearable
            w={220}
          />
        </Group>
        <Group align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label="Date of birth"
            placeholder="YYYY-MM-DD"
            description="People only; a year is enough"
            value={values.birthDate}
            error={errors.birthDate}
            onChange={(event) => set('birthDate', event.currentTarget.value)}
            w={170}
          />
          <Select
            label="Identifier type"
            data={identifierKindOptions}
            value={values.identifierKind}
            allowDeselect={false}
            onChange={(value) => isOneOf(identifierKinds, value) && set('identifierKind', value)}
            w={160}
          />
          <TextInput
            label="Identifier"
            placeholder="Passport, registration, IMO…"
            value={values.identifier}
            onChange={(event) => set('identifier', event.currentTarget.value)}
            w={220}
          />
          <Stack gap={4} w={260}>
            <Text size="sm" fw={500} id="threshold-label">
              Threshold
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Slider
                min={0.5}
                max={1}
                step={0.01}
                value={values.threshold}
                onChange={(value) => set('threshold', value)}
                label={(value) => value.toFixed(2)}
                aria-labelledby="threshold-label"
                style={{ flex: 1 }}
              />
              <NumberInput
                aria-label="Threshold value"
                min={0.5}
                max={1}
                step={0.01}
                decimalScale={2}
                value={values.threshold}
                onChange={(value) => typeof value === 'number' && set('threshold', value)}
                w={80}
              />
            </Group>
            <Text size="xs" c="dimmed">
              Scores at or above it are matches; a little below, near misses.
            </Text>
          </Stack>
        </Group>
        <Group>
          <Button type="submit" leftSection={<IconSearch size={16} />} loading={searching}>
            Search the lists
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
