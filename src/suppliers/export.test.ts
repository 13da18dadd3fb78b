import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportSuppliers, neutralizeFormula } from './export.ts';
import { suggestMapping } from './import/column-mapping.ts';
import { parseTable } from './import/parse-table.ts';
import { validateRows } from './import/validate-rows.ts';
import { type Supplier, type SupplierInput, supplierInputSchema } from './supplier.model.ts';
import { EXPECTED_EXPORT_HEADERS } from './testing/export-headers.ts';

const HEADERS = EXPECTED_EXPORT_HEADERS;

function supplier(n: number, fields: Partial<SupplierInput> & { legalName: string }): Supplier {
  const input = supplierInputSchema.parse({ country: 'DE', ...fields });
  return {
    ...input,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T11:00:00.000Z',
    version: 1,
    statusReason: null,
  };
}

/** Suppliers with the values a spreadsheet or a CSV reader is most likely to get wrong. */
const TRICKY: Supplier[] = [
  supplier(1, {
    legalName: 'Acme, "Best" GmbH',
    otherNames: ['Acme', 'ACME Deutschland'],
    registrationNumber: 'HRB12345',
    registrationType: 'hrb',
    address: {
      line1: 'Hauptstraße 1\nHinterhaus',
      line2: null,
      city: 'Berlin',
      postalCode: '01234',
      region: null,
    },
    contacts: [
      { name: 'Erika Mustermann', email: 'erika@acme.example', phone: '+49 30 1234567', role: null },
    ],
    productCategories: ['Textiles', 'Toys'],
    status: 'approved',
    tags: ['eu', 'tier-1'],
  }),
  supplier(2, { legalName: '=HYPERLINK("http://evil.example","click")', country: 'US', tags: ['@risk'] }),
  supplier(3, { legalName: '-minus Ltd', country: 'GB', otherNames: ['+plus Ltd'], status: 'suspended' }),
  supplier(4, {
    legalName: 'ООО «Ромашка»',
    country: 'RU',
    otherNames: ['Romashka LLC'],
    registrationNumber: '1027700132195',
    registrationType: 'ogrn',
  }),
  supplier(5, {
    legalName: '华为技术有限公司',
    country: 'CN',
    registrationNumber: '914403001922038216',
    registrationType: 'uscc',
  }),
];

async function collect(stream: Readable): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return new Uint8Array(Buffer.concat(parts));
}

async function* pagesOf(suppliers: Supplier[], pageSize = 2): AsyncGenerator<Supplier[]> {
  for (let i = 0; i < suppliers.length; i += pageSize) yield suppliers.slice(i, i + pageSize);
}

function inputOf(value: Supplier): SupplierInput {
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, statusReason: _r, ...input } = value;
  return input;
}

/** What an import of the exported file would create, with the mapping the import suggests. */
async function reimport(bytes: Uint8Array, fileName: string) {
  const { table } = await parseTable(bytes, fileName);
  const result = validateRows(table, suggestMapping(table.headers));
  return { headers: table.headers, rows: table.rows, ...result };
}

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+49 30 123', "'+49 30 123"],
    ['-1+2', "'-1+2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j with an apostrophe', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });

  it.each([['Acme'], [''], ['a=b'], [" '=already"], ['1-2']])('leaves %j alone', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });
});

describe('CSV export', () => {
  it('writes a BOM, the headers and one neutralised row per supplier', async () => {
    const bytes = await collect(exportSuppliers(pagesOf(TRICKY), 'csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { headers, rows } = await reimport(bytes, 'export.csv');
    expect(headers).toEqual(HEADERS);
    expect(rows).toHaveLength(TRICKY.length);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows[1]?.[15]).toBe("'@risk");
    expect(rows[0]?.slice(16)).toEqual([
      TRICKY[0]?.id,
      '2026-11-22T10:00:00.000Z',
      '2026-11-22T11:00:00.000Z',
    ]);
  });

  it('imports back as the same suppliers, with the suggested mapping', async () => {
    const bytes = await collect(exportSuppliers(pagesOf(TRICKY), 'csv'));
    const result = await reimport(bytes, 'export.csv');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((row) => row.input)).toEqual(TRICKY.map(inputOf));
  });

  it('streams many pages', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => supplier(i, { legalName: `Supplier ${i}` }));
    const { valid } = await reimport(await collect(exportSuppliers(pagesOf(many, 1000), 'csv')), 'a.csv');
    expect(valid).toHaveLength(2500);
    expect(valid[2499]?.input.legalName).toBe('Supplier 2499');
  });

  it('writes only the header when there are no suppliers', async () => {
    const { headers, rows } = await reimport(await collect(exportSuppliers(pagesOf([]), 'csv')), 'a.csv');
    expect(headers).toEqual(HEADERS);
    expect(rows).toEqual([]);
  });

  it('fails the stream when reading the suppliers fails', async () => {
    async function* broken(): AsyncGenerator<Supplier[]> {
      yield TRICKY.slice(0, 1);
      throw new Error('connection lost');
    }
    await expect(collect(exportSuppliers(broken(), 'csv'))).rejects.toThrow('connection lost');
  });
});

describe('XLSX export', () => {
  it('is a workbook exceljs reads, with formulas kept as plain text', async () => {
    const bytes = await collect(exportSuppliers(pagesOf(TRICKY), 'xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([bytes]));
    const sheet = workbook.getWorksheet('Suppliers');
    if (!sheet) throw new Error('no Suppliers sheet');
    expect(sheet.actualRowCount).toBe(TRICKY.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const formulaCell = sheet.getCell('A3');
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.value).toBe('=HYPERLINK("http://evil.example","click")');
    expect(sheet.getCell('M2').value).toBe('+49 30 1234567');
    expect(sheet.getCell('I2').value).toBe('01234');
  });

  it('imports back as the same suppliers', async () => {
    const result = await reimport(await collect(exportSuppliers(pagesOf(TRICKY), 'xlsx')), 'export.xlsx');
    expect(result.errors).toEqual([]);
    expect(result.valid.map((row) => row.input)).toEqual(TRICKY.map(inputOf));
  });
});
