import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/platform/server.ts';
import { sharedDataPath } from '../src/platform/testing/shared-data.ts';
import { importListVersion } from '../src/screening/list-versions.service.ts';
import { launchBrowser, startTestServer } from './browser.ts';

const SHOTS = process.env.E2E_SCREENSHOTS;
const UN_LIST = sharedDataPath('watchlists/un/UN_consolidated.xml');

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `screening-${name}.png`), fullPage: true });
}

async function signIn(page: Page, server: RunningServer) {
  const demo = server.demo;
  if (!demo) throw new Error('the fresh server should have created the demo organisation');
  await page.goto(server.url);
  await page.getByLabel('Email').fill(demo.email);
  await page.getByLabel('Password').fill(demo.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A page of the main navigation, by its exact name. */
function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });
}

describe('screening journey', () => {
  let browser: Browser;
  let server: RunningServer;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    // The UN list is imported into the data directory before the server starts, as `lists import` would.
    ({ server, cleanup } = await startTestServer({
      prepare: async (db) => {
        await importListVersion(db, UN_LIST, 'e2e');
      },
    }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
  });

  it('screens a new supplier, explains the match, and a true match suspends the supplier with the reason', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server);

    // The list in force, with the checksum of the file it came from.
    await navLink(page, 'Lists').click();
    const lists = page.getByRole('table', { name: 'Lists in force' });
    await lists.getByRole('link', { name: 'UN Security Council' }).waitFor();
    const sha256 = createHash('sha256').update(readFileSync(UN_LIST)).digest('hex');
    expect(await lists.textContent()).toContain(sha256);

    // A supplier named like a listed entity.
    await navLink(page, 'Suppliers').click();
    await page.getByRole('button', { name: 'New supplier' }).click();
    await page.getByLabel('Legal name').fill('Congomet Trading House');
    await page.getByRole('combobox', { name: 'Country' }).fill('Congo - Kinshasa');
    await page.getByRole('option', { name: 'Congo - Kinshasa (CD)' }).click();
    await page.getByRole('button', { name: 'Create supplier' }).click();
    await page.getByRole('heading', { name: 'Congomet Trading House' }).waitFor();
    const supplierUrl = page.url();

    // Screened in the background within moments: the queue shows it (polled by reloading).
    await navLink(page, 'Review queue').click();
    const item = page.getByRole('table', { name: 'Review items' }).getByRole('link', {
      name: 'Congomet Trading House',
    });
    await expect
      .poll(
        async () => {
          if (await item.isVisible()) return true;
          await page.reload();
          await page.getByRole('table', { name: 'Review items' }).waitFor();
          return item.isVisible();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);
    await shot(page, '1-queue');
    await item.click();

    // The explanation: the word pairs and how they agreed, and the summary.
    await page.getByRole('heading', { name: /Congomet Trading House ↔ CONGOMET TRADING HOUSE/ }).waitFor();
    const pairs = page.getByRole('table', { name: 'Words that agreed' });
    await pairs.waitFor();
    const pairsText = (await pairs.textContent()) ?? '';
    expect(pairsText).toContain('congomet');
    expect(pairsText).toContain('same word');
    expect(pairsText).toContain('trading house');
    expect(await page.getByTestId('explanation-summary').textContent()).toContain('name score 1.00');
    // The listed entity's side, from the list version that found it.
    const listed = page.getByRole('region', { name: 'Listed entity' });
    await listed.getByText('DRC', { exact: true }).waitFor();
    await shot(page, '2-item');

    // A true match needs a reason and a confirmation that says the supplier will be suspended.
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Choose a decision').waitFor();
    await page.getByRole('radio', { name: /True match/ }).check();
    await page
      .getByRole('textbox', { name: 'Reason' })
      .fill('Same gold trading house in Butembo, listed by the UN');
    await page.getByRole('button', { name: 'Record decision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm a true match?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('will be suspended');
    await shot(page, '3-confirm');
    await dialog.getByRole('button', { name: 'Confirm and suspend' }).click();
    await page.getByText('Decided: true match').waitFor();
    expect(
      await page.getByText('Same gold trading house in Butembo, listed by the UN').count(),
    ).toBeGreaterThan(0);

    // The supplier is suspended and says why.
    await page.goto(supplierUrl);
    await page.getByRole('heading', { name: 'Congomet Trading House' }).waitFor();
    const reason = page.getByRole('alert', { name: 'Why it is suspended' });
    await reason.waitFor();
    const reasonText = (await reason.textContent()) ?? '';
    expect(reasonText).toContain('Confirmed sanctions match: CONGOMET TRADING HOUSE');
    expect(reasonText).toContain('Same gold trading house in Butembo, listed by the UN');
    expect(await page.getByText('Suspended', { exact: true }).count()).toBeGreaterThan(0);
    const panel = page.getByRole('region', { name: 'Screening' });
    expect(await panel.getByRole('table', { name: 'Review items' }).textContent()).toContain('True match');
    expect(await panel.getByRole('table', { name: 'Screening history' }).textContent()).toContain(
      'Supplier created',
    );
    await shot(page, '4-suspended');
  });

  it('finds a listed person searched for in Cyrillic, and explains the score', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server);
    await navLink(page, 'Search').click();
    await page.getByLabel('Name').fill('Айман аль-Завахири');
    await page.getByRole('combobox', { name: 'Kind of party' }).click();
    await page.getByRole('option', { name: 'Person' }).click();
    await page.getByRole('button', { name: 'Search the lists' }).click();
    const result = page.getByRole('article', { name: 'AIMAN MUHAMMED RABI AL-ZAWAHIRI' });
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toContain('Match');
    expect(await result.textContent()).toContain('Al-Qaida');
    await result.getByRole('button', { name: 'Why this score' }).click();
    const pairs = result.getByRole('table', { name: 'Words that agreed' });
    await pairs.waitFor();
    expect(await pairs.textContent()).toContain('ayman');
    expect(await result.getByTestId('explanation-summary').textContent()).toContain('Айман');
    await shot(page, '5-search');
  });
});
