import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../../../platform/files/load-exceljs.ts';
import type { SubstanceListId } from '../../knowledge/knowledge.model.ts';
import { readNumbers } from '../registry-numbers.ts';
import { type SubstanceEntry, SubstanceFileError } from '../substance-entry.model.ts';

/**
 * ECHA's list exports (XLSX, one sheet "List_results", a header row): the Candidate List of SVHC, REACH Annex
 * XVII restrictions, Annex XIV authorisation, and the EU POPs Regulation list. Which one is told by the header
 * columns, not the file name.
 */
const SIGNATURES: { list: SubstanceListId; columns: string[] }[] = [
  { list: 'reach_annex_xiv', columns: ['Sunset date', 'Latest application date'] },
  { list: 'reach_annex_xvii', columns: ['Entry number', 'Conditions'] },
  { list: 'eu_pops', columns: ['POPs Regulation Annex'] },
  { list: 'echa_svhc_candidate', columns: ['Date of inclusion', 'Reason for inclusion'] },
];

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink;
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "04-Feb-2026" → "2026-02-04". */
function isoDate(value: string): string | undefined {
  const match = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(value.trim());
  if (!match?.[1] || !match[2] || !match[3])
    return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
  const month = MONTHS.indexOf(match[2]) + 1;
  return month > 0 ? `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}` : undefined;
}

export async function readEchaListXlsx(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ list: SubstanceListId; entries: SubstanceEntry[] }> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.read(Readable.from([Buffer.from(bytes)]));
  } catch (error) {
    throw new SubstanceFileError(
      `${fileName} is not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SubstanceFileError(`${fileName} has no worksheet`);
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    header[column] = text(cell.value).trim();
  });
  const signature = SIGNATURES.find((s) => s.columns.every((c) => header.includes(c)));
  if (!signature || !header.includes('Substance name')) {
    throw new SubstanceFileError(
      `${fileName} is not an ECHA list export (Candidate List, Annex XIV, Annex XVII or POPs)`,
    );
  }
  const col = (name: string) => header.indexOf(name);
  const entries: SubstanceEntry[] = [];
  const seen = new Set<string>();
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cell = (name: string) => (col(name) >= 0 ? text(row.getCell(col(name)).value).trim() : '');
    const name = cell('Substance name');
    if (!name) throw new SubstanceFileError(`${fileName}, row ${number}: no substance name`);
    const description = cell('Description');
    const cas = readNumbers(cell('CAS number'), 'cas');
    const ec = readNumbers(cell('EC number'), 'ec');
    const entryNumber = cell('Entry number').replace(/^0+(?=\d)/, '');
    const reference = signature.list === 'reach_annex_xvii' && entryNumber ? entryNumber : name;
    // Annex XVII repeats a substance for each amendment of its entry: one entry per substance and entry number.
    const key = `${reference}|${name}|${cas.valid.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const conditions =
      signature.list === 'reach_annex_xvii'
        ? `Conditions of restriction: ${cell('Conditions')}`
        : signature.list === 'reach_annex_xiv'
          ? `Sunset date ${cell('Sunset date')}; exempted uses: ${cell('Exempted (categories of) uses') || '-'}`
          : signature.list === 'eu_pops'
            ? cell('POPs Regulation Annex')
            : cell('Reason for inclusion');
    entries.push({
      list: signature.list,
      reference,
      names: [name, ...(description && description !== '-' ? [] : [])],
      cas: cas.valid,
      ec: ec.valid,
      invalidNumbers: [...cas.invalid, ...ec.invalid],
      conditions: conditions || undefined,
      date: isoDate(cell(signature.list === 'reach_annex_xiv' ? 'Sunset date' : 'Date of inclusion')),
    });
  });
  if (entries.length === 0) throw new SubstanceFileError(`${fileName} has no entries`);
  return { list: signature.list, entries };
}
