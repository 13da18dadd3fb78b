import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { createSupplier } from '../api/suppliers.api.ts';
import { SupplierForm } from './supplier-form.tsx';
import { emptySupplierFormValues, type SupplierFormValues, toSupplierInput } from './supplier-form-values.ts';
import { suppliersQueryKey } from './supplier-queries.ts';

export function SupplierCreatePage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (values: SupplierFormValues) => createSupplier(toSupplierInput(values)),
    onSuccess: async (supplier) => {
      await queryClient.invalidateQueries({ queryKey: suppliersQueryKey });
      notifications.show({ color: 'green', message: `Supplier “${supplier.legalName}” created` });
      navigate(`/suppliers/${supplier.id}`);
    },
  });

  return (
    <Stack>
      <Title order={2}>New supplier</Title>
      <SupplierForm
        initialValues={emptySupplierFormValues}
        submitLabel="Create supplier"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(values)}
        onCancel={() => navigate('/suppliers')}
      />
    </Stack>
  );
}
