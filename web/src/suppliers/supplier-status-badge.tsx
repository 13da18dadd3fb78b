import { Badge } from '@mantine/core';
import type { SupplierStatus } from '../api/suppliers.types.ts';
import { supplierStatusColors, supplierStatusLabels } from './supplier-status.ts';

export function SupplierStatusBadge({ status }: { status: SupplierStatus }) {
  return (
    <Badge color={supplierStatusColors[status] ?? 'gray'} variant="light">
      {supplierStatusLabels[status] ?? status}
    </Badge>
  );
}
