import { type EntitySchema, type ListEntity, ListFormatError, type NameKind } from '../list-entity.model.ts';
import { type CsvRow, cell, readCsvRows } from './csv-rows.ts';
import { EntityBuilder } from './entity-builder.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { applyOfacRemarks } from './ofac-remarks.ts';
import { decodeLegacyText, gunzipIfNeeded } from './text-decoding.ts';

/**
 * OFAC's legacy CSV files (SDN data specification, "Comma delimited"): no header, "-0-" for no value, and a
 * DOS end-of-file byte (0x1A) as the last line. The SDN list is sdn.csv + alt.csv + add.csv + sdn_comments.csv,
 * the consolidated non-SDN list cons_prim.csv + cons_alt.csv + cons_add.csv + cons_comments.csv, same columns.
 */
export interface OfacCsvSet {
  /** sdn.csv / cons_prim.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks */
  primary: ListFile;
  /** alt.csv: ent_num, alt_num, alt_type, alt_name, alt_remarks */
  aliases?: ListFile;
  /** add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks */
  addresses?: ListFile;
  /** sdn_comments.csv: ent_num, the rest of a Remarks value too long for its column */
  comments?: ListFile;
}

export type OfacList = 'us_ofac_sdn' | 'us_ofac_cons';

const PRIMARY_COLUMNS = 12;

const SCHEMAS: Record<string, EntitySchema> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  '': 'Organization',
};

const ALIAS_KINDS: Record<string, NameKind> = { aka: 'alias', fka: 'former', nka: 'alias' };

interface AliasRow {
  type: string;
  name: string;
  remarks: string;
  line: number;
}

/** The entities of one OFAC CSV set, in the order of the primary file; side files are read first. */
export async function* parseOfacCsv(
  set: OfacCsvSet,
  list: OfacList,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  const aliases = new Map<string, AliasRow[]>();
  const addresses = new Map<string, string[][]>();
  const comments = new Map<string, string>();
  if (set.aliases) {
    for await (const { fields, line, entNum } of sideRows(set.aliases, 4)) {
      const rows = aliases.get(entNum) ?? [];
      rows.push({
        type: cell(fields, 2).toLowerCase(),
        name: cell(fields, 3),
        remarks: cell(fields, 4),
        line,
      });
      aliases.set(entNum, rows);
    }
  }
  if (set.addresses) {
    for await (const { fields, entNum } of sideRows(set.addresses, 5)) {
      const rows = addresses.get(entNum) ?? [];
      rows.push([cell(fields, 2), cell(fields, 3), cell(fields, 4)]);
      addresses.set(entNum, rows);
    }
  }
  if (set.comments) {
    for await (const { fields, entNum } of sideRows(set.comments, 2)) {
      // Continuations are cut mid-word: they are appended as they are.
      comments.set(entNum, (comments.get(entNum) ?? '') + (fields[1] ?? ''));
    }
  }

  const file = set.primary.name;
  const seen = new Set<string>();
  for await (const row of ofacRows(set.primary)) {
    stats.records++;
    const { fields, line } = row;
    const record = `line ${line}`;
    if (fields.length !== PRIMARY_COLUMNS) {
      throw new ListFormatError(file, record, `expected ${PRIMARY_COLUMNS} columns, found ${fields.length}`);
    }
    const entNum = entNumOf(file, row);
    if (seen.has(entNum)) throw new ListFormatError(file, record, `ent_num ${entNum} appears twice`);
    seen.add(entNum);
    const type = cell(fields, 2).toLowerCase();
    const schema = SCHEMAS[type];
    if (!schema) throw new ListFormatError(file, record, `unknown SDN_Type "${type}"`);

    const entity = new EntityBuilder(list, entNum, schema, stats);
    entity.addName(cell(fields, 1), 'primary');
    for (const alias of aliases.get(entNum) ?? []) {
      const kind = ALIAS_KINDS[alias.type];
      if (!kind) {
        throw new ListFormatError(
          set.aliases?.name ?? file,
          `line ${alias.line}`,
          `unknown alt_type "${alias.type}"`,
        );
      }
      entity.addName(alias.name, /\bweak\b/i.test(alias.remarks) ? 'weak_alias' : kind);
    }
    for (const program of cell(fields, 3).split(/\]\s*\[/)) entity.addProgram(program.replace(/[[\]]/g, ''));
    const title = cell(fields, 4);
    if (title) entity.addRemark(`Title: ${title}`);
    entity.addIdentifier('call_sign', cell(fields, 5));
    entity.addCountryName(cell(fields, 9));
    const owner = cell(fields, 10);
    if (owner) entity.addRemark(`Vessel owner: ${owner}`);
    // Untrimmed: the continuation may start right after a space at the end of the column.
    const remarks = ((cell(fields, 11) ? fields[11] : '') + (comments.get(entNum) ?? '')).trim();
    if (remarks) {
      applyOfacRemarks(entity, remarks);
      entity.addRemark(remarks);
    }
    for (const [address, cityStatePostal, country] of addresses.get(entNum) ?? []) {
      entity.addAddress([address, cityStatePostal, country]);
      entity.addCountryName(country);
    }
    yield entity.build(file, `${record} (ent_num ${entNum})`);
  }
  if (stats.records === 0) throw new ListFormatError(file, 'the whole file', 'no records found');
}

/** Rows of an OFAC file, without the trailing end-of-file byte. */
async function* ofacRows(file: ListFile): AsyncGenerator<CsvRow> {
  for await (const row of readCsvRows(file, decodeLegacyText(gunzipIfNeeded(file)))) {
    if (row.fields.length === 1 && (row.fields[0] ?? '').trim() === '\u001a') continue;
    yield row;
  }
}

async function* sideRows(file: ListFile, minColumns: number): AsyncGenerator<CsvRow & { entNum: string }> {
  for await (const row of ofacRows(file)) {
    if (row.fields.length < minColumns) {
      throw new ListFormatError(
        file.name,
        `line ${row.line}`,
        `expected ${minColumns} columns or more, found ${row.fields.length}`,
      );
    }
    yield { ...row, entNum: entNumOf(file.name, row) };
  }
}

function entNumOf(file: string, row: CsvRow): string {
  const entNum = cell(row.fields, 0);
  if (!/^\d+$/.test(entNum))
    throw new ListFormatError(file, `line ${row.line}`, `ent_num "${entNum}" is not a number`);
  return entNum;
}
