import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../src/suppliers/import/column-mapping.ts';
import { parseTable } from '../src/suppliers/import/parse-table.ts';
import { validateRows } from '../src/suppliers/import/validate-rows.ts';
import { generateSuppliersCsv, SUPPLIER_HEADERS, sha256 } from './generate-suppliers.ts';

describe('generateSuppliersCsv', () => {
  const csv = generateSuppliersCsv({ rows: 3000 });

  it('gives the same file for the same seed, another for another seed', () => {
    expect(sha256(generateSuppliersCsv({ rows: 3000 }))).toBe(sha256(csv));
    expect(sha256(generateSuppliersCsv({ rows: 3000, seed: 7 }))).not.toBe(sha256(csv));
  });

  it('is mapped by the importer on its own and every row is valid', async () => {
    const { table } = await parseTable(new TextEncoder().encode(csv), 'suppliers.csv');
    const mapping = suggestMapping(table.headers);
    for (const header of SUPPLIER_HEADERS) expect(Object.values(mapping)).toContain(header);
    const result = validateRows(table, mapping);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(3000);
  });

  it('has names in Latin with accents, Chinese, Cyrillic and Arabic, and some empty optional cells', async () => {
    const { table } = await parseTable(new TextEncoder().encode(csv), 'suppliers.csv');
    const names = table.rows.map((row) => row[0] ?? '');
    for (const script of [/[À-ž]/u, /\p{Script=Han}/u, /\p{Script=Cyrillic}/u, /\p{Script=Arabic}/u]) {
      expect(names.some((name) => script.test(name))).toBe(true);
    }
    const emptyCities = table.rows.filter((row) => row[6] === '').length;
    expect(emptyCities / table.rows.length).toBeGreaterThan(0.01);
    expect(emptyCities / table.rows.length).toBeLessThan(0.06);
  });
});
