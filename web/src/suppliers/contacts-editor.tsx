import { Button, Fieldset, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type ContactRow, createContactRow } from './supplier-form-values.ts';

interface ContactsEditorProps {
  contacts: ContactRow[];
  errors: Record<string, string>;
  onChange: (contacts: ContactRow[]) => void;
}

type ContactField = 'name' | 'role' | 'email' | 'phone';

const contactFields: { field: ContactField; label: string; type: string }[] = [
  { field: 'name', label: 'Name', type: 'text' },
  { field: 'role', label: 'Role', type: 'text' },
  { field: 'email', label: 'Email', type: 'email' },
  { field: 'phone', label: 'Phone', type: 'tel' },
];

export function ContactsEditor({ contacts, errors, onChange }: ContactsEditorProps) {
  const updateRow = (key: string, field: ContactField, value: string) =>
    onChange(contacts.map((row) => (row.key === key ? { ...row, [field]: value } : row)));

  return (
    <Fieldset legend="Contacts">
      {errors.contacts && (
        <Text c="red" size="sm" mb="xs">
          {errors.contacts}
        </Text>
      )}
      {contacts.length === 0 && (
        <Text c="dimmed" size="sm" mb="xs">
          No contacts yet.
        </Text>
      )}
      {contacts.map((row, index) => (
        <Fieldset key={row.key} legend={`Contact ${index + 1}`} variant="filled" mb="sm">
          <Group align="flex-end" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ flex: 1 }}>
              {contactFields.map(({ field, label, type }) => (
                <TextInput
                  key={field}
                  label={label}
                  type={type}
                  value={row[field]}
                  error={errors[`contacts.${index}.${field}`]}
                  onChange={(event) => updateRow(row.key, field, event.currentTarget.value)}
                />
              ))}
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              aria-label={`Remove contact ${index + 1}`}
              onClick={() => onChange(contacts.filter((other) => other.key !== row.key))}
            >
              Remove
            </Button>
          </Group>
        </Fieldset>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() => onChange([...contacts, createContactRow()])}
      >
        Add contact
      </Button>
    </Fieldset>
  );
}
