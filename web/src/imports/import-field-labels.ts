import type { ImportField } from '../api/supplier-imports.api.ts';

export const importFieldLabels: Record<ImportField, string> = {
  legalName: 'Legal name',
  otherNames: 'Other names',
  country: 'Country',
  registrationNumber: 'Registration number',
  registrationType: 'Registration type',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  postalCode: 'Postal code',
  region: 'Region',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  productCategories: 'Product categories',
  status: 'Status',
  tags: 'Tags',
};
