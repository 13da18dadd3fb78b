import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { createParseStats } from './list-file.ts';
import { collect, textFile } from './list-fixtures.ts';
import { parseUkCsv } from './uk-csv.ts';
import { UK_CSV_FIXTURE, UK_CSV_HEADER, UK_XML_FIXTURE, ukCsvRow } from './uk-fixtures.ts';
import { parseUkXml } from './uk-xml.ts';

describe('the UK Sanctions List CSV export', () => {
  it('groups the rows of a designation into one entity, the same as the XML export gives', async () => {
    const stats = createParseStats();
    const fromCsv = await collect(parseUkCsv(textFile('UK_Sanctions_List.csv', UK_CSV_FIXTURE), stats));
    const fromXml = await collect(parseUkXml(textFile('UK_Sanctions_List.xml', UK_XML_FIXTURE)));
    expect(stats.records).toBe(5);
    expect(fromCsv.map((entity) => entity.id)).toEqual(['gb_hmt:RUS9001', 'gb_hmt:RUS9002']);
    expect(fromCsv).toEqual(fromXml);
  });

  it('reads the person: names by type and strength, original script, birth dates, documents', async () => {
    const [person] = await collect(parseUkCsv(textFile('UK_Sanctions_List.csv', UK_CSV_FIXTURE)));
    expect(person?.names.map((name) => [name.value, name.kind, name.lang])).toEqual([
      ['Ivan Ivanovich PETROV', 'primary', null],
      ['Ivan PETROFF', 'alias', null],
      ['Vanya', 'weak_alias', null],
      ['IVAN PETROV', 'alias', null],
      ['Иван Иванович ПЕТРОВ', 'original_script', 'ru'],
    ]);
    expect(person).toMatchObject({
      birthDates: ['1973-03-25', '1974'],
      countries: ['RU'],
      gender: 'male',
      listedOn: '2022-03-15',
    });
  });

  it('finds columns by name, accepts other spellings, and reads a file without the Report Date line', async () => {
    const csv = [
      'Unique ID,Entity Type,Regime,Name 6,Name 1,Name type,Address Country',
      'AFG9001,Entity,Afghanistan,EXAMPLE MONEY EXCHANGE,,Primary Name,Afghanistan',
      'AFG9001,Entity,Afghanistan,Example Hawala,,Alias,"Korea, North"',
    ].join('\n');
    const [entity] = await collect(parseUkCsv(textFile('uk.csv', csv)));
    expect(entity).toMatchObject({
      id: 'gb_hmt:AFG9001',
      schema: 'Organization',
      names: [
        { value: 'EXAMPLE MONEY EXCHANGE', kind: 'primary' },
        { value: 'Example Hawala', kind: 'alias' },
      ],
      programs: ['Afghanistan'],
      countries: ['AF', 'KP'],
    });
  });

  it('refuses files without the header, rows without Unique ID, and a designation split apart', async () => {
    const failure = async (text: string) => {
      const error = await collect(parseUkCsv(textFile('uk.csv', text))).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ListFormatError);
      return (error as ListFormatError).message;
    };
    const header = UK_CSV_HEADER.join(',');
    const row = (id: string, name: string) =>
      ukCsvRow({
        'Unique ID': id,
        'Name 6': name,
        'Name type': 'Primary Name',
        'Designation Type': 'Entity',
      });
    expect(await failure('Report Date: 01-Oct-2026\nName,Country\nX,Y\n')).toBe(
      'uk.csv, line 2: not a UK Sanctions List header: no "Unique ID" and "Name 6" columns',
    );
    expect(await failure('Report Date: 01-Oct-2026\n')).toBe('uk.csv, line 1: the file has no header row');
    expect(await failure([header, row('', 'X')].join('\n'))).toBe('uk.csv, line 2: the row has no Unique ID');
    expect(await failure([header, row('A1', 'X'), row('B1', 'Y'), row('A1', 'Z')].join('\n'))).toBe(
      'uk.csv, line 4: Unique ID A1 appears again after other designations',
    );
    expect(await failure([header, `${row('A1', 'X').slice(0, 30)}"unclosed`].join('\n'))).toMatch(
      /^uk\.csv, line 2: not valid CSV/,
    );
  });
});
