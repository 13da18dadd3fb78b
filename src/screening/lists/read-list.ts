import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type ListEntity, ListFormatError, type ListSource } from '../list-entity.model.ts';
import { detectFormat, type ListFormat, OFAC_SETS, SOURCE_OF_FORMAT } from './detect-format.ts';
import { parseEuFsfXml } from './eu-fsf-xml.ts';
import { type FtmChange, parseFtmDelta, parseFtmJson } from './ftm-json.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { type OfacCsvSet, parseOfacCsv } from './ofac-csv.ts';
import { parseSenzingJson } from './senzing-json.ts';
import { parseUkCsv } from './uk-csv.ts';
import { parseUkXml } from './uk-xml.ts';
import { parseUnXml } from './un-xml.ts';
import { parseUsCsl } from './us-csl.ts';

/**
 * A list file (or OFAC CSV folder) opened for reading: the entities of a full list, or the changes of a
 * delta file. Iterating reads the file; the stats fill in as it goes. A ListFormatError thrown at any point
 * means the file is not usable as a whole: callers replace a list version only after the last entity.
 */
export type ListRead =
  | {
      kind: 'entities';
      format: Exclude<ListFormat, 'ftm_delta_json'>;
      source: ListSource;
      entities: AsyncGenerator<ListEntity>;
      stats: ParseStats;
    }
  | {
      kind: 'delta';
      format: 'ftm_delta_json';
      source: ListSource;
      changes: AsyncGenerator<FtmChange>;
      stats: ParseStats;
    };

export async function readList(path: string): Promise<ListRead> {
  const format = await detectFormat(path);
  const source = SOURCE_OF_FORMAT[format];
  const stats = createParseStats();
  switch (format) {
    case 'ftm_delta_json':
      return { kind: 'delta', format, source, changes: parseFtmDelta(openFile(path), stats), stats };
    case 'ofac_sdn_csv':
    case 'ofac_cons_csv': {
      const set = await openOfacSet(path, format);
      const list = format === 'ofac_sdn_csv' ? 'us_ofac_sdn' : 'us_ofac_cons';
      return { kind: 'entities', format, source, entities: parseOfacCsv(set, list, stats), stats };
    }
    default:
      return { kind: 'entities', format, source, entities: parseFile(format, openFile(path), stats), stats };
  }
}

function parseFile(
  format: Exclude<ListFormat, 'ftm_delta_json' | 'ofac_sdn_csv' | 'ofac_cons_csv'>,
  file: ListFile,
  stats: ParseStats,
) {
  switch (format) {
    case 'us_csl_csv':
      return parseUsCsl(file, stats);
    case 'un_xml':
      return parseUnXml(file, stats);
    case 'eu_fsf_xml':
      return parseEuFsfXml(file, stats);
    case 'uk_xml':
      return parseUkXml(file, stats);
    case 'uk_csv':
      return parseUkCsv(file, stats);
    case 'ftm_json':
      return parseFtmJson(file, stats);
    case 'senzing_json':
      return parseSenzingJson(file, stats);
  }
}

/** The file, opened only when its bytes are first read. */
function openFile(path: string): ListFile {
  async function* bytes(): AsyncGenerator<Uint8Array> {
    yield* createReadStream(path);
  }
  return { name: basename(path), bytes: bytes() };
}

/**
 * The files of an OFAC set: the folder given, or the folder of the sdn.csv / cons_prim.csv given. The alias
 * and address files must be there (a set without them would silently lose names); the comments file is read
 * when present.
 */
async function openOfacSet(path: string, format: 'ofac_sdn_csv' | 'ofac_cons_csv'): Promise<OfacCsvSet> {
  const names = OFAC_SETS[format];
  const directory = basename(path).toLowerCase() === names.primary ? join(path, '..') : path;
  const entries = new Map((await readdir(directory)).map((entry) => [entry.toLowerCase(), entry]));
  const find = (name: string, required: boolean): ListFile | undefined => {
    const entry = entries.get(name);
    if (!entry) {
      if (required)
        throw new ListFormatError(
          basename(directory),
          'the OFAC CSV set',
          `${name} is missing beside ${names.primary}`,
        );
      return undefined;
    }
    return openFile(join(directory, entry));
  };
  const primary = find(names.primary, true);
  const aliases = find(names.aliases, true);
  const addresses = find(names.addresses, true);
  if (!primary || !aliases || !addresses)
    throw new ListFormatError(basename(directory), 'the OFAC CSV set', 'incomplete');
  return { primary, aliases, addresses, comments: find(names.comments, false) };
}
