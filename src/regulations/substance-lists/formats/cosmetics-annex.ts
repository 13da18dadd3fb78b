import { parse } from 'csv-parse/sync';
import { readNumbers } from '../registry-numbers.ts';
import { type SubstanceEntry, SubstanceFileError } from '../substance-entry.model.ts';

/**
 * The EU Cosmetics Regulation (EC) No 1223/2009 Annexes II (prohibited) and III (restricted) as the European
 * Commission's CosIng/ECHA export gives them: tab-separated, quoted, a title line naming the annex, preamble
 * lines, then a header row starting with "Nom". Group entries ("Lead and its compounds", Ref No. 289) are split
 * over rows sharing the Ref No.; each row is one substance of the group, kept with the group's name.
 */
export function isCosmeticsAnnex(text: string): 'eu_cosmetics_annex_ii' | 'eu_cosmetics_annex_iii' | null {
  const first = text.slice(0, 200);
  if (/Cosmetic Products Regulation, Annex II\b(?!I)/.test(first)) return 'eu_cosmetics_annex_ii';
  if (/Cosmetic Products Regulation, Annex III\b/.test(first)) return 'eu_cosmetics_annex_iii';
  return null;
}

const percent = (cell: string) => {
  const match = /(\d+(?:[.,]\d+)?)\s*%/.exec(cell);
  return match?.[1] ? Number(match[1].replace(',', '.')) : undefined;
};

/** The export writes some characters as HTML entities ("2,2&#39;-..."). */
function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function readCosmeticsAnnex(text: string, fileName: string): SubstanceEntry[] {
  const list = isCosmeticsAnnex(text);
  if (!list)
    throw new SubstanceFileError(
      `${fileName} is not an export of the EU Cosmetics Regulation Annex II or III`,
    );
  const lines = text.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith('"Nom"\t'));
  if (headerIndex < 0)
    throw new SubstanceFileError(`${fileName}: no header row ("Nom", "EC No.", "CAS No.", "Ref No.", ...)`);
  let rows: string[][];
  try {
    rows = parse(lines.slice(headerIndex).join('\n'), {
      delimiter: '\t',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new SubstanceFileError(
      `${fileName} is not readable as the annex export: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const [header, ...data] = rows;
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const at = {
    nom: column('Nom'),
    ec: column('EC No.'),
    cas: column('CAS No.'),
    ref: column('Ref No.'),
    name: column('Name'),
  };
  const types = column('Product type, body parts');
  const max = column('Maximum Threshold');
  const restrictions = column('Restriction(s)');
  const warning = column('Warning Label');
  if (Object.values(at).some((i) => i < 0)) {
    throw new SubstanceFileError(`${fileName}: the header lacks one of Nom, EC No., CAS No., Ref No., Name`);
  }
  return data.map((row, i) => {
    const cell = (index: number) => (index >= 0 ? decodeEntities(row[index] ?? '').trim() : '');
    const names = [
      ...new Set(
        [...cell(at.nom).split(';'), cell(at.name)].map((n) => n.trim()).filter((n) => n && n !== '-'),
      ),
    ];
    // A few recent Annex III rows have no Ref No. yet: the substance's name stands for it.
    const reference = cell(at.ref) || names[0] || '';
    if (!reference)
      throw new SubstanceFileError(`${fileName}, row ${headerIndex + i + 2}: neither a Ref No. nor a name`);
    const cas = readNumbers(cell(at.cas), 'cas');
    const ec = readNumbers(cell(at.ec), 'ec');
    const conditions = [cell(restrictions), cell(warning) && `Warning: ${cell(warning)}`]
      .filter(Boolean)
      .join(' ');
    return {
      list,
      reference,
      names,
      cas: cas.valid,
      ec: ec.valid,
      invalidNumbers: [...cas.invalid, ...ec.invalid],
      productTypes: cell(types) || undefined,
      maxPercent: list === 'eu_cosmetics_annex_iii' ? percent(cell(max)) : 0,
      conditions: conditions || undefined,
    };
  });
}
