import { z } from 'zod';
import { safeText } from '../platform/http/text.ts';
import { COUNTRY_CODES } from '../platform/reference/countries.ts';

export const SUPPLIER_STATUSES = [
  'prospect',
  'onboarding',
  'approved',
  'conditional',
  'suspended',
  'blacklisted',
] as const;
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

/**
 * Kinds of registration numbers: the register each belongs to. `other` for everything else.
 * uscc: CN unified social credit code (GB 32100-2015); ein: US employer identification number; vat: a VAT
 * number; eori: EU/UK customs number; crn: UK Companies House number; hrb: German commercial register;
 * siren: French company register; ogrn, inn: Russian state register and taxpayer numbers; gstin: Indian GST
 * number; cnpj: Brazilian company register; abn: Australian business number.
 */
export const REGISTRATION_TYPES = [
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

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => COUNTRY_CODES.has(value), 'Not an ISO 3166-1 alpha-2 country code');

const nameSchema = safeText(300).pipe(z.string().min(1, 'Required'));
const listOf = (max: number, itemMax: number) =>
  z
    .array(safeText(itemMax).pipe(z.string().min(1)))
    .max(max)
    .transform((items) => [...new Set(items)]);

const optionalText = (max: number) =>
  safeText(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const addressSchema = z.object({
  line1: optionalText(300),
  line2: optionalText(300),
  city: optionalText(120),
  postalCode: optionalText(30),
  region: optionalText(120),
});

export const contactSchema = z.object({
  name: optionalText(200),
  email: z
    .email()
    .max(254)
    .nullish()
    .or(z.literal(''))
    .transform((value) => (value ? value : null)),
  phone: optionalText(50),
  role: optionalText(100),
});

export const registrationNumberSchema = safeText(50)
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .refine((value) => value === '' || /^[A-Z0-9][A-Z0-9./-]*$/.test(value), 'Letters, digits, . / - only')
  .nullish()
  .transform((value) => (value ? value : null));

const supplierFields = {
  legalName: nameSchema,
  otherNames: listOf(50, 300),
  country: countrySchema,
  registrationNumber: registrationNumberSchema,
  registrationType: z
    .enum(REGISTRATION_TYPES)
    .nullish()
    .transform((value) => value ?? null),
  address: addressSchema,
  contacts: z.array(contactSchema).max(20),
  productCategories: listOf(50, 100),
  status: z.enum(SUPPLIER_STATUSES),
  tags: listOf(50, 60),
};

export const supplierInputSchema = z.object({
  ...supplierFields,
  otherNames: supplierFields.otherNames.default([]),
  address: supplierFields.address.default({
    line1: null,
    line2: null,
    city: null,
    postalCode: null,
    region: null,
  }),
  contacts: supplierFields.contacts.default([]),
  productCategories: supplierFields.productCategories.default([]),
  status: supplierFields.status.default('prospect'),
  tags: supplierFields.tags.default([]),
});
export type SupplierInput = z.infer<typeof supplierInputSchema>;

/** A change: only the fields sent are changed; `version` is the one the editor saw (optimistic locking). */
export const supplierPatchSchema = z
  .object(supplierFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type SupplierPatch = z.infer<typeof supplierPatchSchema>;

export interface Supplier extends SupplierInput {
  id: string;
  /** Why the platform set the status (a confirmed sanctions match suspends); null once a person changes it. */
  statusReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const SUPPLIER_SORTS = ['legalName', 'country', 'status', 'createdAt', 'updatedAt'] as const;
export type SupplierSort = (typeof SUPPLIER_SORTS)[number];

export interface SupplierFilter {
  q?: string | undefined;
  country?: string | undefined;
  status?: SupplierStatus | undefined;
  tag?: string | undefined;
}
