import { Badge } from '@mantine/core';
import type { SupplierStatus } from '../api/suppliers.types.ts';
import { supplierStatusColors, supplierStatusLabels } from './supplier-status.ts';

export function SupplierStatusBadge({ status }: { status: SupplierStatus }) {
  return (
    <Badge
      color={supplierStatusColors[status] ?? 'gray'}
      variant="light"
      // Never truncated to "BLACKLIS…" in a narrow table column.
      styles={{ root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {supplierStatusLabels[status] ?? status}
    </Badge>
  );
}
