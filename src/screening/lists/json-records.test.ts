import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { readJsonRecords } from './json-records.ts';
import { collect, textFile } from './list-fixtures.ts';

async function records(chunks: string[], maxRecordChars?: number) {
  const file = textFile('data.json');
  async function* text() {
    yield* chunks;
  }
  return collect(readJsonRecords(file, text(), { maxRecordChars }));
}

describe('JSON lines', () => {
  it('reads values across chunk boundaries, skips blank lines and CRLF', async () => {
    const result = await records(['{"a":', '1}\r\n\n', '{"a":2}\n{"a"', ':3}']);
    expect(result).toEqual([
      { value: { a: 1 }, where: 'line 1' },
      { value: { a: 2 }, where: 'line 3' },
      { value: { a: 3 }, where: 'line 4' },
    ]);
  });

  // 20,000 chunks of 1 KiB: joining the pieces once per line keeps this linear; re-joining the growing line
  // at every chunk would copy ~200 GB and run into the test timeout.
  it('reads a 20 MB line without hanging', { timeout: 20_000 }, async () => {
    const piece = 'x'.repeat(1024);
    const chunks = ['{"notes":"', ...Array.from({ length: 20_000 }, () => piece), '"}\n{"n":1}\n'];
    const result = await records(chunks);
    expect(result).toHaveLength(2);
    expect(result[0]?.value).toEqual({ notes: piece.repeat(20_000) });
  });

  it('stops at the size limit instead of filling the memory with a file without line breaks', async () => {
    const error = await records(['{"a":"', 'y'.repeat(2000), 'y'.repeat(2000)], 3000).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ListFormatError);
    expect((error as Error).message).toBe('data.json, line 1: the line is longer than 3000 characters');
  });
});

describe('JSON arrays', () => {
  it('splits the items of a top-level array, with brackets and commas inside strings', async () => {
    const result = await records([
      '  [ {"a": "x, ]"}',
      ', {"b": [1, {"c": "\\"}"}]}',
      ' ,\n{"d": null}\n]\n',
    ]);
    expect(result.map((item) => item.value)).toEqual([{ a: 'x, ]' }, { b: [1, { c: '"}' }] }, { d: null }]);
    expect(result.map((item) => item.where)).toEqual(['array item 1', 'array item 2', 'array item 3']);
  });

  it('reads an empty array, refuses text after the array and empty items', async () => {
    expect(await records(['[]'])).toEqual([]);
    await expect(records(['[{"a":1}] x'])).rejects.toThrow(
      'data.json, after array item 1: text after the array',
    );
    await expect(records(['[{"a":1},,{"a":2}]'])).rejects.toThrow(
      'data.json, array item 2: empty array item',
    );
  });
});
