import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/platform/server.ts';
import { launchBrowser, startTestServer } from './browser.ts';

const SHOTS = process.env.E2E_SCREENSHOTS;

async function writeWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Suppliers');
  sheet.addRow(['Legal name', 'Other names', 'Country', 'Registration number', 'Status', 'Tags']);
  sheet.addRow([
    'Qingdao Haiyang Machinery Co., Ltd.',
    '青岛海洋机械有限公司',
    'CN',
    '91370200MA3E2E0001',
    'prospect',
    'machinery',
  ]);
  sheet.addRow([
    'Kyiv Agro Export LLC',
    'ТОВ «Київ Агро Експорт»',
    'Ukraine',
    '12345678',
    'onboarding',
    'agri; grain',
  ]);
  sheet.addRow(['Broken Row Ltd', '', 'Atlantis', '', '', '']);
  sheet.addRow(['Lyon Soieries SARL', '', 'FR', '552100554', 'approved', 'textiles']);
  await workbook.xlsx.writeFile(path);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe('supplier import journey', () => {
  let browser: Browser;
  let server: RunningServer;
  let cleanup: () => Promise<void>;
  let dir: string;

  beforeAll(async () => {
    ({ server, cleanup } = await startTestServer());
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'tradeguard-e2e-files-'));
  });
  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in, imports an XLSX with one bad row, and finds a supplier by a name in another script', async () => {
    const demo = server.demo;
    if (!demo) throw new Error('the fresh server should have created the demo organisation');
    const file = join(dir, 'new-suppliers.xlsx');
    await writeWorkbook(file);

    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel('Email').fill(demo.email);
    await page.getByLabel('Password').fill(demo.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('link', { name: 'Suppliers' }).first().click();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Next' }).click();
    await shot(page, '1-mapping');
    await page.getByRole('button', { name: 'Check' }).click();

    const report = page.getByRole('table', { name: 'Row errors' });
    await expect.poll(() => report.isVisible(), { timeout: 15_000 }).toBe(true);
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('4');
    expect(reportText).toContain('Country');
    expect(reportText).toContain('Atlantis');
    await shot(page, '2-report');

    await page.getByRole('button', { name: /Import 3 valid rows/ }).click();
    await page.getByText('Imported 3 suppliers').waitFor({ timeout: 30_000 });
    await shot(page, '3-done');

    await page.getByRole('link', { name: 'Suppliers' }).first().click();
    await page.getByLabel('Search suppliers').fill('青岛海洋');
    await page
      .getByRole('cell', { name: 'Qingdao Haiyang Machinery Co., Ltd.' })
      .waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByRole('cell', { name: 'Lyon Soieries SARL' }).count()).toBe(0);

    await page.getByLabel('Search suppliers').fill('agro eksport');
    await page.getByRole('cell', { name: 'Kyiv Agro Export LLC' }).waitFor({ timeout: 15_000 });
    await shot(page, '4-search');
  });
});
