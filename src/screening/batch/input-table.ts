import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../platform/errors.ts';
import { MAX_FILE_BYTES, parseTable, type Table } from '../../suppliers/import/parse-table.ts';

/** A table read from a file for a batch command: its headers and rows, each row as long as the header. */
export interface InputTable {
  file: string;
  headers: string[];
  rows: string[][];
  /** The spreadsheet row number of each data row (the header is row 1). */
  rowNumbers: number[];
}

/** One problem in one row: enough for the user to find and fix it. */
export interface RowProblem {
  row: number;
  column: string | null;
  reason: string;
}

const SHOWN_PROBLEMS = 50;

/** Headers compared without case, spaces, hyphens or dots: "Birth Date", "birth-date" and "BIRTH_DATE" agree. */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
}

/**
 * Reads a CSV or XLSX file (UTF-8 or UTF-16 with a BOM; the format is told by the bytes) for a batch command.
 * A missing, unreadable, empty or too large file, or a row with more cells than the header, is refused with
 * the file (and the row) named.
 */
export async function readInputTable(file: string): Promise<InputTable> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError('invalid_file', `${file} does not exist`);
  if (!info.isFile()) throw new AppError('invalid_file', `${file} is not a file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new AppError(
      'payload_too_large',
      `${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; split it into smaller files`,
    );
  }
  const bytes = await readFile(file).catch((error: unknown) => {
    throw new AppError(
      'invalid_file',
      `${file} cannot be read: ${error instanceof Error ? error.message : error}`,
    );
  });
  const { table } = await parseTable(new Uint8Array(bytes), file);
  return fitRows(table, file);
}

function fitRows(table: Table, file: string): InputTable {
  const width = table.headers.length;
  const rowNumbers = table.rows.map((_, i) => table.rowNumbers?.[i] ?? i + 2);
  const problems: RowProblem[] = [];
  const rows = table.rows.map((cells, i) => {
    const extra = cells.slice(width).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      problems.push({
        row: rowNumbers[i] ?? i + 2,
        column: null,
        reason: `${cells.length} cells, but the header has ${width} columns`,
      });
    }
    const fitted = cells.slice(0, width);
    while (fitted.length < width) fitted.push('');
    return fitted;
  });
  throwProblems(file, problems);
  return { file, headers: table.headers, rows, rowNumbers };
}

/** Refuses the file when any row has problems, listing them (row, column, reason). */
export function throwProblems(file: string, problems: readonly RowProblem[]): void {
  if (problems.length === 0) return;
  const lines = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => `  row ${p.row}${p.column ? `, column "${p.column}"` : ''}: ${p.reason}`);
  if (problems.length > SHOWN_PROBLEMS) lines.push(`  ... and ${problems.length - SHOWN_PROBLEMS} more`);
  throw new AppError(
    'validation_failed',
    `${file}: ${problems.length} ${problems.length === 1 ? 'row has a problem' : 'rows have problems'}; nothing was screened\n${lines.join('\n')}`,
    problems,
  );
}

export interface ColumnSpec<Field extends string> {
  field: Field;
  /** Accepted header keys (see headerKey); the first is the one named in messages. */
  names: readonly string[];
  required: boolean;
}

/**
 * Finds the columns a command reads, by their header keys (and accepted synonyms); a required column that is
 * missing, or a column given twice, is refused with the headers the file does have. Answers the position of
 * each column found.
 */
export function findColumns<Field extends string>(
  table: InputTable,
  specs: readonly ColumnSpec<Field>[],
): Map<Field, number> {
  const keys = table.headers.map(headerKey);
  const found = new Map<Field, number>();
  for (const { field, names, required } of specs) {
    const at = keys.flatMap((key, i) => (names.includes(key) ? [i] : []));
    if (at.length > 1) {
      throw new AppError(
        'invalid_file',
        `${table.file}: the columns ${at.map((i) => `"${table.headers[i]}"`).join(' and ')} both give ${names[0]}; keep one`,
      );
    }
    const position = at[0];
    if (position !== undefined) found.set(field, position);
    else if (required) {
      throw new AppError(
        'invalid_file',
        `${table.file}: no "${names[0]}" column (the header row has: ${table.headers.map((h) => `"${h}"`).join(', ')})`,
      );
    }
  }
  return found;
}
