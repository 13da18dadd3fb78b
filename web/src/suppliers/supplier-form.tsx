import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { getValidationIssues, isApiError } from '../api/api-error.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ContactsEditor } from './contacts-editor.tsx';
import { countryOptions } from './countries.ts';
import { isRegistrationType, registrationTypeOptions } from './registration-types.ts';
import { getSupplierFieldKeys, placeIssues, type SupplierFormValues } from './supplier-form-values.ts';
import { isSupplierStatus, supplierStatusOptions } from './supplier-status.ts';

interface SupplierFormProps {
  initialValues: SupplierFormValues;
  submitLabel: string;
  submitting: boolean;
  /** The error of the last submit; a 400 `validation_failed` is shown field by field. */
  error: unknown;
  /** Shown above the fields, e.g. the version-conflict message. */
  notice?: ReactNode;
  onSubmit: (values: SupplierFormValues) => void;
  onCancel: () => void;
}

const listSplitChars = [',', ';', '|'];

export function SupplierForm(props: SupplierFormProps) {
  const { initialValues, submitLabel, submitting, error, notice, onSubmit, onCancel } = props;
  const [values, setValues] = useState(initialValues);
  const [missing, setMissing] = useState<Record<string, string>>({});

  const placed = useMemo(
    () => placeIssues(getValidationIssues(error), getSupplierFieldKeys(values.contacts.length)),
    [error, values.contacts.length],
  );
  const errors = { ...placed.byField, ...missing };

  const set = <K extends keyof SupplierFormValues>(key: K, value: SupplierFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setAddress = (key: keyof SupplierFormValues['address'], value: string) =>
    setValues((current) => ({ ...current, address: { ...current.address, [key]: value } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required: Record<string, string> = {};
    if (values.legalName.trim() === '') required.legalName = 'Enter the legal name';
    if (!values.country) required.country = 'Choose the country';
    setMissing(required);
    if (Object.keys(required).length === 0) onSubmit(values);
  };

  const showGenericError =
    error !== null &&
    error !== undefined &&
    !isApiError(error, 'validation_failed') &&
    !isApiError(error, 'version_conflict');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice}
        {showGenericError && <ErrorAlert error={error} title="The supplier was not saved" />}
        {isApiError(error, 'validation_failed') && (
          <Alert color="red" title="Some fields need attention" role="alert">
            {placed.unplaced.length === 0 ? (
              'Correct the fields marked in red and save again.'
            ) : (
              <List size="sm">
                {placed.unplaced.map((issue) => (
                  <List.Item key={`${issue.path.join('.')}:${issue.message}`}>
                    {issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}
                    {issue.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Fieldset legend="Identity">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label="Legal name"
              required
              value={values.legalName}
              error={errors.legalName}
              onChange={(event) => set('legalName', event.currentTarget.value)}
            />
            <TagsInput
              label="Other names"
              description="Trade names, former names, names in other scripts. Press Enter after each."
              value={values.otherNames}
              error={errors.otherNames}
              onChange={(value) => set('otherNames', value)}
              splitChars={['|', ';']}
              clearable
            />
            <Select
              label="Country"
              required
              searchable
              data={countryOptions}
              value={values.country}
              error={errors.country}
              onChange={(value) => set('country', value)}
              nothingFoundMessage="No country matches"
            />
            <Select
              label="Status"
              required
              data={supplierStatusOptions}
              value={values.status}
              error={errors.status}
              allowDeselect={false}
              onChange={(value) => isSupplierStatus(value) && set('status', value)}
            />
            <Select
              label="Registration type"
              clearable
              data={registrationTypeOptions}
              value={values.registrationType}
              error={errors.registrationType}
              onChange={(value) => set('registrationType', isRegistrationType(value) ? value : null)}
            />
            <TextInput
              label="Registration number"
              value={values.registrationNumber}
              error={errors.registrationNumber}
              onChange={(event) => set('registrationNumber', event.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Address">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label="Address line 1"
              value={values.address.line1}
              error={errors['address.line1']}
              onChange={(event) => setAddress('line1', event.currentTarget.value)}
            />
            <TextInput
              label="Address line 2"
              value={values.address.line2}
              error={errors['address.line2']}
              onChange={(event) => setAddress('line2', event.currentTarget.value)}
            />
            <TextInput
              label="City"
              value={values.address.city}
              error={errors['address.city']}
              onChange={(event) => setAddress('city', event.currentTarget.value)}
            />
            <TextInput
              label="Postal code"
              value={values.address.postalCode}
              error={errors['address.postalCode']}
              onChange={(event) => setAddress('postalCode', event.currentTarget.value)}
            />
            <TextInput
              label="Region"
              value={values.address.region}
              error={errors['address.region']}
              onChange={(event) => setAddress('region', event.currentTarget.value)}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Classification">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TagsInput
              label="Product categories"
              value={values.productCategories}
              error={errors.productCategories}
              onChange={(value) => set('productCategories', value)}
              splitChars={listSplitChars}
              clearable
            />
            <TagsInput
              label="Tags"
              value={values.tags}
              error={errors.tags}
              onChange={(value) => set('tags', value)}
              splitChars={listSplitChars}
              clearable
            />
          </SimpleGrid>
        </Fieldset>
        <ContactsEditor
          contacts={values.contacts}
          errors={errors}
          onChange={(contacts) => set('contacts', contacts)}
        />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
