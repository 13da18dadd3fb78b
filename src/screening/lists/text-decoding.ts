import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ListFormatError } from '../list-entity.model.ts';
import type { ByteSource, ListFile } from './list-file.ts';

const encoder = new TextEncoder();

/** The source's chunks as bytes (strings are taken as UTF-8). */
export async function* byteChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    if (typeof chunk === 'string') yield encoder.encode(chunk);
    else if (chunk.length > 0) yield chunk;
  }
}

/** gzip members start with 1f 8b (RFC 1952, section 2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file's bytes, gunzipped when they start with the gzip magic bytes; a damaged gzip is a ListFormatError. */
export async function* gunzipIfNeeded(file: ListFile): AsyncGenerator<Uint8Array> {
  const chunks = byteChunks(file.bytes);
  let head: Uint8Array = new Uint8Array(0);
  // Enough bytes to see the magic number, even if the source hands them over one at a time.
  while (head.length < 2) {
    const next = await chunks.next();
    if (next.done) break;
    head = concatBytes(head, next.value);
  }
  async function* replayed(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    yield* chunks;
  }
  if (!isGzip(head)) {
    yield* replayed();
    return;
  }
  const gunzip = createGunzip();
  pipeline(replayed(), gunzip, () => {
    // Errors surface through the iteration of gunzip below.
  });
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (error) {
    if (error instanceof ListFormatError) throw error;
    throw new ListFormatError(file.name, 'gzip data', `cannot be decompressed: ${messageOf(error)}`);
  }
}

/**
 * Strict UTF-8 text, for the XML and JSON formats (their publishers write UTF-8, and XML 1.0 section 4.3.3
 * makes it the default). A byte sequence that is not UTF-8 is a ListFormatError, not replacement characters.
 */
export async function* decodeUtf8(file: ListFile, bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      offset += chunk.length;
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new ListFormatError(file.name, `bytes ${offset} onwards`, 'the file is not UTF-8 text');
    }
    throw error;
  }
}

/**
 * Text of the legacy CSV files: UTF-8 while the bytes are UTF-8, and Windows-1252 from the first sequence that
 * is not (older OFAC and trade.gov files were written in a Windows code page; bytes above 0x7F of such a file
 * almost never form valid UTF-8, so everything decoded before the switch was plain ASCII either way).
 */
export async function* decodeLegacyText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const cp1252 = new TextDecoder('windows-1252');
  let carry: Uint8Array = new Uint8Array(0);
  let legacy = false;
  let first = true;
  for await (const chunk of bytes) {
    let text: string;
    if (legacy) {
      text = cp1252.decode(chunk);
    } else {
      const all = concatBytes(carry, chunk);
      const cut = completeUtf8Length(all);
      try {
        text = utf8.decode(all.subarray(0, cut));
        carry = all.slice(cut);
      } catch {
        legacy = true;
        text = cp1252.decode(all);
        carry = new Uint8Array(0);
      }
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    if (text) yield text;
  }
  if (carry.length > 0) yield cp1252.decode(carry);
}

/** The length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
function completeUtf8Length(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? end - back : end;
  }
  return end;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
