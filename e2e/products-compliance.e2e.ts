import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/platform/server.ts';
import { launchBrowser, startTestServer } from './browser.ts';

const SHOTS = process.env.E2E_SCREENSHOTS;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `products-${name}.png`), fullPage: true });
}

function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
}

describe('products and regulations journey', () => {
  let browser: Browser;
  let server: RunningServer;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ server, cleanup } = await startTestServer());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
  });

  it('adds a power bank for Australia, reads its checklist with sources, and sees the rules of the market', async () => {
    const demo = server.demo;
    if (!demo) throw new Error('the fresh server should have created the demo organisation');
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(server.url);
    await page.getByLabel('Email').fill(demo.email);
    await page.getByLabel('Password').fill(demo.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await navLink(page, 'Products').click();
    await page.getByRole('button', { name: 'New product' }).click();
    await page.getByRole('textbox', { name: /^SKU/ }).fill('PB-E2E-1');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Travel power bank');
    await page.getByLabel('Category').fill('portable charger');
    await page.getByLabel('HS code').fill('8507.60');
    await page.getByLabel('Specifications').fill('Li-ion 10000 mAh 3.7 V, USB-C');
    await page.getByLabel('Target markets').fill('AU, EU');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Travel power bank' }).waitFor();

    // The checklist per market: high risk (a lithium battery product), the facts read, findings with sources.
    const australia = page.getByRole('region', { name: /Requirements in Australia/ });
    await australia.waitFor({ timeout: 15_000 });
    expect(await australia.getByLabel('high risk').count()).toBe(1);
    expect(await page.getByText(/battery\.wh = 37/).count()).toBeGreaterThan(0);
    const checklist = australia.getByRole('table', { name: 'Checklist for AU' });
    const sources = checklist.getByRole('link');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().getAttribute('href')).toMatch(/^https:\/\//);
    await shot(page, '1-checklist');

    // The list shows a risk badge per target market.
    await navLink(page, 'Products').click();
    const row = page.getByRole('table', { name: 'Products' }).getByRole('row', { name: /PB-E2E-1/ });
    await row.waitFor();
    expect(await row.getByLabel('AU: high risk').count()).toBe(1);

    // The regulations browser: Australia's rules in force, each with its official source.
    await navLink(page, 'Browser').click();
    await page.getByRole('combobox', { name: 'Market' }).fill('Australia');
    await page.getByRole('option', { name: /Australia \(AU\)/ }).click();
    const firstSource = page.getByRole('tabpanel').getByRole('link').first();
    await firstSource.waitFor();
    expect(await firstSource.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.getByRole('tab', { name: /Rules in force/ }).textContent()).toMatch(/\(\d+\)/);
    await shot(page, '2-browser');
  });
});
