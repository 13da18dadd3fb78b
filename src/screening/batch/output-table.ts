import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { loadExcelJs } from '../../platform/files/load-exceljs.ts';
import { neutralizeFormula } from '../../suppliers/export.ts';
import type { OutputCell } from './result-columns.ts';

export type OutputFormat = 'csv' | 'xlsx';

/** The format an output file is written in, told by its extension; null for any other. */
export function outputFormatOf(file: string): OutputFormat | null {
  const extension = extname(file).slice(1).toLowerCase();
  return extension === 'csv' || extension === 'xlsx' ? extension : null;
}

function csvStream(headers: readonly string[], rows: Iterable<OutputCell[]>): Readable {
  // Spreadsheets run cells starting with = + - @ as formulas: input cells and names from the lists alike.
  const neutral = (cell: OutputCell) => (typeof cell === 'number' ? String(cell) : neutralizeFormula(cell));
  const lines = (function* () {
    yield headers.map(neutral);
    for (const row of rows) yield row.map(neutral);
  })();
  return Readable.from(lines).pipe(stringify({ bom: true }));
}

function xlsxStream(headers: readonly string[], rows: Iterable<OutputCell[]>, sheetName: string): Readable {
  const out = new PassThrough();
  (async () => {
    // Cells are typed strings and numbers, never formulas: spreadsheets do not evaluate them.
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow([...headers]).commit();
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** Why the output file cannot be written where asked, or null: a wrong extension, the input itself, no folder. */
export function outputPathProblem(input: string, output: string): string | null {
  if (!outputFormatOf(output)) return '--output must end in .csv or .xlsx';
  if (resolve(input) === resolve(output)) return '--output must not be the --input file';
  if (!existsSync(dirname(resolve(output)))) return `--output: the folder ${dirname(output)} does not exist`;
  return null;
}

/** Writes the table whole or not at all: into FILE.partial, renamed to FILE at the end. */
export async function writeOutputTable(
  file: string,
  format: OutputFormat,
  headers: readonly string[],
  rows: Iterable<OutputCell[]>,
  sheetName = 'Results',
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    const stream = format === 'csv' ? csvStream(headers, rows) : xlsxStream(headers, rows, sheetName);
    await pipeline(stream, createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
