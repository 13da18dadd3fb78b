import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTable } from '../suppliers/import/parse-table.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

describe('tradeguard suppliers import and export', () => {
  let workspace: CliWorkspace;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
  });
  afterAll(() => workspace.cleanup());

  function writeFile(name: string, content: string | Uint8Array): string {
    const path = join(workspace.root, name);
    writeFileSync(path, content);
    return path;
  }

  /** Legal names of the suppliers starting with the prefix, in name order. */
  function namesStartingWith(prefix: string) {
    return workspace.withDb(async (db) =>
      (
        await db
          .selectFrom('suppliers')
          .select('legal_name')
          .where('legal_name', 'like', `${prefix}%`)
          .orderBy('legal_name')
          .execute()
      ).map((row) => row.legal_name),
    );
  }

  const withOneBadRow = (prefix: string) =>
    `Legal name,Country,Registration number\n${prefix} One,Germany,HRB 1\n${prefix} Two,Atlantis,\n${prefix} Three,FR,\n`;

  it('exits 3, lists the bad rows and writes nothing when a row has problems', async () => {
    const file = writeFile('bad.csv', withOneBadRow('Bad'));
    const result = await runCommand(['suppliers', 'import', file]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe(
      [
        '3 rows in bad.csv. Columns: legalName ← "Legal name", country ← "Country", registrationNumber ← "Registration number"',
        '1 rows have problems:',
        '  row 3, column "Country": "Atlantis" is not a country name or ISO 3166-1 alpha-2 code',
        'Nothing was written. Fix the rows, or run again with --skip-invalid to import the 2 valid rows.',
        '',
      ].join('\n'),
    );
    expect(await namesStartingWith('Bad')).toEqual([]);
  });

  it('checks without writing on --dry-run', async () => {
    const bad = await runCommand([
      'suppliers',
      'import',
      writeFile('dry-bad.csv', withOneBadRow('Dry')),
      '--dry-run',
    ]);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toContain('  row 3, column "Country": ');
    expect(bad.stdout.endsWith('Dry run: 2 rows would be imported; nothing was written.\n')).toBe(true);
    const good = await runCommand([
      'suppliers',
      'import',
      writeFile('dry-good.csv', 'Legal name,Country\nDry Good,DE\n'),
      '--dry-run',
    ]);
    expect(good.code).toBe(0);
    expect(good.stdout.endsWith('Dry run: 1 rows would be imported; nothing was written.\n')).toBe(true);
    expect(await namesStartingWith('Dry')).toEqual([]);
    // Not even the uploaded files are kept.
    const uploads = await workspace.withDb((db) =>
      db.selectFrom('supplier_imports').select('file_name').where('file_name', 'like', 'dry-%').execute(),
    );
    expect(uploads).toEqual([]);
  });

  it('imports the valid rows with --skip-invalid, showing progress', async () => {
    const result = await runCommand([
      'suppliers',
      'import',
      writeFile('skip.csv', withOneBadRow('Skip')),
      '--skip-invalid',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 2 suppliers, skipped 1 rows.\n');
    // Then screened (no list is imported in this workspace: nothing can match).
    expect(result.stdout).toContain('Screening: 2 parties screened; 0 new potential matches');
    expect(result.stderr).toBe('Importing: 0% (0/2)\nImporting: 100% (2/2)\n');
    expect(await namesStartingWith('Skip')).toEqual(['Skip One', 'Skip Three']);
    // The same registration number again is a problem with the registry now.
    const again = await runCommand([
      'suppliers',
      'import',
      writeFile('again.csv', 'Name,Land,Reg No\nAgain,DE,HRB1\n'),
    ]);
    expect(again.code).toBe(3);
    expect(again.stdout).toContain(
      '  row 2, column "Reg No": Registration number HRB1 (DE) is already used by a supplier in the registry\n',
    );
  });

  it('takes a column chosen with --map over the suggested one', async () => {
    const file = writeFile('mapped.csv', 'Name,Company,Country\nshort name,Mapped Holding AG,CH\n');
    const result = await runCommand([
      'suppliers',
      'import',
      file,
      '--map',
      'legalName=Company',
      '--screen-later',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Their sanctions screening is queued for the server.\n');
    const queued = await workspace.withDb((db) =>
      db
        .selectFrom('jobs')
        .select('status')
        .where('kind', '=', 'screening.parties')
        .where('status', '=', 'queued')
        .execute(),
    );
    expect(queued).toHaveLength(1);
    expect(
      result.stdout.startsWith('1 rows in mapped.csv. Columns: legalName ← "Company", country ← "Country"\n'),
    ).toBe(true);
    expect(await namesStartingWith('Mapped')).toEqual(['Mapped Holding AG']);
    expect(await namesStartingWith('short')).toEqual([]);
  });

  it('exits 2 on a bad --map, a missing file, and 3 on an unreadable file', async () => {
    const file = writeFile('ok.csv', 'Legal name,Country\nNever,DE\n');
    const badMap = await runCommand(['suppliers', 'import', file, '--map', 'vatId=VAT']);
    expect(badMap.code).toBe(2);
    expect(
      badMap.stderr.startsWith('--map vatId=VAT: write FIELD=Column header, FIELD one of legalName, '),
    ).toBe(true);
    const missing = await runCommand(['suppliers', 'import', join(workspace.root, 'nope.csv')]);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: `${join(workspace.root, 'nope.csv')} does not exist\nRun with --help for usage.\n`,
    });
    const noFile = await runCommand(['suppliers', 'import']);
    expect(noFile.code).toBe(2);
    const latin1 = writeFile(
      'latin1.csv',
      new Uint8Array([...Buffer.from('Legal name,Country\nM'), 0xfc, ...Buffer.from('ller,DE\n')]),
    );
    const unreadable = await runCommand(['suppliers', 'import', latin1]);
    expect(unreadable.code).toBe(3);
    expect(unreadable.stderr).toBe(
      'Error (invalid_file): latin1.csv is not UTF-8 text. Save it as "CSV UTF-8" (or as XLSX) and upload it again.\n',
    );
    expect(await namesStartingWith('Never')).toEqual([]);
  });

  it('exports every supplier to CSV, and only matching ones with filters', async () => {
    const total = await workspace.withDb(async (db) =>
      Number(
        (
          await db
            .selectFrom('suppliers')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
    expect(total).toBeGreaterThanOrEqual(3);
    const out = join(workspace.root, 'out.csv');
    const result = await runCommand(['suppliers', 'export', out]);
    expect(result).toEqual({ code: 0, stdout: `Exported ${total} suppliers to ${out}\n`, stderr: '' });
    const { table } = await parseTable(new Uint8Array(readFileSync(out)), 'out.csv');
    expect(table.rows).toHaveLength(total);
    expect(table.rows.map((row) => row[0])).toContain('Mapped Holding AG');
    expect(readdirSync(workspace.root).filter((name) => name.endsWith('.partial'))).toEqual([]);

    const swiss = join(workspace.root, 'swiss.csv');
    expect((await runCommand(['suppliers', 'export', swiss, '--country', 'ch'])).stdout).toBe(
      `Exported 1 suppliers to ${swiss}\n`,
    );
    const named = join(workspace.root, 'named.csv');
    expect((await runCommand(['suppliers', 'export', named, '--q', 'skip one'])).stdout).toBe(
      `Exported 1 suppliers to ${named}\n`,
    );
  });

  it('exports to XLSX that exceljs reads', async () => {
    const out = join(workspace.root, 'out.xlsx');
    const result = await runCommand(['suppliers', 'export', out, '--status', 'prospect']);
    expect(result.code).toBe(0);
    const count = Number(/^Exported (\d+) suppliers/.exec(result.stdout)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Suppliers');
    expect(sheet?.actualRowCount).toBe(count + 1);
    expect(sheet?.getCell('A1').value).toBe('Legal name');
  });

  it('exits 2 on a bad format or status, and writes no file', async () => {
    const txt = join(workspace.root, 'out.txt');
    expect(await runCommand(['suppliers', 'export', txt])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'The format must be csv or xlsx\nRun with --help for usage.\n',
    });
    const status = await runCommand([
      'suppliers',
      'export',
      join(workspace.root, 's.csv'),
      '--status',
      'active',
    ]);
    expect(status.code).toBe(2);
    expect(status.stderr.startsWith('--status must be one of prospect, onboarding, ')).toBe(true);
    expect(existsSync(txt)).toBe(false);
    expect(existsSync(join(workspace.root, 's.csv'))).toBe(false);
  });
});
