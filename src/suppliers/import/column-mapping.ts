import { z } from 'zod';
import { normalizeName } from '../search-key.ts';

export const IMPORT_FIELDS = [
  'legalName',
  'otherNames',
  'country',
  'registrationNumber',
  'registrationType',
  'addressLine1',
  'addressLine2',
  'city',
  'postalCode',
  'region',
  'contactName',
  'contactEmail',
  'contactPhone',
  'productCategories',
  'status',
  'tags',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_FIELDS: readonly ImportField[] = ['legalName', 'country'];

export type ColumnMapping = Partial<Record<ImportField, string | null>>;

export const columnMappingSchema = z
  .partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200).nullable())
  .superRefine((mapping, ctx) => {
    for (const field of REQUIRED_FIELDS) {
      if (!mapping[field])
        ctx.addIssue({ code: 'custom', path: [field], message: `Map a column to ${field}` });
    }
  });

// Header spellings seen in supplier files (English, and the German, French, Spanish and Chinese forms our
// users send), compared after normalisation.
const SYNONYMS: Record<ImportField, string[]> = {
  legalName: [
    'legal name',
    'name',
    'company',
    'company name',
    'supplier',
    'supplier name',
    'firma',
    'raison sociale',
    'razon social',
    '公司名称',
    '名称',
    '供应商',
  ],
  otherNames: [
    'other names',
    'aliases',
    'alias',
    'aka',
    'trade name',
    'trading name',
    'local name',
    'native name',
    '别名',
  ],
  country: ['country', 'country code', 'land', 'pays', 'pais', 'país', '国家'],
  registrationNumber: [
    'registration number',
    'registration no',
    'reg no',
    'company number',
    'business registration',
    'uscc',
    'tax id',
    '统一社会信用代码',
  ],
  registrationType: ['registration type', 'reg type', 'registration kind'],
  addressLine1: ['address', 'address line 1', 'street', 'adresse', 'direccion', '地址'],
  addressLine2: ['address line 2', 'address 2'],
  city: ['city', 'town', 'stadt', 'ville', 'ciudad', '城市'],
  postalCode: ['postal code', 'postcode', 'zip', 'zip code', 'plz', 'code postal', '邮编'],
  region: ['region', 'state', 'province', 'county', '省'],
  contactName: ['contact', 'contact name', 'contact person', '联系人'],
  contactEmail: ['email', 'e mail', 'contact email', 'mail'],
  contactPhone: ['phone', 'telephone', 'tel', 'contact phone', '电话'],
  productCategories: ['product categories', 'categories', 'category', 'products'],
  status: ['status'],
  tags: ['tags', 'labels', 'tag'],
};

/** Proposes a column for each field from the header names; the user confirms or changes it. */
export function suggestMapping(headers: string[]): Record<ImportField, string | null> {
  const normalized = headers.map((header) => normalizeName(header.replaceAll('_', ' ')));
  const used = new Set<number>();
  const mapping = {} as Record<ImportField, string | null>;
  for (const field of IMPORT_FIELDS) {
    const fieldWords = normalizeName(field.replace(/([A-Z])/g, ' $1'));
    const candidates = [fieldWords, ...SYNONYMS[field]];
    const index = normalized.findIndex((header, i) => !used.has(i) && candidates.includes(header));
    mapping[field] = index >= 0 ? (headers[index] ?? null) : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}
