import { ListFormatError } from '../list-entity.model.ts';
import type { ListFile } from './list-file.ts';
import { messageOf } from './text-decoding.ts';

export interface JsonRecord {
  value: unknown;
  /** "line 12" for JSON lines, "array item 12" for a JSON array. */
  where: string;
}

/** No record of a list comes near this; a file without line breaks stops here instead of filling the memory. */
export const MAX_JSON_RECORD_CHARS = 64 * 1024 * 1024;

/**
 * The records of a JSON lines file (one JSON value per line) or, when the text starts with "[", of one JSON
 * array, streamed in both cases. A line that is not JSON is a ListFormatError naming the line.
 */
export async function* readJsonRecords(
  file: ListFile,
  text: AsyncIterable<string>,
  options: { maxRecordChars?: number } = {},
): AsyncGenerator<JsonRecord> {
  const max = options.maxRecordChars ?? MAX_JSON_RECORD_CHARS;
  const iterator = text[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.trim() === '') first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  async function* replayed(): AsyncGenerator<string> {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const items = head.trimStart().startsWith('[')
    ? splitJsonArray(file, replayed(), max)
    : splitLines(file, replayed(), max);
  for await (const item of items) {
    try {
      yield { value: JSON.parse(item.text), where: item.where };
    } catch (error) {
      throw new ListFormatError(file.name, item.where, `not valid JSON: ${messageOf(error)}`);
    }
  }
}

interface RawItem {
  text: string;
  where: string;
}

/** Non-blank lines; the pieces of a long line are joined once, so a huge line costs linear time. */
async function* splitLines(
  file: ListFile,
  text: AsyncIterable<string>,
  max: number,
): AsyncGenerator<RawItem> {
  let pieces: string[] = [];
  let pendingChars = 0;
  let line = 1;
  const take = (piece: string): RawItem | undefined => {
    const whole = pieces.length > 0 ? pieces.join('') + piece : piece;
    pieces = [];
    pendingChars = 0;
    const where = `line ${line}`;
    line++;
    return whole.trim() === '' ? undefined : { text: whole, where };
  };
  for await (const chunk of text) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      const item = take(chunk.slice(start, end));
      if (item) yield item;
      start = end + 1;
    }
    if (start < chunk.length) {
      pieces.push(chunk.slice(start));
      pendingChars += chunk.length - start;
      if (pendingChars > max) {
        throw new ListFormatError(file.name, `line ${line}`, `the line is longer than ${max} characters`);
      }
    }
  }
  const last = take('');
  if (last) yield last;
}

/** The elements of a top-level JSON array, found by tracking strings and nesting, without parsing them. */
async function* splitJsonArray(
  file: ListFile,
  text: AsyncIterable<string>,
  max: number,
): AsyncGenerator<RawItem> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let closed = false;
  let pieces: string[] = [];
  let pendingChars = 0;
  let index = 0;
  const take = (): RawItem | undefined => {
    const whole = pieces.join('');
    pieces = [];
    pendingChars = 0;
    if (whole.trim() === '') return undefined;
    index++;
    return { text: whole, where: `array item ${index}` };
  };
  for await (const chunk of text) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (closed) {
        if (!isJsonSpace(c))
          throw new ListFormatError(file.name, `after array item ${index}`, 'text after the array');
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x5b || c === 0x7b) {
        depth++;
        if (depth === 1) start = i + 1;
      } else if (c === 0x5d || c === 0x7d) {
        depth--;
        if (depth === 0) {
          pieces.push(chunk.slice(start, i));
          const item = take();
          if (item) yield item;
          closed = true;
          start = i + 1;
        }
      } else if (c === 0x2c && depth === 1) {
        pieces.push(chunk.slice(start, i));
        const item = take();
        if (!item) throw new ListFormatError(file.name, `array item ${index + 1}`, 'empty array item');
        yield item;
        start = i + 1;
      }
    }
    if (depth >= 1 && !closed) {
      pieces.push(chunk.slice(start));
      pendingChars += chunk.length - start;
      if (pendingChars > max) {
        throw new ListFormatError(
          file.name,
          `array item ${index + 1}`,
          `the item is longer than ${max} characters`,
        );
      }
    }
  }
  if (!closed)
    throw new ListFormatError(
      file.name,
      `array item ${index + 1}`,
      'the JSON array is not closed (file cut short?)',
    );
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The value as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The strings among a value that is a string or an array of strings. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value))
    return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  return [];
}
