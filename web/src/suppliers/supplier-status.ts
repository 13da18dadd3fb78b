import type { MantineColor } from '@mantine/core';
import { type SupplierStatus, supplierStatuses } from '../api/suppliers.types.ts';

export const supplierStatusLabels: Record<SupplierStatus, string> = {
  prospect: 'Prospect',
  onboarding: 'Onboarding',
  approved: 'Approved',
  conditional: 'Conditional',
  suspended: 'Suspended',
  blacklisted: 'Blacklisted',
};

export const supplierStatusColors: Record<SupplierStatus, MantineColor> = {
  prospect: 'gray',
  onboarding: 'blue',
  approved: 'green',
  conditional: 'yellow',
  suspended: 'orange',
  blacklisted: 'red',
};

export const supplierStatusOptions = supplierStatuses.map((status) => ({
  value: status,
  label: supplierStatusLabels[status],
}));

export function isSupplierStatus(value: string | null | undefined): value is SupplierStatus {
  return supplierStatuses.some((status) => status === value);
}
