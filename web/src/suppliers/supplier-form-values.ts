import type { ValidationIssue } from '../api/api-error.ts';
import type {
  RegistrationType,
  Supplier,
  SupplierContact,
  SupplierInput,
  SupplierStatus,
} from '../api/suppliers.types.ts';

export interface ContactRow {
  /** Local identity for React keys; never sent. */
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface SupplierFormValues {
  legalName: string;
  otherNames: string[];
  country: string | null;
  registrationType: RegistrationType | null;
  registrationNumber: string;
  address: { line1: string; line2: string; city: string; postalCode: string; region: string };
  contacts: ContactRow[];
  productCategories: string[];
  status: SupplierStatus;
  tags: string[];
}

let nextContactKey = 0;

export function createContactRow(contact?: SupplierContact): ContactRow {
  nextContactKey += 1;
  return {
    key: `contact-${nextContactKey}`,
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  };
}

export const emptySupplierFormValues: SupplierFormValues = {
  legalName: '',
  otherNames: [],
  country: null,
  registrationType: null,
  registrationNumber: '',
  address: { line1: '', line2: '', city: '', postalCode: '', region: '' },
  contacts: [],
  productCategories: [],
  status: 'prospect',
  tags: [],
};

export function toSupplierFormValues(supplier: Supplier): SupplierFormValues {
  return {
    legalName: supplier.legalName,
    otherNames: supplier.otherNames,
    country: supplier.country,
    registrationType: supplier.registrationType,
    registrationNumber: supplier.registrationNumber ?? '',
    address: {
      line1: supplier.address.line1 ?? '',
      line2: supplier.address.line2 ?? '',
      city: supplier.address.city ?? '',
      postalCode: supplier.address.postalCode ?? '',
      region: supplier.address.region ?? '',
    },
    contacts: supplier.contacts.map(createContactRow),
    productCategories: supplier.productCategories,
    status: supplier.status,
    tags: supplier.tags,
  };
}

function toNullable(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The API body: empty texts become null, blank contact rows are dropped. */
export function toSupplierInput(values: SupplierFormValues): SupplierInput {
  return {
    legalName: values.legalName.trim(),
    otherNames: values.otherNames,
    country: values.country ?? '',
    registrationType: values.registrationType,
    registrationNumber: toNullable(values.registrationNumber),
    address: {
      line1: toNullable(values.address.line1),
      line2: toNullable(values.address.line2),
      city: toNullable(values.address.city),
      postalCode: toNullable(values.address.postalCode),
      region: toNullable(values.address.region),
    },
    contacts: values.contacts
      .filter((row) => [row.name, row.role, row.email, row.phone].some((value) => value.trim() !== ''))
      .map((row) => ({
        name: toNullable(row.name),
        role: toNullable(row.role),
        email: toNullable(row.email),
        phone: toNullable(row.phone),
      })),
    productCategories: values.productCategories,
    status: values.status,
    tags: values.tags,
  };
}

export interface PlacedIssues {
  /** Field key (`legalName`, `address.city`, `contacts.0.email`) → message. */
  byField: Record<string, string>;
  /** Issues that match no input of the form, shown above it. */
  unplaced: ValidationIssue[];
}

export function getSupplierFieldKeys(contactCount: number): Set<string> {
  const keys = [
    'legalName',
    'otherNames',
    'country',
    'registrationType',
    'registrationNumber',
    'address.line1',
    'address.line2',
    'address.city',
    'address.postalCode',
    'address.region',
    'contacts',
    'productCategories',
    'status',
    'tags',
  ];
  for (let index = 0; index < contactCount; index += 1) {
    for (const field of ['name', 'role', 'email', 'phone']) keys.push(`contacts.${index}.${field}`);
  }
  return new Set(keys);
}

/** Places each issue on the deepest input its path reaches (`otherNames.2` → `otherNames`). */
export function placeIssues(issues: ValidationIssue[], fieldKeys: Set<string>): PlacedIssues {
  const byField: Record<string, string> = {};
  const unplaced: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    let placed = false;
    for (let length = path.length; length > 0 && !placed; length -= 1) {
      const key = path.slice(0, length).join('.');
      if (fieldKeys.has(key)) {
        byField[key] = byField[key] ? `${byField[key]}; ${issue.message}` : issue.message;
        placed = true;
      }
    }
    if (!placed) unplaced.push(issue);
  }
  return { byField, unplaced };
}
