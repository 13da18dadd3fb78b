import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { loadExcelJs } from '../platform/files/load-exceljs.ts';
import type { Supplier } from './supplier.model.ts';

export type ExportFormat = 'csv' | 'xlsx';

/** Column headers are the import's field names in words, so an export can be imported again as it is. */
const COLUMNS: { header: string; value: (s: Supplier) => string }[] = [
  { header: 'Legal name', value: (s) => s.legalName },
  { header: 'Other names', value: (s) => s.otherNames.join('; ') },
  { header: 'Country', value: (s) => s.country },
  { header: 'Registration number', value: (s) => s.registrationNumber ?? '' },
  { header: 'Registration type', value: (s) => s.registrationType ?? '' },
  { header: 'Address line 1', value: (s) => s.address.line1 ?? '' },
  { header: 'Address line 2', value: (s) => s.address.line2 ?? '' },
  { header: 'City', value: (s) => s.address.city ?? '' },
  { header: 'Postal code', value: (s) => s.address.postalCode ?? '' },
  { header: 'Region', value: (s) => s.address.region ?? '' },
  { header: 'Contact name', value: (s) => s.contacts[0]?.name ?? '' },
  { header: 'Contact email', value: (s) => s.contacts[0]?.email ?? '' },
  { header: 'Contact phone', value: (s) => s.contacts[0]?.phone ?? '' },
  { header: 'Product categories', value: (s) => s.productCategories.join('; ') },
  { header: 'Status', value: (s) => s.status },
  { header: 'Tags', value: (s) => s.tags.join('; ') },
  { header: 'Id', value: (s) => s.id },
  { header: 'Created at', value: (s) => s.createdAt },
  { header: 'Updated at', value: (s) => s.updatedAt },
];

/**
 * Spreadsheet programs run cells that start with = + - @ as formulas (CSV injection, OWASP); such cells get a
 * leading apostrophe. Names never legitimately start with these characters followed by a formula.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV cells are neutralised; XLSX cells are written as typed strings, which spreadsheets never evaluate. */
function toCells(supplier: Supplier, format: ExportFormat): string[] {
  return COLUMNS.map((column) =>
    format === 'csv' ? neutralizeFormula(column.value(supplier)) : column.value(supplier),
  );
}

/** Streams the suppliers page by page into a CSV or XLSX file, without holding the whole file in memory. */
export function exportSuppliers(pages: AsyncIterable<Supplier[]>, format: ExportFormat): Readable {
  if (format === 'csv') {
    const csv = stringify({ header: true, columns: COLUMNS.map((column) => column.header), bom: true });
    (async () => {
      for await (const page of pages) {
        for (const supplier of page) {
          if (!csv.write(toCells(supplier, 'csv')))
            await new Promise((resolve) => csv.once('drain', resolve));
        }
      }
      csv.end();
    })().catch((error: unknown) => csv.destroy(error instanceof Error ? error : new Error(String(error))));
    return csv;
  }
  const out = new PassThrough();
  (async () => {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    const sheet = workbook.addWorksheet('Suppliers');
    sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.header, width: 24 }));
    for await (const page of pages) {
      for (const supplier of page) sheet.addRow(toCells(supplier, 'xlsx')).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
