import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

const PRODUCTS = [
  'sku,name,category,hs_code,brand,ingredients,specifications,origin',
  'PB-1,Power bank 10000,power bank,850760,Voltix,,Li-ion 10000 mAh 3.7 V; USB-C,CN',
  'LS-1,Ruby lipstick,lipstick,330410,Rouge,"Ricinus Communis Seed Oil; Cera Alba; CI 77491 (CAS 1309-37-1)",,FR',
  'TB-1,Teddy bear,plush toy,950300,,,"ages 3+",CN',
].join('\n');

describe('tradeguard products check and regulations show', () => {
  let workspace: CliWorkspace;
  let file: (name: string, content: string) => string;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
    file = (name, content) => {
      const path = join(workspace.root, name);
      writeFileSync(path, content);
      return path;
    };
  });
  afterAll(() => workspace?.cleanup());

  it('writes a row per product and market with the risk, the findings and their sources', async () => {
    const input = file('products.csv', PRODUCTS);
    const output = join(workspace.root, 'report.csv');
    const result = await runCommand([
      'products',
      'check',
      '--input',
      input,
      '--markets',
      'JP,EU, GB',
      '--date',
      '2026-11-22',
      '--output',
      output,
    ]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Checking 3 products of .* in JP, EU, GB as of 2026-11-22/);
    const rows: string[][] = parse(readFileSync(output, 'utf8'), { bom: true });
    expect(rows[0]).toEqual([
      'sku',
      'name',
      'category',
      'category_id',
      'market',
      'date',
      'risk',
      'risk_reasons',
      'rules',
      'certifications',
      'documents',
      'findings',
      'facts_read',
      'upcoming',
      'sources',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ['PB-1', 'JP'],
      ['PB-1', 'EU'],
      ['PB-1', 'GB'],
      ['LS-1', 'JP'],
      ['LS-1', 'EU'],
      ['LS-1', 'GB'],
      ['TB-1', 'JP'],
      ['TB-1', 'EU'],
      ['TB-1', 'GB'],
    ]);
    const powerBankJapan = rows[1] ?? [];
    expect(powerBankJapan[3]).toBe('power-bank');
    expect(powerBankJapan[6]).toBe('high');
    expect(powerBankJapan[12]).toContain('battery.wh=37');
    for (const row of rows.slice(1)) {
      expect(['low', 'medium', 'high']).toContain(row[6]);
      for (const line of (row[14] ?? '').split('\n').filter(Boolean)) expect(line).toMatch(/: https:\/\//);
    }
  });

  it('writes XLSX too', async () => {
    const input = file('products2.csv', PRODUCTS);
    const output = join(workspace.root, 'report.xlsx');
    expect((await runCommand(['products', 'check', '-i', input, '-m', 'US', '-o', output])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets[0]?.rowCount).toBe(4);
  });

  it('refuses bad input with the rows named, unknown markets, bad dates; nothing is written', async () => {
    const bad = file('bad.csv', 'sku,name\n,No sku\nX-1,\n');
    const output = join(workspace.root, 'never.csv');
    const invalid = await runCommand([
      'products',
      'check',
      '--input',
      bad,
      '--markets',
      'EU',
      '--output',
      output,
    ]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toMatch(/row 2, sku: Required/);
    expect(invalid.stderr).toMatch(/row 3, name: Required/);
    const input = file('ok.csv', PRODUCTS);
    expect(
      (await runCommand(['products', 'check', '--input', input, '--markets', 'XX', '--output', output])).code,
    ).toBe(2);
    expect(
      (
        await runCommand([
          'products',
          'check',
          '--input',
          input,
          '--markets',
          'EU',
          '--date',
          '2026-13-45',
          '--output',
          output,
        ])
      ).code,
    ).toBe(2);
    expect(
      (await runCommand(['products', 'check', '--input', input, '--markets', 'EU', '--output', input])).code,
    ).toBe(2);
    expect(
      (
        await runCommand([
          'products',
          'check',
          '--input',
          join(workspace.root, 'missing.csv'),
          '--markets',
          'EU',
          '--output',
          output,
        ])
      ).code,
    ).toBe(3);
    expect(() => readFileSync(output)).toThrow();
  });

  it('shows what a market requires for a category, with sources', async () => {
    const shown = await runCommand([
      'regulations',
      'show',
      '--market',
      'au',
      '--category',
      'power bank',
      '--date',
      '2026-11-22',
    ]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Australia \(AU\) as of 2026-11-22, category power-bank/);
    expect(shown.stdout).toMatch(/source: .* — https:\/\//);
    expect((await runCommand(['regulations', 'show', '--market', 'QQ'])).code).toBe(2);
    expect(
      (await runCommand(['regulations', 'show', '--market', 'JP', '--category', 'flux capacitor'])).code,
    ).toBe(2);
    expect((await runCommand(['regulations', 'show', '--market', 'JP', '--topic', 'astrology'])).code).toBe(
      2,
    );
  });
});

describe('tradeguard regulations import', () => {
  let workspace: CliWorkspace;
  beforeAll(async () => {
    workspace = await createCliWorkspace();
  });
  afterAll(() => workspace?.cleanup());

  it('imports every substance list of a folder as a version, compares a second import, and refuses a bad file', async () => {
    const folder = sharedDataPath('substances');
    const first = await runCommand(['regulations', 'import', folder]);
    expect(first.code).toBe(0);
    for (const list of [
      'eu_cosmetics_annex_ii',
      'eu_cosmetics_annex_iii',
      'echa_svhc_candidate',
      'reach_annex_xvii',
      'reach_annex_xiv',
      'eu_pops',
    ]) {
      expect(first.stdout).toMatch(
        new RegExp(`${list} version \\S+: \\d+ entries; by reference \\d+ added, 0 changed, 0 removed`),
      );
    }
    expect(first.stdout).toMatch(/reach-corap\.csv: skipped/);
    expect(first.stdout).toMatch(/Harmonised_List\.xlsx: skipped/);
    const again = await runCommand(['regulations', 'import', sharedDataPath('substances/eu-annex-ii.csv')]);
    expect(again.stdout).toMatch(/eu_cosmetics_annex_ii unchanged/);
    const truncated = join(workspace.root, 'annex-ii-truncated.csv');
    writeFileSync(
      truncated,
      readFileSync(sharedDataPath('substances/eu-annex-ii.csv'), 'utf8').split('\n').slice(0, 9).join('\n'),
    );
    const bad = await runCommand(['regulations', 'import', truncated]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/annex-ii-truncated\.csv: .*no header row.*the version in force stays/);
    // The version in force still answers: a lead salt in a lipstick for Saudi Arabia (whose SFDA rules refer to the
    // EU annexes) is a blocker.
    const products = join(workspace.root, 'lipstick.csv');
    writeFileSync(
      products,
      'sku,name,category,ingredients\nLS-9,Lipstick,lipstick,Ricinus Communis Seed Oil; Lead acetate\n',
    );
    const output = join(workspace.root, 'lipstick-report.csv');
    expect(
      (
        await runCommand([
          'products',
          'check',
          '-i',
          products,
          '-m',
          'SA',
          '--date',
          '2026-11-22',
          '-o',
          output,
        ])
      ).code,
    ).toBe(0);
    expect(readFileSync(output, 'utf8')).toMatch(
      /\[blocker\] "+Lead acetate"+ is .*prohibited, EU Cosmetics Regulation Annex II entry 289/,
    );
  });
});
