import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import { EXPECTED_EXPORT_HEADERS } from './testing/export-headers.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;

const HEADERS = EXPECTED_EXPORT_HEADERS;
const FORMULA = '=HYPERLINK("http://evil.test","click")';

describe.each(testDatabaseKinds())('supplier export on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  const ids = new Map<string, string>();

  /** The raw bytes: Response.text() would silently drop the BOM the CSV starts with. */
  const download = async (client: Client, query: string) => {
    const response = await t.app.request(`/api/suppliers/export?${query}`, {
      headers: { cookie: client.auth.cookie ?? '' },
    });
    const buffer = await response.arrayBuffer();
    return { response, buffer, bytes: new Uint8Array(buffer) };
  };
  const csvRows = (bytes: Uint8Array): string[][] => parse(Buffer.from(bytes), { bom: true });

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    const inputs = [
      {
        legalName: 'Zeta Textiles Ltd',
        otherNames: ['Zeta', 'ZT'],
        country: 'GB',
        registrationNumber: '0123',
        registrationType: 'crn',
        address: { line1: '1 Mill Rd', city: 'Leeds', postalCode: 'LS1' },
        contacts: [{ name: 'Jo', email: 'jo@zeta.test', phone: '+44 113 0000' }],
        productCategories: ['cotton', 'wool'],
        status: 'approved',
        tags: ['uk', 'textile'],
      },
      { legalName: FORMULA, country: 'DE' },
      { legalName: 'Smith, "Jones" & Co', country: 'DE' },
      { legalName: '深圳华信电子有限公司', country: 'CN' },
    ];
    for (const json of inputs) {
      const created = await admin.post<{ id: string }>('/api/suppliers', { json });
      expect(created.status).toBe(201);
      ids.set(json.legalName, created.body.id);
    }
  });
  afterAll(() => t?.close());

  it('exports CSV: UTF-8 with BOM, a header row, one row per supplier, formulas neutralised', async () => {
    const { response, bytes } = await download(admin, 'format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="suppliers-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes);
    expect(header).toEqual(HEADERS);
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect(byName.get(`'${FORMULA}`)?.[16]).toBe(ids.get(FORMULA));
    expect(byName.has(FORMULA)).toBe(false);
    expect(byName.get('Smith, "Jones" & Co')?.[2]).toBe('DE');
    expect(byName.get('深圳华信电子有限公司')?.[2]).toBe('CN');
    const zeta = byName.get('Zeta Textiles Ltd');
    expect(zeta?.slice(0, 16)).toEqual([
      'Zeta Textiles Ltd',
      'Zeta; ZT',
      'GB',
      '0123',
      'crn',
      '1 Mill Rd',
      '',
      'Leeds',
      'LS1',
      '',
      'Jo',
      'jo@zeta.test',
      "'+44 113 0000",
      'cotton; wool',
      'approved',
      'uk; textile',
    ]);
    expect(zeta?.[16]).toBe(ids.get('Zeta Textiles Ltd'));
    expect(zeta?.[17]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('exports only what the filters select, sorted by legal name', async () => {
    const { bytes } = await download(admin, 'format=csv&country=DE');
    expect(csvRows(bytes).map((row) => row[0])).toEqual(['Legal name', `'${FORMULA}`, 'Smith, "Jones" & Co']);
    const byQuery = await download(admin, `q=${encodeURIComponent('华信')}`);
    expect(csvRows(byQuery.bytes).map((row) => row[0])).toEqual(['Legal name', '深圳华信电子有限公司']);
  });

  it('exports XLSX that reads back with the same rows, formulas kept as plain text', async () => {
    const { response, buffer } = await download(admin, 'format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      /filename="suppliers-\d{4}-\d\d-\d\d\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.getWorksheet('Suppliers');
    if (!sheet) throw new Error('no Suppliers sheet');
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => {
      rows.push(HEADERS.map((_, i) => row.getCell(i + 1).value));
    });
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(5);
    const names = rows.slice(1).map((row) => row[0]);
    expect(names.sort()).toEqual(
      [FORMULA, 'Smith, "Jones" & Co', 'Zeta Textiles Ltd', '深圳华信电子有限公司'].sort(),
    );
    const formulaRow = rows.find((row) => row[0] === FORMULA);
    expect(typeof formulaRow?.[0]).toBe('string'); // a typed string, not a { formula } cell
    expect(formulaRow?.[16]).toBe(ids.get(FORMULA));
    const zeta = rows.find((row) => row[0] === 'Zeta Textiles Ltd');
    expect(zeta?.slice(1, 4)).toEqual(['Zeta; ZT', 'GB', '0123']);
    expect(zeta?.[12]).toBe('+44 113 0000');
  });

  it('exports an empty file (header only) for another organisation, and refuses roles without export', async () => {
    const adminB = await t.signIn('admin@b.test');
    const { response, bytes } = await download(adminB, 'format=csv');
    expect(response.status).toBe(200);
    expect(csvRows(bytes)).toEqual([HEADERS]);
    const portal = await t.userWithRole('supplier', 'a', ids.get('Zeta Textiles Ltd'));
    expectError(await portal.get('/api/suppliers/export?format=csv'), 403, 'forbidden');
    const customs = await t.userWithRole('customs');
    expect((await download(customs, 'format=csv')).response.status).toBe(200);
    expectError(await admin.get('/api/suppliers/export?format=pdf'), 400, 'validation_failed');
  });
});
