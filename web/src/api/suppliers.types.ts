export const supplierStatuses = [
  'prospect',
  'onboarding',
  'approved',
  'conditional',
  'suspended',
  'blacklisted',
] as const;
export type SupplierStatus = (typeof supplierStatuses)[number];

export const registrationTypes = [
  'uscc',
  'ein',
  'vat',
  'eori',
  'crn',
  'hrb',
  'siren',
  'ogrn',
  'inn',
  'gstin',
  'cnpj',
  'abn',
  'other',
] as const;
export type RegistrationType = (typeof registrationTypes)[number];

export interface SupplierAddress {
  line1: string | null;
  line2: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
}

export interface SupplierContact {
  name: string | null;
  email: string | null;
  phone: string | null;
  role: string | null;
}

export interface Supplier {
  id: string;
  legalName: string;
  otherNames: string[];
  /** ISO 3166-1 alpha-2 */
  country: string;
  registrationNumber: string | null;
  registrationType: RegistrationType | null;
  address: SupplierAddress;
  contacts: SupplierContact[];
  productCategories: string[];
  status: SupplierStatus;
  /** Why the platform set the status (a confirmed sanctions match, say); cleared when someone changes it. */
  statusReason: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type SupplierInput = Omit<Supplier, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'statusReason'>;

export type SupplierPatch = Partial<SupplierInput> & { version: number };

export const supplierSortFields = ['legalName', 'country', 'status', 'createdAt', 'updatedAt'] as const;
export type SupplierSortField = (typeof supplierSortFields)[number];

export interface SupplierFilters {
  q?: string;
  country?: string;
  status?: SupplierStatus;
  tag?: string;
}
