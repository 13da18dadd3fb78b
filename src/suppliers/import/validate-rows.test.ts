import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from './column-mapping.ts';
import type { Table } from './parse-table.ts';
import { validateRows } from './validate-rows.ts';

const HEADERS = [
  'Firma',
  'Land',
  'Reg-Nr',
  'Aliases',
  'Status',
  'E-Mail',
  'Telefon',
  'Kontakt',
  'Tags',
  'Kategorien',
  'Typ',
  'Ort',
];
const MAPPING: ColumnMapping = {
  legalName: 'Firma',
  country: 'Land',
  registrationNumber: 'Reg-Nr',
  otherNames: 'Aliases',
  status: 'Status',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon',
  contactName: 'Kontakt',
  tags: 'Tags',
  productCategories: 'Kategorien',
  registrationType: 'Typ',
  city: 'Ort',
};

/** A table with the headers above; each row gives only the cells it cares about. */
function table(...rows: Record<string, string>[]): Table {
  return { headers: HEADERS, rows: rows.map((row) => HEADERS.map((header) => row[header] ?? '')) };
}

function errorsOf(...rows: Record<string, string>[]) {
  return validateRows(table(...rows), MAPPING).errors;
}

describe('validateRows', () => {
  it('maps a full row to a supplier input', () => {
    const result = validateRows(
      table({
        Firma: '  Acme GmbH ',
        Land: 'Germany',
        'Reg-Nr': 'hrb 12345',
        Aliases: 'Acme; ACME Deutschland | Acme DE;',
        Status: 'Approved',
        'E-Mail': 'einkauf@acme.example',
        Telefon: '+49 30 1234567',
        Kontakt: 'Erika Mustermann',
        Tags: 'eu|tier-1',
        Kategorien: 'Textiles;Toys',
        Typ: 'HRB',
        Ort: 'Berlin',
      }),
      MAPPING,
    );
    expect(result).toEqual({
      errors: [],
      invalidRows: 0,
      valid: [
        {
          row: 2,
          input: {
            legalName: 'Acme GmbH',
            otherNames: ['Acme', 'ACME Deutschland', 'Acme DE'],
            country: 'DE',
            registrationNumber: 'HRB12345',
            registrationType: 'hrb',
            address: { line1: null, line2: null, city: 'Berlin', postalCode: null, region: null },
            contacts: [
              {
                name: 'Erika Mustermann',
                email: 'einkauf@acme.example',
                phone: '+49 30 1234567',
                role: null,
              },
            ],
            productCategories: ['Textiles', 'Toys'],
            status: 'approved',
            tags: ['eu', 'tier-1'],
          },
        },
      ],
    });
  });

  it('fills defaults for a row with only the required fields', () => {
    const [row] = validateRows(table({ Firma: 'Beta', Land: 'fr' }), MAPPING).valid;
    expect(row?.input).toEqual({
      legalName: 'Beta',
      otherNames: [],
      country: 'FR',
      registrationNumber: null,
      registrationType: null,
      address: { line1: null, line2: null, city: null, postalCode: null, region: null },
      contacts: [],
      productCategories: [],
      status: 'prospect',
      tags: [],
    });
  });

  it('counts rows as the spreadsheet does: the header is row 1', () => {
    const result = validateRows(
      table(
        { Firma: 'A', Land: 'DE' },
        { Firma: '', Land: 'DE' },
        { Firma: 'C', Land: 'DE' },
        { Land: 'DE' },
      ),
      MAPPING,
    );
    expect(result.valid.map((row) => row.row)).toEqual([2, 4]);
    expect(result.errors.map((error) => error.row)).toEqual([3, 5]);
    expect(result.invalidRows).toBe(2);
  });

  it.each([
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['DE', 'DE'],
    [' de ', 'DE'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['Russia', 'RU'],
    ['Kosovo', 'XK'],
  ])('reads the country "%s" as %s', (given, code) => {
    expect(validateRows(table({ Firma: 'A', Land: given }), MAPPING).valid[0]?.input.country).toBe(code);
  });

  it.each([['Deutschland'], ['Atlantis'], ['EU'], ['D']])('refuses the unknown country "%s"', (given) => {
    expect(errorsOf({ Firma: 'A', Land: given })).toEqual([
      {
        row: 2,
        column: 'Land',
        field: 'country',
        reason: `"${given}" is not a country name or ISO 3166-1 alpha-2 code`,
      },
    ]);
  });

  it('reports each missing required field once, with its column', () => {
    expect(errorsOf({ Ort: 'Berlin' })).toEqual([
      { row: 2, column: 'Firma', field: 'legalName', reason: 'Required' },
      { row: 2, column: 'Land', field: 'country', reason: 'Required' },
    ]);
  });

  it('refuses control characters, and names the column', () => {
    expect(
      errorsOf({ Firma: 'Acme\u0007 GmbH', Land: 'DE' }, { Firma: 'B', Land: 'DE', Ort: 'Ber\u0000lin' }),
    ).toEqual([
      { row: 2, column: 'Firma', field: 'legalName', reason: 'Contains control characters' },
      { row: 3, column: 'Ort', field: 'city', reason: 'Contains control characters' },
    ]);
  });

  it('accepts line breaks and tabs inside a value', () => {
    const result = validateRows(table({ Firma: 'Acme\nGmbH', Land: 'DE', Ort: 'Ber\tlin' }), MAPPING);
    expect(result.errors).toEqual([]);
  });

  it('drops the apostrophe the CSV export puts before = + - @, and keeps other leading apostrophes', () => {
    const [row] = validateRows(
      table({ Firma: "'=Acme", Land: 'DE', Telefon: "'+49 30 1", Tags: "'@risk|x", Ort: "'s-Hertogenbosch" }),
      MAPPING,
    ).valid;
    expect(row?.input.legalName).toBe('=Acme');
    expect(row?.input.contacts[0]?.phone).toBe('+49 30 1');
    expect(row?.input.tags).toEqual(['@risk', 'x']);
    expect(row?.input.address.city).toBe("'s-Hertogenbosch");
  });

  it('refuses an unknown status and registration type', () => {
    const errors = errorsOf(
      { Firma: 'A', Land: 'DE', Status: 'active' },
      { Firma: 'B', Land: 'DE', Typ: 'duns' },
    );
    expect(errors.map(({ row, column, field }) => ({ row, column, field }))).toEqual([
      { row: 2, column: 'Status', field: 'status' },
      { row: 3, column: 'Typ', field: 'registrationType' },
    ]);
    expect(errors[0]?.reason).toContain('"approved"');
  });

  it('refuses a bad e-mail address', () => {
    expect(errorsOf({ Firma: 'A', Land: 'DE', 'E-Mail': 'einkauf at acme' })).toEqual([
      { row: 2, column: 'E-Mail', field: 'contactEmail', reason: 'Invalid email address' },
    ]);
  });

  it('refuses registration numbers with other characters', () => {
    expect(errorsOf({ Firma: 'A', Land: 'DE', 'Reg-Nr': 'HRB#1' })).toEqual([
      { row: 2, column: 'Reg-Nr', field: 'registrationNumber', reason: 'Letters, digits, . / - only' },
    ]);
  });

  it('refuses a value longer than its field allows', () => {
    expect(errorsOf({ Firma: 'x'.repeat(301), Land: 'DE' })).toEqual([
      { row: 2, column: 'Firma', field: 'legalName', reason: 'At most 300 characters' },
    ]);
  });

  it('names the first row of a registration number repeated in the file, within one country', () => {
    const result = validateRows(
      table(
        { Firma: 'A', Land: 'DE', 'Reg-Nr': 'HRB 1' },
        { Firma: 'B', Land: 'FR', 'Reg-Nr': 'HRB1' },
        { Firma: 'C', Land: 'DE', 'Reg-Nr': 'hrb1' },
        { Firma: 'D', Land: 'Germany', 'Reg-Nr': 'HRB1' },
      ),
      MAPPING,
    );
    expect(result.valid.map((row) => row.row)).toEqual([2, 3]);
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'Reg-Nr',
        field: 'registrationNumber',
        reason: 'Registration number HRB1 is also on row 2',
      },
      {
        row: 5,
        column: 'Reg-Nr',
        field: 'registrationNumber',
        reason: 'Registration number HRB1 is also on row 2',
      },
    ]);
    expect(result.invalidRows).toBe(2);
  });

  it('counts a row with several problems once', () => {
    const result = validateRows(table({ Firma: '', Land: 'Atlantis', 'E-Mail': 'x' }), MAPPING);
    expect(result.errors.map((error) => error.field)).toEqual(['country', 'legalName', 'contactEmail']);
    expect(result.invalidRows).toBe(1);
  });

  it('ignores columns that are not mapped and unmapped fields', () => {
    const result = validateRows(table({ Firma: 'A', Land: 'DE', Ort: 'Berlin' }), {
      legalName: 'Firma',
      country: 'Land',
      city: null,
    });
    expect(result.valid[0]?.input.address.city).toBeNull();
  });

  it('reads short rows as if the missing cells were empty', () => {
    const result = validateRows({ headers: HEADERS, rows: [['Acme', 'DE']] }, MAPPING);
    expect(result.valid[0]?.input.legalName).toBe('Acme');
    expect(result.errors).toEqual([]);
  });
});
