/**
 * What every importer reads: the bytes of one published file and the name to quote in error messages. Node's
 * Readable streams (fs.createReadStream, an HTTP body, a zlib stream) are async iterables of Buffers, so they
 * can be passed as they are; tests pass arrays of strings or buffers.
 */
export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface ListFile {
  /** The file's name as the user knows it ("sdn.csv"), quoted in every ListFormatError. */
  name: string;
  bytes: ByteSource;
}

/** Counters an importer fills while it reads, for the import report. */
export interface ParseStats {
  /** Records read from the file: CSV rows, XML records, JSON lines. */
  records: number;
  /** Entities yielded. */
  entities: number;
  /** Records read but not turned into entities on purpose (an FtM Sanction, a Senzing relationship...). */
  skipped: number;
  /** Country values that could not be resolved to an ISO code, with how often each was seen. */
  unmappedCountries: Map<string, number>;
}

export function createParseStats(): ParseStats {
  return { records: 0, entities: 0, skipped: 0, unmappedCountries: new Map() };
}

export function fileOf(name: string, bytes: ByteSource): ListFile {
  return { name, bytes };
}
