import { describe, expect, it } from 'vitest';
import { columnMappingSchema, IMPORT_FIELDS, type ImportField, suggestMapping } from './column-mapping.ts';

/** The suggestion with the unmapped fields left out, to compare only what was found. */
function found(headers: string[]): Partial<Record<ImportField, string>> {
  const mapping = suggestMapping(headers);
  const result: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header) result[field] = header;
  }
  return result;
}

describe('suggestMapping', () => {
  it('answers every field, null where no header fits', () => {
    const mapping = suggestMapping(['Something else']);
    expect(Object.keys(mapping)).toEqual([...IMPORT_FIELDS]);
    expect(Object.values(mapping).every((header) => header === null)).toBe(true);
  });

  it('maps the English headers of our own export', () => {
    expect(
      found([
        'Legal name',
        'Other names',
        'Country',
        'Registration number',
        'Registration type',
        'Address line 1',
        'Address line 2',
        'City',
        'Postal code',
        'Region',
        'Contact name',
        'Contact email',
        'Contact phone',
        'Product categories',
        'Status',
        'Tags',
        'Id',
        'Created at',
      ]),
    ).toEqual({
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
    });
  });

  it('maps common English variants, whatever their case and punctuation', () => {
    expect(found(['COMPANY NAME', 'Country Code', 'Reg. No.', 'ZIP', 'E-mail', 'Tel.', 'Aliases'])).toEqual({
      legalName: 'COMPANY NAME',
      country: 'Country Code',
      registrationNumber: 'Reg. No.',
      postalCode: 'ZIP',
      contactEmail: 'E-mail',
      contactPhone: 'Tel.',
      otherNames: 'Aliases',
    });
  });

  it('maps German headers', () => {
    expect(found(['Firma', 'Land', 'Adresse', 'PLZ', 'Stadt', 'E-Mail'])).toEqual({
      legalName: 'Firma',
      country: 'Land',
      addressLine1: 'Adresse',
      postalCode: 'PLZ',
      city: 'Stadt',
      contactEmail: 'E-Mail',
    });
  });

  it('maps Chinese headers', () => {
    expect(
      found(['公司名称', '别名', '国家', '统一社会信用代码', '地址', '城市', '省', '邮编', '联系人', '电话']),
    ).toEqual({
      legalName: '公司名称',
      otherNames: '别名',
      country: '国家',
      registrationNumber: '统一社会信用代码',
      addressLine1: '地址',
      city: '城市',
      region: '省',
      postalCode: '邮编',
      contactName: '联系人',
      contactPhone: '电话',
    });
  });

  it('maps snake_case headers', () => {
    expect(
      found([
        'legal_name',
        'country_code',
        'registration_number',
        'address_line_1',
        'postal_code',
        'contact_email',
      ]),
    ).toEqual({
      legalName: 'legal_name',
      country: 'country_code',
      registrationNumber: 'registration_number',
      addressLine1: 'address_line_1',
      postalCode: 'postal_code',
      contactEmail: 'contact_email',
    });
  });

  it('uses each column once, the first that fits', () => {
    // "Name" and "Supplier" both mean the legal name; the second is left for the user to place.
    expect(found(['Name', 'Supplier', 'Country'])).toEqual({ legalName: 'Name', country: 'Country' });
    // "Contact" names the contact, and is not taken by the legal name.
    expect(found(['Company', 'Contact'])).toEqual({ legalName: 'Company', contactName: 'Contact' });
  });
});

describe('columnMappingSchema', () => {
  it('accepts a mapping with the required fields', () => {
    expect(columnMappingSchema.parse({ legalName: 'Name', country: 'Land', tags: null })).toEqual({
      legalName: 'Name',
      country: 'Land',
      tags: null,
    });
  });

  it('names each required field that is missing or null', () => {
    const result = columnMappingSchema.safeParse({ legalName: null, city: 'Stadt' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['legalName', 'Map a column to legalName'],
      ['country', 'Map a column to country'],
    ]);
  });

  it('refuses unknown fields', () => {
    expect(columnMappingSchema.safeParse({ legalName: 'A', country: 'B', vatId: 'C' }).success).toBe(false);
  });
});
