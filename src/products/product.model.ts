import { z } from 'zod';
import { safeText } from '../platform/http/text.ts';
import { COUNTRY_CODES } from '../platform/reference/countries.ts';

/**
 * A product of an organisation's catalogue: what the rules look at. `category` is in the user's own words and
 * resolved to a taxonomy id; `specifications` is free text read into facts (battery Wh, radio functions...);
 * `ingredients` are as written, optionally with "(CAS 7732-18-5)" and a concentration; `certifications` are the
 * certification ids the product already holds.
 */

const optionalText = (max: number) =>
  safeText(max)
    .nullish()
    .transform((value) => (value ? value : null));

const listOf = (max: number, itemMax: number) =>
  z
    .array(safeText(itemMax).pipe(z.string().min(1)))
    .max(max)
    .transform((items) => [...new Set(items)]);

export const productCountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => COUNTRY_CODES.has(value), 'Not an ISO 3166-1 alpha-2 country code');

/** A market: a country code or EU. */
export const marketCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (value) => value === 'EU' || COUNTRY_CODES.has(value),
    'Not a market: an ISO 3166-1 alpha-2 code or EU',
  );

export const hsCodeSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[.\s]/g, ''))
  .refine((value) => value === '' || /^\d{4,10}$/.test(value), 'An HS code is 4 to 10 digits')
  .nullish()
  .transform((value) => (value ? value : null));

const productFields = {
  sku: safeText(100).pipe(z.string().min(1, 'Required')),
  name: safeText(300).pipe(z.string().min(1, 'Required')),
  category: safeText(200),
  hsCode: hsCodeSchema,
  brand: optionalText(200),
  /** The brand belongs to someone else than the importer (counterfeit risk); null when not said. */
  thirdPartyBrand: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
  materials: listOf(50, 200),
  ingredients: listOf(300, 500),
  specifications: safeText(5000),
  supplierId: optionalText(100),
  origin: productCountrySchema.nullish().transform((value) => value ?? null),
  targetMarkets: z
    .array(marketCodeSchema)
    .max(50)
    .transform((items) => [...new Set(items)]),
  certifications: listOf(50, 60),
};

export const productInputSchema = z.object({
  ...productFields,
  category: productFields.category.default(''),
  materials: productFields.materials.default([]),
  ingredients: productFields.ingredients.default([]),
  specifications: productFields.specifications.default(''),
  targetMarkets: productFields.targetMarkets.default([]),
  certifications: productFields.certifications.default([]),
  hsCode: productFields.hsCode.default(null),
  brand: productFields.brand.default(null),
  thirdPartyBrand: productFields.thirdPartyBrand.default(null),
  supplierId: productFields.supplierId.default(null),
  origin: productFields.origin.default(null),
});
export type ProductInput = z.output<typeof productInputSchema>;

export const productPatchSchema = z
  .object(productFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type ProductPatch = z.output<typeof productPatchSchema>;

export type Product = ProductInput & {
  id: string;
  /** The taxonomy id the category was resolved to; null when the words fit no category. */
  categoryId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export const PRODUCT_SORTS = ['sku', 'name', 'createdAt', 'updatedAt'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export type ProductFilter = {
  q?: string | undefined;
  categoryId?: string | undefined;
  market?: string | undefined;
};

export const INCIDENT_KINDS = ['clearance_delay', 'seizure', 'rejection', 'recall'] as const;
export const incidentInputSchema = z
  .object({
    productId: optionalText(100),
    categoryId: optionalText(100),
    market: marketCodeSchema,
    kind: z.enum(INCIDENT_KINDS),
    occurredOn: z.iso.date(),
    note: safeText(1000).default(''),
  })
  .refine((value) => value.productId || value.categoryId, 'Name the product or the category it concerns');
export type IncidentInput = z.output<typeof incidentInputSchema>;
