import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

/** The columns `screen` adds with the default --limit 3. */
const ADDED = [
  'match',
  'score',
  ...[1, 2, 3].flatMap((k) =>
    ['list', 'entity_id', 'name', 'score', 'explanation'].map((c) => `match_${k}_${c}`),
  ),
  'error',
];

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true });
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: unknown[][] = [];
  const sheet = workbook.worksheets[0];
  const width = sheet?.getRow(1).cellCount ?? 0;
  sheet?.eachRow((row) => {
    const cells: unknown[] = [];
    for (let column = 1; column <= width; column++) cells.push(row.getCell(column).value ?? '');
    rows.push(cells);
  });
  return rows;
}

describe('tradeguard screen and compare --input', () => {
  let workspace: CliWorkspace;
  let file: (name: string, content: string | Uint8Array) => string;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
    file = (name, content) => {
      const path = join(workspace.root, name);
      writeFileSync(path, content);
      return path;
    };
  });
  afterAll(() => workspace.cleanup());

  const parties = [
    'Name,Schema,COUNTRY,Birth Date,id_number,Customer ref',
    'ROSNEFT,Company,RU,,,C-1',
    'Harbour Freight Trading GmbH,,Germany,,,"=HYPERLINK(""http://x"",""y"")"',
    'Nordic Timber AS,organization,NO; SE,,,@SUM(A1)',
    'Omar Mohammed Othman,Person,JO,1960-12-30,,C-4',
  ].join('\n');

  describe('before any list is imported', () => {
    it('refuses to screen and says how to import the lists', async () => {
      const result = await runCommand([
        'screen',
        '--input',
        file('early.csv', parties),
        '--output',
        join(workspace.root, 'early-out.csv'),
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'No sanctions list has been imported yet: run "tradeguard lists import',
      );
      expect(existsSync(join(workspace.root, 'early-out.csv'))).toBe(false);
    });
  });

  describe('with the real OFAC non-SDN and UN lists imported', () => {
    beforeAll(async () => {
      const imported = await runCommand([
        'lists',
        'import',
        sharedDataPath('watchlists/ofac-non-sdn'),
        sharedDataPath('watchlists/un/UN_consolidated.xml'),
      ]);
      expect(imported.code).toBe(0);
    }, 120_000);

    it('prints its help', async () => {
      const result = await runCommand(['screen', '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'Usage: tradeguard screen --input PARTIES.csv|xlsx --output RESULTS.csv|xlsx',
      );
      const overview = await runCommand(['--help']);
      expect(overview.stdout).toMatch(/^ {2}screen +Screen the parties/m);
    });

    it('keeps every row and column in order, adds the results, and neutralises formulas in CSV', async () => {
      const output = join(workspace.root, 'results.csv');
      const result = await runCommand([
        'screen',
        '--input',
        file('parties.csv', parties),
        '--output',
        output,
      ]);
      expect(result.stderr).toContain('Screening: 100% (4/4)');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Screening 4 rows of');
      expect(result.stdout).toContain('us_ofac_cons (442 entities');
      expect(result.stdout).toContain('un_sc (1003 entities');
      expect(result.stdout).toContain('2 of 4 rows match at threshold 0.8');
      const rows = readCsv(output);
      expect(rows[0]).toEqual([
        'Name',
        'Schema',
        'COUNTRY',
        'Birth Date',
        'id_number',
        'Customer ref',
        ...ADDED,
      ]);
      expect(rows.map((row) => row[0])).toEqual([
        'Name',
        'ROSNEFT',
        'Harbour Freight Trading GmbH',
        'Nordic Timber AS',
        'Omar Mohammed Othman',
      ]);
      const cell = (row: number, header: string) => rows[row]?.[rows[0]?.indexOf(header) ?? -1];
      expect(rows[1]?.slice(0, 6)).toEqual(['ROSNEFT', 'Company', 'RU', '', '', 'C-1']);
      expect(cell(1, 'match')).toBe('true');
      expect(cell(1, 'score')).toBe('1');
      expect(cell(1, 'match_1_list')).toBe('us_ofac_cons');
      expect(cell(1, 'match_1_entity_id')).toBe('us_ofac_cons:17022');
      expect(cell(1, 'match_1_name')).toBe('OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY');
      expect(cell(1, 'match_1_explanation')).toMatch(
        /^"ROSNEFT" vs "ROSNEFT": name score 1\.00; .*country RU in common/,
      );
      expect(Number(cell(1, 'match_2_score'))).toBeLessThanOrEqual(1);
      expect(cell(2, 'match')).toBe('false');
      expect(cell(2, 'score')).toBe('');
      expect(cell(2, 'Customer ref')).toBe(`'=HYPERLINK("http://x","y")`);
      expect(cell(3, 'Customer ref')).toBe(`'@SUM(A1)`);
      expect(cell(3, 'match')).toBe('false');
      expect(cell(4, 'match')).toBe('true');
      expect(cell(4, 'match_1_entity_id')).toBe('un_sc:QDi.031');
      expect(cell(4, 'match_1_explanation')).toContain('same date of birth 1960-12-30');
      for (const row of rows.slice(1)) expect(row).toHaveLength(rows[0]?.length ?? 0);
      expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['', '', '', '']);
    });

    it('gives the same results on worker threads as in one thread', async () => {
      const input = file('parties-pool.csv', parties);
      const inThread = join(workspace.root, 'thread.csv');
      const onWorkers = join(workspace.root, 'workers.csv');
      expect((await runCommand(['screen', '-i', input, '-o', inThread, '--workers', '0'])).code).toBe(0);
      const pooled = await runCommand(['screen', '-i', input, '-o', onWorkers, '--workers', '2']);
      expect(pooled.code).toBe(0);
      expect(pooled.stdout).toContain('on 2 worker threads');
      expect(readFileSync(onWorkers, 'utf8')).toBe(readFileSync(inThread, 'utf8'));
    });

    it('reads and writes XLSX, with scores as numbers and formula-like text as text', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Parties');
      sheet.addRow(['NAME', 'note']);
      sheet.addRow(['Rosneft', '=1+1']);
      sheet.addRow(['Nordic Timber AS', 'x']);
      const input = join(workspace.root, 'parties.xlsx');
      await workbook.xlsx.writeFile(input);
      const output = join(workspace.root, 'results.xlsx');
      const result = await runCommand(['screen', '--input', input, '--output', output, '--limit', '1']);
      expect(result.code).toBe(0);
      const rows = await readXlsx(output);
      expect(rows[0]).toEqual([
        'NAME',
        'note',
        'match',
        'score',
        'match_1_list',
        'match_1_entity_id',
        'match_1_name',
        'match_1_score',
        'match_1_explanation',
        'error',
      ]);
      expect(rows[1]?.slice(0, 6)).toEqual([
        'Rosneft',
        '=1+1',
        'true',
        1,
        'us_ofac_cons',
        'us_ofac_cons:17022',
      ]);
      expect(rows[2]?.slice(0, 4)).toEqual(['Nordic Timber AS', 'x', 'false', '']);
    });

    it('keeps to the lists named with --lists, and refuses a list that is not imported', async () => {
      const output = join(workspace.root, 'un-only.csv');
      const result = await runCommand([
        'screen',
        '--input',
        file('rosneft.csv', 'name\nROSNEFT\n'),
        '--output',
        output,
        '--lists',
        'un_sc',
      ]);
      expect(result.code).toBe(0);
      expect(readCsv(output)[1]?.slice(0, 3)).toEqual(['ROSNEFT', 'false', '']);
      const missing = await runCommand([
        'screen',
        '-i',
        file('r2.csv', 'name\nROSNEFT\n'),
        '-o',
        output,
        '--lists',
        'eu_fsf',
      ]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('No version of eu_fsf is in force (imported: un_sc, us_ofac_cons)');
    });

    it('writes only the header for a file without rows', async () => {
      const output = join(workspace.root, 'none.csv');
      const result = await runCommand(['screen', '-i', file('header-only.csv', 'name,ref\n'), '-o', output]);
      expect(result.code).toBe(0);
      expect(readCsv(output)).toEqual([['name', 'ref', ...ADDED]]);
    });

    describe('refuses bad input with the file and row named, and writes nothing', () => {
      const output = () => join(workspace.root, 'refused.csv');
      const screen = (path: string) => runCommand(['screen', '--input', path, '--output', output()]);

      it.each([
        [
          'no-name.csv',
          'company,country\nACME,DE\n',
          'no-name.csv: no "name" column (the header row has: "company", "country")',
        ],
        ['empty.csv', '', 'empty.csv is empty'],
        [
          'twice.csv',
          'Name,NAME\na,b\n',
          'twice.csv: the columns "Name" and "NAME" both give name; keep one',
        ],
        [
          'wide.csv',
          'name\nACME,extra\n',
          'wide.csv: 1 row has a problem; nothing was screened\n  row 2: 2 cells, but the header has 1 columns',
        ],
        ['clash.csv', 'name,match,Score\nACME,,\n', 'clash.csv: the columns "match", "Score" would clash'],
      ])('%s', async (name, content, message) => {
        const result = await screen(file(name, content));
        expect(result.code).toBe(3);
        expect(result.stderr).toContain(message);
        expect(existsSync(output())).toBe(false);
      });

      it('lists each bad row with its column and reason', async () => {
        const result = await screen(
          file(
            'rows.csv',
            'name,birth_date,schema,country\nAnna,31/12/1980,,\n,1980,,\nBob,,Planet,\nCid,1980-02-30,,Atlantis\n',
          ),
        );
        expect(result.code).toBe(3);
        expect(result.stderr).toContain('rows.csv: 5 rows have problems; nothing was screened');
        expect(result.stderr).toContain(
          'row 2, column "birth_date": "31/12/1980" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY',
        );
        expect(result.stderr).toContain('row 3, column "name": the name is empty');
        expect(result.stderr).toContain('row 4, column "schema": "Planet" is not one of Person,');
        expect(result.stderr).toContain('row 5, column "birth_date": "1980-02-30" is not a date');
        expect(result.stderr).toContain(
          'row 5, column "country": "Atlantis" is not a country name or ISO 3166 code',
        );
      });

      it('refuses a file that is not UTF-8, naming it', async () => {
        // "Müller" in Windows-1252: 0xFC is not valid UTF-8.
        const result = await screen(
          file('latin1.csv', Uint8Array.from([...Buffer.from('name\nM'), 0xfc, ...Buffer.from('ller\n')])),
        );
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/latin1\.csv is not UTF-8 text/);
      });

      it('refuses a file over 50 MB without reading it, and a missing one', async () => {
        const huge = file('huge.csv', 'name\n');
        truncateSync(huge, 51 * 1024 * 1024);
        const result = await screen(huge);
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/huge\.csv is larger than 50 MB/);
        const missing = await screen(join(workspace.root, 'nowhere.csv'));
        expect(missing.code).toBe(3);
        expect(missing.stderr).toMatch(/nowhere\.csv does not exist/);
      });

      it('refuses a file that is not a workbook though it looks like one', async () => {
        const result = await screen(file('broken.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/broken\.xlsx is not a readable XLSX workbook/);
      });
    });

    it.each([
      [['screen'], 'Give the parties file with --input and the results file with --output'],
      [['screen', '-i', 'a.csv', '-o', 'b.txt'], '--output must end in .csv or .xlsx'],
      [['screen', '-i', 'a.csv', '-o', 'a.csv'], '--output must not be the --input file'],
      [
        ['screen', '-i', 'a.csv', '-o', '/no/such/folder/b.csv'],
        '--output: the folder /no/such/folder does not exist',
      ],
      [
        ['screen', '-i', 'a.csv', '-o', 'b.csv', '--threshold', '1.5'],
        '--threshold must be a number from 0 to 1',
      ],
      [
        ['screen', '-i', 'a.csv', '-o', 'b.csv', '--limit', '0'],
        '--limit must be a whole number from 1 to 10',
      ],
      [
        ['screen', '-i', 'a.csv', '-o', 'b.csv', '--workers', 'two'],
        '--workers must be a whole number from 0 to 64',
      ],
      [
        ['screen', '-i', 'a.csv', '-o', 'b.csv', '--lists', 'us_ofac_sdn,nope'],
        '--lists: nope; the lists are',
      ],
    ])('exits 2 on wrong usage: %j', async (argv, message) => {
      const result = await runCommand(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    });
  });

  describe('compare', () => {
    const pairs = [
      'schema,name1,name2,ref',
      'Person,"PUTIN, Vladimir Vladimirovich",Vladimir Putin,=cmd',
      ',Sberbank of Russia PJSC,Sberbank of Russia,b',
      'Company,Nordic Timber AS,Baltic Shipping Ltd,c',
      'Person,Anna Schmidt,Anna Schmidt,d',
    ].join('\n');

    it('still compares two names', async () => {
      const result = await runCommand(['compare', 'Vladimir Putin', 'PUTIN, Vladimir', '--schema', 'Person']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^score \d\.\d{3} {2}match true\n"Vladimir Putin" vs "PUTIN, Vladimir": name score/,
      );
    });

    it('scores every pair of a file, keeping its rows and columns', async () => {
      const output = join(workspace.root, 'scores.csv');
      const result = await runCommand(['compare', '--input', file('pairs.csv', pairs), '--output', output]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Compared 4 pairs of');
      expect(result.stdout).toContain('3 match at threshold 0.8');
      const rows = readCsv(output);
      expect(rows[0]).toEqual(['schema', 'name1', 'name2', 'ref', 'score', 'match', 'explanation']);
      expect(rows.map((row) => row[5])).toEqual(['match', 'true', 'true', 'false', 'true']);
      expect(rows[1]?.slice(0, 4)).toEqual([
        'Person',
        'PUTIN, Vladimir Vladimirovich',
        'Vladimir Putin',
        "'=cmd",
      ]);
      expect(Number(rows[3]?.[4])).toBeLessThan(0.5);
      expect(rows[4]?.[4]).toBe('1');
      expect(rows[2]?.[6]).toMatch(/^"Sberbank of Russia PJSC" vs "Sberbank of Russia"/);
    });

    it('writes XLSX too', async () => {
      const output = join(workspace.root, 'scores.xlsx');
      const result = await runCommand(['compare', '-i', file('pairs2.csv', pairs), '-o', output]);
      expect(result.code).toBe(0);
      const rows = await readXlsx(output);
      expect(rows).toHaveLength(5);
      expect(rows[4]?.slice(4, 6)).toEqual([1, 'true']);
    });

    it('refuses a file without name2, or with an empty name, and writes nothing', async () => {
      const output = join(workspace.root, 'refused-scores.csv');
      const noColumn = await runCommand([
        'compare',
        '-i',
        file('p1.csv', 'schema,name1,other\n,a,b\n'),
        '-o',
        output,
      ]);
      expect(noColumn.code).toBe(3);
      expect(noColumn.stderr).toContain(
        'p1.csv: no "name2" column (the header row has: "schema", "name1", "other")',
      );
      const empty = await runCommand([
        'compare',
        '-i',
        file('p2.csv', 'name1,name2\nACME,\n,\u0007\n'),
        '-o',
        output,
      ]);
      expect(empty.code).toBe(3);
      expect(empty.stderr).toContain('row 2, column "name2": the name is empty');
      expect(empty.stderr).toContain('row 3, column "name1": the name is empty');
      expect(empty.stderr).toContain('row 3, column "name2": Contains control characters');
      expect(existsSync(output)).toBe(false);
    });

    it.each([
      [['compare', '--input', 'a.csv'], 'Give both --input and --output'],
      [
        ['compare', 'a', 'b', '--input', 'a.csv', '--output', 'b.csv'],
        'Give either two names or --input, not both',
      ],
      [['compare', 'a'], 'Give two names to compare, or --input and --output'],
      [['compare', '-i', 'a.csv', '-o', 'a.csv'], '--output must not be the --input file'],
      [['compare', 'a', 'b', '--schema', 'Planet'], '--schema must be one of'],
    ])('exits 2 on wrong usage: %j', async (argv, message) => {
      const result = await runCommand(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    });
  });
});
