import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { MAX_FILE_BYTES } from './parse-table.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;
interface Preview {
  id: string;
  format: string;
  headers: string[];
  totalRows: number;
  suggestedMapping: Record<string, string | null>;
  sampleRows: string[][];
}
interface Report {
  validRows: number;
  invalidRows: number;
  errors: { row: number; column: string | null; field: string | null; reason: string }[];
}

function fileForm(content: string | Uint8Array<ArrayBuffer>, fileName: string) {
  const form = new FormData();
  form.append('file', new File([content], fileName));
  return { form };
}

async function workbook(rows: (string | null)[][]): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lieferanten');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(testDatabaseKinds())('supplier import files on %s', (kind) => {
  let t: TestApp;
  let admin: Client;

  const upload = (content: string | Uint8Array<ArrayBuffer>, fileName: string) =>
    admin.post<Preview>('/api/suppliers/imports', fileForm(content, fileName));
  const validate = async (preview: Preview) => {
    const response = await admin.post<Report>(`/api/suppliers/imports/${preview.id}/validate`, {
      json: { mapping: preview.suggestedMapping },
    });
    expect(response.status).toBe(200);
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it('reads an XLSX workbook made by a spreadsheet program', async () => {
    const bytes = await workbook([
      ['Firma', 'Land', 'Stadt'],
      ['Müller GmbH', 'DE', 'München'],
      ['', 'FR', 'Paris'],
    ]);
    const response = await upload(bytes, 'lieferanten.xlsx');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      format: 'xlsx',
      headers: ['Firma', 'Land', 'Stadt'],
      totalRows: 2,
      sampleRows: [
        ['Müller GmbH', 'DE', 'München'],
        ['', 'FR', 'Paris'],
      ],
    });
    expect(response.body.suggestedMapping).toMatchObject({
      legalName: 'Firma',
      country: 'Land',
      city: 'Stadt',
    });
    const report = await validate(response.body);
    expect(report).toMatchObject({ validRows: 1, invalidRows: 1 });
    expect(report.errors).toEqual([{ row: 3, column: 'Firma', field: 'legalName', reason: 'Required' }]);
  });

  it('reads a semicolon-separated CSV (Excel in many locales)', async () => {
    const response = await upload(
      'Name;Country;City\nAcme, Inc.;DE;Berlin, Mitte\nBeta SA;FR;Lyon\n',
      'semi.csv',
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      headers: ['Name', 'Country', 'City'],
      totalRows: 2,
      sampleRows: [
        ['Acme, Inc.', 'DE', 'Berlin, Mitte'],
        ['Beta SA', 'FR', 'Lyon'],
      ],
    });
    expect(await validate(response.body)).toMatchObject({ validRows: 2, invalidRows: 0, errors: [] });
  });

  it('counts blank lines and multi-line cells like a spreadsheet when numbering rows', async () => {
    const text = 'Name,Country\nFirst Ltd,GB\n\n,DE\n"Multi\nLine Ltd",GB\n,FR\n';
    const response = await upload(text, 'gaps.csv');
    expect(response.body.totalRows).toBe(4);
    const report = await validate(response.body);
    // Row 3 is the blank line; the quoted cell with a line break is one row (5).
    expect(report.errors.map((e) => e.row)).toEqual([4, 6]);
    const sheet = await workbook([['Name', 'Country'], ['First Ltd', 'GB'], [], [null, 'DE']]);
    const xlsx = await upload(sheet, 'gaps.xlsx');
    expect((await validate(xlsx.body)).errors.map((e) => e.row)).toEqual([4]);
  });

  it('refuses a Latin-1 file with a message that says what to do: 400 invalid_file', async () => {
    const latin1 = new Uint8Array(Buffer.from('Name,Country\nMüller GmbH,DE\nCafé Noir SARL,FR\n', 'latin1'));
    const response = await upload(latin1, 'latin1.csv');
    expect(expectError(response, 400, 'invalid_file').error.message).toBe(
      'latin1.csv is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.',
    );
  });

  it('refuses an empty file, a header without rows and a header naming a column twice', async () => {
    expect(expectError(await upload('', 'empty.csv'), 400, 'invalid_file').error.message).toBe(
      'empty.csv is empty',
    );
    expect(expectError(await upload('Name,Country\n', 'header.csv'), 400, 'invalid_file').error.message).toBe(
      'header.csv has a header but no rows',
    );
    expect(
      expectError(await upload('Name,Country,Name\nA,DE,B\n', 'dup.csv'), 400, 'invalid_file').error.message,
    ).toBe('dup.csv: the column "Name" appears twice in the header row');
    const emptySheet = await workbook([]);
    expectError(await upload(emptySheet, 'empty.xlsx'), 400, 'invalid_file');
  });

  it('refuses a form without a file: 400 validation_failed', async () => {
    const form = new FormData();
    form.append('file', 'just text');
    expectError(await admin.post('/api/suppliers/imports', { form }), 400, 'validation_failed');
    expectError(
      await admin.post('/api/suppliers/imports', { form: new FormData() }),
      400,
      'validation_failed',
    );
  });

  it('refuses a file over the size limit: 413 payload_too_large, and keeps nothing', async () => {
    const started = performance.now();
    const big = new Uint8Array(MAX_FILE_BYTES + 128 * 1024).fill(0x41);
    const response = await upload(big, 'big.csv');
    expect(expectError(response, 413, 'payload_too_large').error.message).toBe(
      'Files larger than 50 MB cannot be imported',
    );
    const stored = await t.db.selectFrom('supplier_imports').select('file_name').execute();
    expect(stored.map((row) => row.file_name)).not.toContain('big.csv');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
