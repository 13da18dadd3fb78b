import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.ts';
import { loadExcelJs } from '../../platform/files/load-exceljs.ts';

export type TableFormat = 'csv' | 'xlsx';

export interface Table {
  headers: string[];
  /** Data rows; row i is row i + 2 of the file (the header is row 1), unless rowNumbers says otherwise. */
  rows: string[][];
  /**
   * The file row of each data row, set only when blank rows were skipped before or between them: row errors
   * must name the row a spreadsheet shows, not the position among the non-blank rows.
   */
  rowNumbers?: number[];
}

interface NumberedRow {
  cells: string[];
  /** 1-based, as a spreadsheet counts rows. */
  row: number;
}

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ROWS = 1_000_000;

/** XLSX files are ZIP archives (they start with "PK\x03\x04"); everything else is read as delimited text. */
export function detectFormat(bytes: Uint8Array): TableFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused rather than garbled. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(
      'invalid_file',
      `${fileName} is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.`,
    );
  }
}

/** The delimiter used most in the header line among comma, semicolon and tab (Excel in many locales uses ;). */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].d : ',';
}

function checkShape(numbered: NumberedRow[], fileName: string): Table {
  const [headerRow, ...data] = numbered;
  const headers = headerRow?.cells ?? [];
  const rows = data.map((entry) => entry.cells);
  const cleaned = headers.map((header) => header.trim());
  if (cleaned.length === 0 || cleaned.every((header) => header === '')) {
    throw new AppError('invalid_file', `${fileName} has no header row`);
  }
  const seen = new Set<string>();
  for (const header of cleaned) {
    if (header && seen.has(header)) {
      throw new AppError(
        'invalid_file',
        `${fileName}: the column "${header}" appears twice in the header row`,
      );
    }
    seen.add(header);
  }
  if (rows.length > MAX_ROWS) {
    throw new AppError(
      'invalid_file',
      `${fileName} has ${rows.length} rows; at most ${MAX_ROWS} can be imported at once`,
    );
  }
  const rowNumbers = data.map((entry) => entry.row);
  const shifted = rowNumbers.some((row, i) => row !== i + 2);
  return shifted ? { headers: cleaned, rows, rowNumbers } : { headers: cleaned, rows };
}

function parseCsv(bytes: Uint8Array, fileName: string): Table {
  const text = decodeText(bytes, fileName);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      // Files assembled from several sources mix Windows and Unix line ends; each ends a row.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Blank lines are dropped below, after numbering, so that row numbers stay those of the file.
      skip_empty_lines: false,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid_file', `${fileName} is not a readable CSV file: ${reason}`);
  }
  const numbered = records
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0] === ''));
  return checkShape(numbered, fileName);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value)
      return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function parseXlsx(bytes: Uint8Array, fileName: string): Promise<Table> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.read(Readable.from([Buffer.from(bytes)]));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('invalid_file', `${fileName} is not a readable XLSX workbook: ${reason}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid_file', `${fileName} has no worksheet`);
  const all: NumberedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column++)
      values.push(cellText(row.getCell(column).value).trim());
    if (values.some((value) => value !== '')) all.push({ cells: values, row: row.number });
  });
  return checkShape(all, fileName);
}

export async function parseTable(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ format: TableFormat; table: Table }> {
  if (bytes.byteLength === 0) throw new AppError('invalid_file', `${fileName} is empty`);
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new AppError('payload_too_large', `${fileName} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
  const format = detectFormat(bytes);
  const table = format === 'xlsx' ? await parseXlsx(bytes, fileName) : parseCsv(bytes, fileName);
  return { format, table };
}
