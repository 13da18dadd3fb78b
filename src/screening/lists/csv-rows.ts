import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { ListFormatError } from '../list-entity.model.ts';
import type { ListFile } from './list-file.ts';
import { messageOf } from './text-decoding.ts';

export interface CsvRow {
  fields: string[];
  /** The file line on which the row ends (rows with quoted line breaks span several lines). */
  line: number;
}

/** No row of an official list comes near this; an unclosed quote stops here instead of swallowing the file. */
export const MAX_CSV_RECORD_CHARS = 8 * 1024 * 1024;

/**
 * The rows of a CSV file, streamed through csv-parse (RFC 4180 quoting). A malformed file - an unclosed
 * quote, a stray quote, a row past the size limit - is a ListFormatError naming the file line.
 */
export async function* readCsvRows(
  file: ListFile,
  text: AsyncIterable<string>,
  options: { delimiter?: string } = {},
): AsyncGenerator<CsvRow> {
  // The row that fails starts on the line after the last good row; csv-parse itself counts lines up to
  // where it stopped, which for an unclosed quote is the end of the file.
  let lastLine = 0;
  const lines: number[] = [];
  let next = 0;
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    // Called in order as each row is parsed; the rows are read from the stream in the same order.
    on_record: (fields, context) => {
      lastLine = context.lines;
      lines.push(context.lines);
      return fields;
    },
  });
  pipeline(text, parser, () => {
    // Errors surface through the iteration below.
  });
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const line = lines[next] ?? lastLine;
      next++;
      if (next > 1024) {
        lines.splice(0, next);
        next = 0;
      }
      yield { fields, line };
    }
  } catch (error) {
    if (error instanceof ListFormatError) throw error;
    throw new ListFormatError(file.name, `line ${lastLine + 1}`, `not valid CSV: ${messageOf(error)}`);
  }
}

/** A CSV cell with OFAC's "-0-" (no value) and surrounding spaces removed. */
export function cell(fields: readonly string[], index: number): string {
  const value = (fields[index] ?? '').trim();
  return value === '-0-' ? '' : value;
}
