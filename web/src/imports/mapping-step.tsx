import {
  Alert,
  Button,
  Group,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  type ImportMapping,
  type ImportPreview,
  importFields,
  requiredImportFields,
} from '../api/supplier-imports.api.ts';
import { pluralize } from '../common/format.ts';
import { importFieldLabels } from './import-field-labels.ts';

interface MappingStepProps {
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  onBack: () => void;
  onNext: () => void;
}

export function MappingStep({ preview, mapping, onChange, onBack, onNext }: MappingStepProps) {
  // Select options must be unique; an empty or repeated header cannot be mapped by name anyway.
  const headerOptions = [...new Set(preview.headers.filter((header) => header.trim() !== ''))];
  const missing = requiredImportFields.filter((field) => !mapping[field]);

  return (
    <Stack>
      <Text>
        <strong>{preview.fileName}</strong> — {pluralize(preview.totalRows, 'row')},{' '}
        {pluralize(preview.headers.length, 'column')}. Choose the column of the file that holds each field.
        List fields are split on “;” or “|”.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {importFields.map((field) => (
          <Select
            key={field}
            label={importFieldLabels[field]}
            required={requiredImportFields.includes(field)}
            placeholder="Not imported"
            data={headerOptions}
            value={mapping[field]}
            onChange={(value) => onChange({ ...mapping, [field]: value })}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
      <Title order={4} id="sample-rows-title">
        First rows of the file
      </Title>
      <ScrollArea>
        <Table withTableBorder withColumnBorders striped aria-labelledby="sample-rows-title">
          <Table.Thead>
            <Table.Tr>
              {preview.headers.map((header, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; the column position is the identity
                <Table.Th key={index} style={{ whiteSpace: 'nowrap' }}>
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are a fixed, read-only list
              <Table.Tr key={rowIndex}>
                {preview.headers.map((_, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column position
                  <Table.Td key={index}>{row[index] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {missing.length > 0 && (
        <Alert color="yellow">
          Choose a column for: {missing.map((field) => importFieldLabels[field]).join(', ')}.
        </Alert>
      )}
      <Group>
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onNext} disabled={missing.length > 0}>
          Next
        </Button>
      </Group>
    </Stack>
  );
}
