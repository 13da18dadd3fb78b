import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { collect, textFile } from './list-fixtures.ts';
import { decodeLegacyText, decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';

async function* chunksOf(...chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

describe('decoding list files', () => {
  it('keeps UTF-8 characters split across chunks, and drops the byte order mark', async () => {
    const bytes = Buffer.from('\uFEFFMuñoz → Иван', 'utf8');
    const pieces = [bytes.subarray(0, 6), bytes.subarray(6, 13), bytes.subarray(13)];
    expect((await collect(decodeLegacyText(chunksOf(...pieces)))).join('')).toBe('Muñoz → Иван');
    expect((await collect(decodeUtf8(textFile('x'), chunksOf(...pieces)))).join('')).toBe(
      '\uFEFFMuñoz → Иван'.slice(1),
    );
  });

  it('switches to Windows-1252 at the first byte sequence that is not UTF-8', async () => {
    const text = await collect(
      decodeLegacyText(chunksOf(Buffer.from('ABC '), Buffer.from('Mu\u00f1oz \u0080', 'latin1'))),
    );
    expect(text.join('')).toBe('ABC Muñoz €');
  });

  it('refuses bytes that are not UTF-8 in XML and JSON files', async () => {
    const error = await collect(
      decodeUtf8(textFile('list.xml'), chunksOf(Buffer.from([0x3c, 0x61, 0xff, 0x3e]))),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListFormatError);
    expect((error as Error).message).toBe('list.xml, bytes 0 onwards: the file is not UTF-8 text');
  });

  it('gunzips gzip input, even when the magic bytes arrive one at a time', async () => {
    const gz = gzipSync('hello, list');
    const file = textFile('a.gz', gz.subarray(0, 1), gz.subarray(1, 2), gz.subarray(2));
    expect(Buffer.concat(await collect(gunzipIfNeeded(file))).toString()).toBe('hello, list');
    expect(Buffer.concat(await collect(gunzipIfNeeded(textFile('a.txt', 'plain')))).toString()).toBe('plain');
  });
});
