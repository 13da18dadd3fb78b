import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ListFormatError, type ListSource } from '../list-entity.model.ts';
import { gunzipIfNeeded } from './text-decoding.ts';

export const LIST_FORMATS = [
  'ofac_sdn_csv',
  'ofac_cons_csv',
  'us_csl_csv',
  'un_xml',
  'eu_fsf_xml',
  'uk_xml',
  'uk_csv',
  'ftm_json',
  'ftm_delta_json',
  'senzing_json',
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const SOURCE_OF_FORMAT: Record<ListFormat, ListSource> = {
  ofac_sdn_csv: 'us_ofac_sdn',
  ofac_cons_csv: 'us_ofac_cons',
  us_csl_csv: 'us_csl',
  un_xml: 'un_sc',
  eu_fsf_xml: 'eu_fsf',
  uk_xml: 'gb_hmt',
  uk_csv: 'gb_hmt',
  ftm_json: 'opensanctions',
  ftm_delta_json: 'opensanctions',
  senzing_json: 'senzing',
};

/** The primary file of each OFAC CSV set, and the side files that belong to it. */
export const OFAC_SETS = {
  ofac_sdn_csv: {
    primary: 'sdn.csv',
    aliases: 'alt.csv',
    addresses: 'add.csv',
    comments: 'sdn_comments.csv',
  },
  ofac_cons_csv: {
    primary: 'cons_prim.csv',
    aliases: 'cons_alt.csv',
    addresses: 'cons_add.csv',
    comments: 'cons_comments.csv',
  },
} as const;

/** How much of a file is read to recognise it. */
export const HEAD_BYTES = 64 * 1024;

/** The format of a file, or of a directory holding an OFAC CSV set, from its name and first bytes. */
export async function detectFormat(path: string): Promise<ListFormat> {
  const name = basename(path);
  if ((await stat(path)).isDirectory()) return ofacSetFormat(name, await readdir(path));
  return sniffFormat(name, await readHead(path));
}

/** A directory is an OFAC CSV set when it holds sdn.csv or cons_prim.csv (names in any case). */
export function ofacSetFormat(directory: string, entries: readonly string[]): ListFormat {
  const names = new Set(entries.map((entry) => entry.toLowerCase()));
  const found = (['ofac_sdn_csv', 'ofac_cons_csv'] as const).filter((format) =>
    names.has(OFAC_SETS[format].primary),
  );
  if (found.length === 1 && found[0]) return found[0];
  const reason =
    found.length === 0
      ? 'the folder holds no sdn.csv or cons_prim.csv, so it is not an OFAC CSV set'
      : 'the folder holds both sdn.csv and cons_prim.csv; give each set its own folder';
  throw new ListFormatError(directory, 'the folder', `not a list format Tradeguard knows: ${reason}`);
}

/**
 * The format of a file from its name and the text of its start (gunzipped already). Pure: the rules look at
 * the XML root element, the keys of the first JSON record, or the CSV header.
 */
export function sniffFormat(fileName: string, head: string): ListFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const lower = basename(fileName).toLowerCase();
  const unknown = (what: string): never => {
    throw new ListFormatError(
      fileName,
      'the start of the file',
      `not a list format Tradeguard knows: ${what}`,
    );
  };
  if (text.startsWith('<')) {
    const root = text
      .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, '')
      .match(/<([A-Za-z_][\w.:-]*)/)?.[1];
    const local = root?.split(':').pop();
    if (local === 'CONSOLIDATED_LIST') return 'un_xml';
    if (local === 'Designations') return 'uk_xml';
    if (local === 'export' && /fsd\/export|<(\w+:)?sanctionEntity\b/.test(text)) return 'eu_fsf_xml';
    return unknown(`XML with root element <${root ?? '?'}>`);
  }
  if (text.startsWith('[') || text.startsWith('{')) {
    const first = text.startsWith('[') ? text.slice(1).trimStart() : (text.split('\n')[0] ?? '');
    if (/"op"\s*:\s*"(ADD|MOD|DEL)"/.test(first) && /"entity"\s*:/.test(first)) return 'ftm_delta_json';
    if (/"DATA_SOURCE"\s*:/.test(first) && /"RECORD_ID"\s*:/.test(first)) return 'senzing_json';
    if (/"schema"\s*:/.test(first) && /"properties"\s*:/.test(first)) return 'ftm_json';
    return unknown('JSON without FollowTheMoney, delta or Senzing records');
  }
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  if (/^"?Report Date/i.test(firstLine)) return 'uk_csv';
  const header = firstLine.split(',').map((field) => field.trim().replace(/^"|"$/g, '').toLowerCase());
  if (header.includes('unique id') && header.includes('name 6')) return 'uk_csv';
  if (header.includes('source') && header.includes('name') && header.includes('type')) return 'us_csl_csv';
  for (const format of ['ofac_sdn_csv', 'ofac_cons_csv'] as const) {
    const set = OFAC_SETS[format];
    if (lower === set.primary && /^\d+,/.test(firstLine)) return format;
    if (([set.aliases, set.addresses, set.comments] as readonly string[]).includes(lower)) {
      return unknown(`${lower} is part of an OFAC CSV set; read its folder or ${set.primary} instead`);
    }
  }
  return unknown(`the first line is "${firstLine.slice(0, 80)}"`);
}

/** Up to HEAD_BYTES of the file's text, gunzipped when it is gzip. */
async function readHead(path: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of gunzipIfNeeded({
    name: basename(path),
    bytes: createReadStream(path, { highWaterMark: HEAD_BYTES }),
  })) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= HEAD_BYTES) break;
  }
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, HEAD_BYTES));
}
