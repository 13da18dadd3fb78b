import { toCountryCode } from '../../platform/reference/countries.ts';
import { type SupplierInput, supplierInputSchema } from '../supplier.model.ts';
import type { ColumnMapping, ImportField } from './column-mapping.ts';
import type { Table } from './parse-table.ts';

export interface RowError {
  /** The row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  column: string | null;
  field: string | null;
  reason: string;
}

export interface ValidRow {
  row: number;
  input: SupplierInput;
}

export interface ValidationResult {
  valid: ValidRow[];
  errors: RowError[];
  invalidRows: number;
}

const LIST_SEPARATOR = /[;|]/;

function splitList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Undoes the export's CSV-injection guard (export.ts neutralizeFormula): a leading apostrophe before = + - @
 * is what spreadsheets show as a text prefix, not part of the value, so an export imports back unchanged.
 */
function unneutralize(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1).trim() : value;
}

/** Which model field each import field feeds, to name the column when the model reports a problem. */
function fieldOfPath(path: PropertyKey[]): ImportField | null {
  const [head, , sub] = path;
  if (head === 'address') {
    const byKey: Record<string, ImportField> = {
      line1: 'addressLine1',
      line2: 'addressLine2',
      city: 'city',
      postalCode: 'postalCode',
      region: 'region',
    };
    return byKey[String(path[1])] ?? null;
  }
  if (head === 'contacts') {
    const byKey: Record<string, ImportField> = {
      name: 'contactName',
      email: 'contactEmail',
      phone: 'contactPhone',
    };
    return byKey[String(sub)] ?? null;
  }
  return typeof head === 'string' ? (head as ImportField) : null;
}

/**
 * Maps and validates every row; pure, so the same report comes from the web app's check, the CLI and the
 * final import. Also reports registration numbers repeated within the file.
 */
export function validateRows(table: Table, mapping: ColumnMapping): ValidationResult {
  const index = new Map(table.headers.map((header, i) => [header, i]));
  const columnOf = (field: ImportField) => mapping[field] ?? null;
  const read = (cells: string[], field: ImportField): string => {
    const column = columnOf(field);
    if (!column) return '';
    const i = index.get(column);
    return i === undefined ? '' : unneutralize((cells[i] ?? '').trim());
  };

  const valid: ValidRow[] = [];
  const errors: RowError[] = [];
  const invalid = new Set<number>();
  const firstRowOfRegistration = new Map<string, number>();

  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers?.[i] ?? i + 2;
    const fail = (field: ImportField | null, reason: string) => {
      errors.push({ row, column: field ? columnOf(field) : null, field, reason });
      invalid.add(row);
    };
    const countryText = read(cells, 'country');
    const country = countryText ? toCountryCode(countryText) : undefined;
    if (countryText && !country)
      fail('country', `"${countryText}" is not a country name or ISO 3166-1 alpha-2 code`);
    const contact = {
      name: read(cells, 'contactName') || null,
      email: read(cells, 'contactEmail') || null,
      phone: read(cells, 'contactPhone') || null,
      role: null,
    };
    const candidate = {
      legalName: read(cells, 'legalName'),
      otherNames: splitList(read(cells, 'otherNames')),
      country: country ?? countryText,
      registrationNumber: read(cells, 'registrationNumber') || null,
      registrationType: read(cells, 'registrationType').toLowerCase() || null,
      address: {
        line1: read(cells, 'addressLine1') || null,
        line2: read(cells, 'addressLine2') || null,
        city: read(cells, 'city') || null,
        postalCode: read(cells, 'postalCode') || null,
        region: read(cells, 'region') || null,
      },
      contacts: contact.name || contact.email || contact.phone ? [contact] : [],
      productCategories: splitList(read(cells, 'productCategories')),
      status: read(cells, 'status').toLowerCase() || undefined,
      tags: splitList(read(cells, 'tags')),
    };
    const parsed = supplierInputSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (field === 'country' && country === undefined && countryText) continue; // already reported
        const empty =
          (field === 'legalName' && candidate.legalName === '') ||
          (field === 'country' && countryText === '');
        const message = empty ? 'Required' : issue.message;
        fail(field, message);
      }
      return;
    }
    if (invalid.has(row)) return;
    const { registrationNumber } = parsed.data;
    if (registrationNumber) {
      const key = `${parsed.data.country}|${registrationNumber}`;
      const first = firstRowOfRegistration.get(key);
      if (first !== undefined) {
        fail('registrationNumber', `Registration number ${registrationNumber} is also on row ${first}`);
        return;
      }
      firstRowOfRegistration.set(key, row);
    }
    valid.push({ row, input: parsed.data });
  });
  return { valid, errors, invalidRows: invalid.size };
}
