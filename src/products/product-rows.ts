import type { Table } from '../suppliers/import/parse-table.ts';
import { type ProductInput, productInputSchema } from './product.model.ts';

/**
 * Rows of a product file → product inputs, with a row-by-row report (row as the spreadsheet shows it, column,
 * reason). Columns are recognised by their header in the words product files use (`sku`, `name`, `category`,
 * `hs_code`, `brand`, `ingredients` separated by semicolons, `specifications`, `origin`, `target_markets`...);
 * unknown columns are named in the report and ignored.
 */

export const PRODUCT_COLUMNS = [
  'sku',
  'name',
  'category',
  'hsCode',
  'brand',
  'thirdPartyBrand',
  'materials',
  'ingredients',
  'specifications',
  'origin',
  'targetMarkets',
  'certifications',
  'supplierId',
] as const;
export type ProductColumn = (typeof PRODUCT_COLUMNS)[number];

const HEADERS: Record<ProductColumn, string[]> = {
  sku: [
    'sku',
    'article',
    'article number',
    'item',
    'item number',
    'product code',
    'artikelnummer',
    'ref',
    'reference',
  ],
  name: ['name', 'product', 'product name', 'title', 'description', 'bezeichnung'],
  category: ['category', 'product category', 'type', 'product type', 'kategorie'],
  hsCode: [
    'hs code',
    'hs',
    'hscode',
    'tariff code',
    'hts',
    'hts code',
    'commodity code',
    'cn code',
    'zolltarifnummer',
  ],
  brand: ['brand', 'trademark', 'marke'],
  thirdPartyBrand: ['third party brand', 'licensed brand', 'brand owner other'],
  materials: ['materials', 'material', 'composition'],
  ingredients: ['ingredients', 'ingredient', 'inci', 'formula', 'inhaltsstoffe'],
  specifications: [
    'specifications',
    'specs',
    'specification',
    'technical data',
    'features',
    'technische daten',
  ],
  origin: ['origin', 'country of origin', 'made in', 'coo', 'herkunft', 'origin country'],
  targetMarkets: ['target markets', 'markets', 'market', 'destinations', 'destination', 'sold in'],
  certifications: ['certifications', 'certificates', 'marks', 'approvals'],
  supplierId: ['supplier id', 'supplier'],
};

const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/[_\-./]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export type ProductRowError = { row: number; column: string | null; reason: string };
export type ProductRowsResult = {
  valid: { row: number; input: ProductInput }[];
  errors: ProductRowError[];
  invalidRows: number;
  columns: Partial<Record<ProductColumn, string>>;
  ignoredColumns: string[];
};

export function mapColumns(headers: readonly string[]) {
  const columns: Partial<Record<ProductColumn, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const key = normalise(header);
    const column = PRODUCT_COLUMNS.find((c) => HEADERS[c].includes(key) || normalise(c) === key);
    if (column && columns[column] === undefined) columns[column] = index;
    else if (header) ignored.push(header);
  });
  return { columns, ignored };
}

const list = (value: string, separator: RegExp) =>
  value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

export function readProductRows(table: Table): ProductRowsResult {
  const { columns, ignored } = mapColumns(table.headers);
  const errors: ProductRowError[] = [];
  const valid: { row: number; input: ProductInput }[] = [];
  const names = Object.fromEntries(
    Object.entries(columns).map(([column, index]) => [column, table.headers[index] ?? column]),
  ) as Partial<Record<ProductColumn, string>>;
  for (const required of ['sku', 'name'] as const) {
    if (columns[required] === undefined) {
      errors.push({ row: 1, column: null, reason: `No "${required}" column: the header row needs one` });
    }
  }
  if (errors.length > 0)
    return { valid, errors, invalidRows: table.rows.length, columns: names, ignoredColumns: ignored };

  const seenSkus = new Map<string, number>();
  let invalidRows = 0;
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers?.[i] ?? i + 2;
    const cell = (column: ProductColumn) => {
      const index = columns[column];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const third = cell('thirdPartyBrand').toLowerCase();
    const candidate = {
      sku: cell('sku'),
      name: cell('name'),
      category: cell('category'),
      hsCode: cell('hsCode') || null,
      brand: cell('brand') || null,
      thirdPartyBrand: ['yes', 'true', 'y', '1'].includes(third)
        ? true
        : ['no', 'false', 'n', '0'].includes(third)
          ? false
          : null,
      materials: list(cell('materials'), /[;|]/),
      // Ingredients are separated by semicolons: INCI names contain commas ("1,2-hexanediol").
      ingredients: list(cell('ingredients'), /;/),
      specifications: cell('specifications'),
      origin: cell('origin') || null,
      targetMarkets: list(cell('targetMarkets'), /[;,|\s]+/),
      certifications: list(cell('certifications'), /[;,|]/).map((c) => c.toUpperCase()),
      supplierId: cell('supplierId') || null,
    };
    const parsed = productInputSchema.safeParse(candidate);
    const rowErrors: ProductRowError[] = [];
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '') as ProductColumn;
        rowErrors.push({ row, column: names[field] ?? field ?? null, reason: issue.message });
      }
    } else {
      const first = seenSkus.get(parsed.data.sku);
      if (first !== undefined) {
        rowErrors.push({
          row,
          column: names.sku ?? 'sku',
          reason: `SKU ${parsed.data.sku} appears already in row ${first}`,
        });
      } else seenSkus.set(parsed.data.sku, row);
    }
    if (rowErrors.length > 0 || !parsed.success) {
      invalidRows += 1;
      errors.push(...rowErrors);
    } else valid.push({ row, input: parsed.data });
  });
  return { valid, errors, invalidRows, columns: names, ignoredColumns: ignored };
}
