import { Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type ImportPreview, uploadSupplierImport } from '../api/supplier-imports.api.ts';
import { ErrorAlert } from '../common/error-alert.tsx';

const maxFileBytes = 50 * 1024 * 1024;

/** By type or by extension: browsers label CSV files inconsistently (text/csv, application/vnd.ms-excel, none). */
const acceptedFiles = {
  'text/csv': ['.csv'],
  'application/vnd.ms-excel': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

function describeRejection(rejections: FileRejection[]): string {
  const first = rejections[0];
  if (!first) return 'The file was not accepted.';
  if (first.errors.some((error) => error.code === 'file-too-large'))
    return `${first.file.name} is larger than 50 MB.`;
  if (rejections.length > 1 || first.errors.some((error) => error.code === 'too-many-files')) {
    return 'Drop one file at a time.';
  }
  return `${first.file.name} is not a CSV or XLSX file.`;
}

export function UploadStep({ onUploaded }: { onUploaded: (preview: ImportPreview) => void }) {
  const [rejection, setRejection] = useState<string | null>(null);
  const upload = useMutation({ mutationFn: uploadSupplierImport, onSuccess: onUploaded });

  return (
    <Stack>
      <Dropzone
        onDrop={(files) => {
          const file = files[0];
          setRejection(null);
          if (file) upload.mutate(file);
        }}
        onReject={(rejections) => {
          upload.reset();
          setRejection(describeRejection(rejections));
        }}
        accept={acceptedFiles}
        maxSize={maxFileBytes}
        multiple={false}
        loading={upload.isPending}
        inputProps={{ 'aria-label': 'Supplier file (CSV or XLSX)' }}
      >
        <Group justify="center" gap="xl" mih={180} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={48} color="var(--mantine-color-blue-6)" aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={48} color="var(--mantine-color-red-6)" aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileSpreadsheet size={48} color="var(--mantine-color-dimmed)" aria-hidden />
          </Dropzone.Idle>
          <div>
            <Text size="lg">Drop a supplier file here, or click to choose one</Text>
            <Text size="sm" c="dimmed" mt={6}>
              CSV or XLSX, up to 50 MB. The first row must hold the column names.
            </Text>
          </div>
        </Group>
      </Dropzone>
      {rejection && (
        <Text c="red" role="alert">
          {rejection}
        </Text>
      )}
      {upload.isError && <ErrorAlert error={upload.error} title="The file could not be read" />}
    </Stack>
  );
}
