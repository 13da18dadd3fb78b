import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { updateSupplier } from '../api/suppliers.api.ts';
import type { Supplier } from '../api/suppliers.types.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { SupplierForm } from './supplier-form.tsx';
import { type SupplierFormValues, toSupplierFormValues, toSupplierInput } from './supplier-form-values.ts';
import { suppliersQueryKey, useSupplier } from './supplier-queries.ts';

function VersionConflictNotice({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  return (
    <Alert
      color="orange"
      title="Someone else saved this supplier first"
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      <Text size="sm" mb="sm">
        Your changes were not saved, so that nobody's work is overwritten. Reload the latest version, then
        make your changes again.
      </Text>
      <Button size="xs" color="orange" onClick={onReload} loading={reloading}>
        Reload latest version
      </Button>
    </Alert>
  );
}

function SupplierEditForm({
  supplier,
  onReload,
  reloading,
}: {
  supplier: Supplier;
  onReload: () => void;
  reloading: boolean;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (values: SupplierFormValues) =>
      updateSupplier(supplier.id, { ...toSupplierInput(values), version: supplier.version }),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...suppliersQueryKey, 'detail', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: [...suppliersQueryKey, 'list'] });
      notifications.show({ color: 'green', message: `Supplier “${saved.legalName}” saved` });
      navigate(`/suppliers/${saved.id}`);
    },
  });

  return (
    <SupplierForm
      initialValues={toSupplierFormValues(supplier)}
      submitLabel="Save changes"
      submitting={update.isPending}
      error={update.error}
      notice={
        isApiError(update.error, 'version_conflict') && (
          <VersionConflictNotice onReload={onReload} reloading={reloading} />
        )
      }
      onSubmit={(values) => update.mutate(values)}
      onCancel={() => navigate(`/suppliers/${supplier.id}`)}
    />
  );
}

export function SupplierEditPage() {
  const { id = '' } = useParams();
  const supplier = useSupplier(id);
  if (supplier.isPending) return <Loader aria-label="Loading supplier" />;
  if (supplier.isError) return <ErrorAlert error={supplier.error} title="The supplier could not be loaded" />;
  return (
    <Stack>
      <Title order={2}>Edit {supplier.data.legalName}</Title>
      {/* A new version remounts the form with the latest values. */}
      <SupplierEditForm
        key={supplier.data.version}
        supplier={supplier.data}
        onReload={() => void supplier.refetch()}
        reloading={supplier.isFetching}
      />
    </Stack>
  );
}
