import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { MAX_FILE_BYTES, parseTable } from './parse-table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(
  bytes: Uint8Array,
  fileName = 'suppliers.csv',
): Promise<{ code: ErrorCode; message: string }> {
  try {
    await parseTable(bytes, fileName);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('parseTable accepted the file');
}

describe('parseTable: CSV', () => {
  it.each([
    ['comma', 'Legal name,Country\nAcme,DE\nBeta,FR\n'],
    ['semicolon', 'Legal name;Country\nAcme;DE\nBeta;FR\n'],
    ['tab', 'Legal name\tCountry\nAcme\tDE\nBeta\tFR\n'],
    ['semicolon with CRLF', 'Legal name;Country\r\nAcme;DE\r\nBeta;FR\r\n'],
    ['mixed line ends', 'Legal name;Country\r\nAcme;DE\nBeta;FR\r\n'],
  ])('detects the %s delimiter', async (_name, text) => {
    expect(await parseTable(utf8(text), 'a.csv')).toEqual({
      format: 'csv',
      table: {
        headers: ['Legal name', 'Country'],
        rows: [
          ['Acme', 'DE'],
          ['Beta', 'FR'],
        ],
      },
    });
  });

  it('keeps commas inside a semicolon file as data', async () => {
    const { table } = await parseTable(utf8('Name;City\nAcme, Inc.;Berlin, Mitte\n'), 'a.csv');
    expect(table.rows).toEqual([['Acme, Inc.', 'Berlin, Mitte']]);
  });

  it('drops the UTF-8 byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name,Country\nÄpfel GmbH,DE\n')]);
    const { table } = await parseTable(bytes, 'a.csv');
    expect(table.headers).toEqual(['Name', 'Country']);
    expect(table.rows).toEqual([['Äpfel GmbH', 'DE']]);
  });

  it('reads UTF-16LE with a byte order mark (Excel "Unicode text")', async () => {
    const body = Buffer.from('Name\tCountry\nZürich AG\tCH\n華為\tCN\n', 'utf16le');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    expect((await parseTable(bytes, 'a.txt')).table).toEqual({
      headers: ['Name', 'Country'],
      rows: [
        ['Zürich AG', 'CH'],
        ['華為', 'CN'],
      ],
    });
  });

  it('keeps quoted fields with delimiters, quotes and line breaks', async () => {
    const text = 'Name,Address,Notes\r\n"Acme, Inc.","Line 1\r\nLine 2","say ""hi"""\r\n\r\nBeta,,\r\n';
    const { table } = await parseTable(utf8(text), 'a.csv');
    expect(table.rows).toEqual([
      ['Acme, Inc.', 'Line 1\r\nLine 2', 'say "hi"'],
      ['Beta', '', ''],
    ]);
    // Records are counted as a spreadsheet counts rows: the blank line is row 3, Beta row 4.
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it('trims header names', async () => {
    expect((await parseTable(utf8(' Name , Country \nA,DE\n'), 'a.csv')).table.headers).toEqual([
      'Name',
      'Country',
    ]);
  });

  it('refuses Latin-1 bytes instead of garbling them', async () => {
    // "Müller" in ISO-8859-1: 0xFC is not valid UTF-8.
    const bytes = new Uint8Array([...utf8('Name\nM'), 0xfc, ...utf8('ller\n')]);
    expect(await failure(bytes, 'latin1.csv')).toEqual({
      code: 'invalid_file',
      message: 'latin1.csv is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.',
    });
  });

  it('refuses an empty file', async () => {
    expect(await failure(new Uint8Array(), 'empty.csv')).toEqual({
      code: 'invalid_file',
      message: 'empty.csv is empty',
    });
  });

  it('refuses a file of blank lines (no header)', async () => {
    expect(await failure(utf8('\n\n\n'), 'blank.csv')).toEqual({
      code: 'invalid_file',
      message: 'blank.csv has no header row',
    });
  });

  it('accepts a header with no rows (the import service refuses it later)', async () => {
    expect((await parseTable(utf8('Name,Country\n'), 'a.csv')).table).toEqual({
      headers: ['Name', 'Country'],
      rows: [],
    });
  });

  it('refuses a header that names a column twice', async () => {
    expect(await failure(utf8('Name,Country, Name\nA,DE,B\n'), 'dup.csv')).toEqual({
      code: 'invalid_file',
      message: 'dup.csv: the column "Name" appears twice in the header row',
    });
  });

  it('refuses an unclosed quote with the parser reason', async () => {
    const result = await failure(utf8('Name,Country\n"Acme,DE\n'), 'q.csv');
    expect(result.code).toBe('invalid_file');
    expect(result.message).toMatch(/^q\.csv is not a readable CSV file: Quote Not Closed/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    expect(await failure(bytes, 'big.csv')).toEqual({
      code: 'payload_too_large',
      message: 'big.csv is larger than 50 MB',
    });
  });
});

describe('parseTable: XLSX', () => {
  async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet('Suppliers'));
    workbook.addWorksheet('Ignored').addRow(['not', 'read']);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads text, rich text, dates, numbers, booleans, links and formula results of the first sheet', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Legal name', 'Country', 'Founded', 'Employees', 'Score', 'Website', 'Active']);
      sheet.addRow([
        { richText: [{ text: 'Acme ', font: { bold: true } }, { text: 'GmbH' }] },
        'DE',
        new Date(Date.UTC(2020, 1, 29)),
        1234,
        { formula: 'D2*2', result: 2468 },
        { text: 'acme.example', hyperlink: 'https://acme.example' },
        true,
      ]);
      sheet.addRow([
        'Beta SA',
        { formula: 'UPPER("fr")', result: 'FR' },
        null,
        0.5,
        { formula: '1/0', result: { error: '#DIV/0!' } },
      ]);
      sheet.addRow([
        'Gamma Ltd',
        'CN',
        { formula: 'DATE(2021,3,4)', result: new Date(Date.UTC(2021, 2, 4)) },
        { formula: 'NOW()' },
      ]);
    });
    expect(await parseTable(bytes, 'a.xlsx')).toEqual({
      format: 'xlsx',
      table: {
        headers: ['Legal name', 'Country', 'Founded', 'Employees', 'Score', 'Website', 'Active'],
        rows: [
          ['Acme GmbH', 'DE', '2020-02-29', '1234', '2468', 'acme.example', 'true'],
          ['Beta SA', 'FR', '', '0.5', ''],
          ['Gamma Ltd', 'CN', '2021-03-04', ''],
        ],
      },
    });
  });

  it('skips empty rows, including rows of blank cells, and trims cells', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getCell('A3').value = ' Name ';
      sheet.getCell('B3').value = 'Country';
      sheet.getCell('A4').value = '  Acme  ';
      sheet.getCell('B4').value = 'DE';
      sheet.getCell('A6').value = '   ';
      sheet.getCell('B7').value = 'FR';
      sheet.getCell('A9').value = 'Delta';
      sheet.getCell('B9').value = 'IT';
    });
    expect((await parseTable(bytes, 'a.xlsx')).table).toEqual({
      headers: ['Name', 'Country'],
      rows: [
        ['Acme', 'DE'],
        ['', 'FR'],
        ['Delta', 'IT'],
      ],
      // The rows the spreadsheet shows, for error reports.
      rowNumbers: [4, 7, 9],
    });
  });

  it('refuses a duplicated header in a workbook too', async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRow(['Name', 'Name']).commit());
    expect((await failure(bytes, 'dup.xlsx')).code).toBe('invalid_file');
  });

  it('refuses a file that starts like a ZIP but is not one', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('this is not a zip archive at all')]);
    const result = await failure(bytes, 'fake.xlsx');
    expect(result.code).toBe('invalid_file');
    expect(result.message).toMatch(/^fake\.xlsx is not a readable XLSX workbook: /);
  });
});
