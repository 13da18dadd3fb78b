import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../../platform/testing/shared-data.ts';
import { type Market, marketSchema } from '../../knowledge/knowledge.model.ts';
import { markets as americas } from './americas.ts';
import { markets as asiaPacific } from './asia-pacific.ts';
import { markets as europe } from './europe.ts';
import { markets as middleEastAfrica } from './middle-east-africa.ts';

const markets: Market[] = [...europe, ...americas, ...asiaPacific, ...middleEastAfrica].map((m) =>
  marketSchema.parse(m),
);
const byCode = new Map(markets.map((m) => [m.code, m]));

function getMarket(code: string): Market {
  const market = byCode.get(code);
  if (!market) throw new Error(`no market ${code}`);
  return market;
}

function deMinimisOn(code: string, date: string) {
  return getMarket(code).deMinimis.find(
    (p) => p.effectiveFrom <= date && (!p.effectiveTo || date <= p.effectiveTo),
  );
}

const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(
  ' ',
);

describe('the markets of the knowledge base', () => {
  it('are at least 110, each defined once', () => {
    expect(markets.length).toBeGreaterThanOrEqual(110);
    expect(byCode.size).toBe(markets.length);
  });

  it('state standard rates in force on 2026-11-22, including recent changes', () => {
    const rates = Object.fromEntries(markets.map((m) => [m.code, m.importTax.standardRate]));
    expect(rates).toMatchObject({
      DE: 19,
      EE: 24,
      FI: 25.5,
      SK: 23,
      RO: 21,
      HU: 27,
      CH: 8.1,
      GB: 20,
      JP: 10,
    });
    expect(rates).toMatchObject({
      SA: 15,
      AE: 5,
      EG: 14,
      NG: 7.5,
      KE: 16,
      ZA: 15,
      SG: 9,
      IL: 18,
      RU: 22,
      KZ: 16,
    });
    expect(getMarket('EU').importTax.standardRate).toBeNull();
    expect(getMarket('US').importTax.standardRate).toBeNull();
  });

  it('has the 27 member states in the EU, sharing the union\u2019s de minimis and the GDPR', () => {
    const members = markets.filter((m) => m.memberOf.includes('EU')).map((m) => m.code);
    expect([...members].sort()).toEqual([...EU_MEMBERS].sort());
    for (const code of EU_MEMBERS) {
      const member = getMarket(code);
      expect(member.kind).toBe('country');
      expect(member.deMinimis).toEqual(getMarket('EU').deMinimis);
      expect(member.dataProtection?.law).toMatch(/2016\/679/);
    }
    expect(getMarket('EU')).toMatchObject({ kind: 'union', depth: 'in_depth', currency: 'EUR' });
  });

  it('ends the US de minimis on 2025-08-29 (Executive Order 14324)', () => {
    expect(deMinimisOn('US', '2025-08-28')?.duty).toEqual({ amount: 800, currency: 'USD' });
    expect(deMinimisOn('US', '2025-08-29')?.duty).toBeNull();
    expect(deMinimisOn('US', '2026-11-22')?.source.title).toMatch(/14324/);
    expect(deMinimisOn('US', '2026-11-22')?.duty).toBeNull();
  });

  it('ends the EU\u2019s EUR 150 duty relief on 2026-07-01 and its EUR 22 VAT relief on 2021-07-01', () => {
    expect(deMinimisOn('EU', '2021-06-30')?.tax).toEqual({ amount: 22, currency: 'EUR' });
    expect(deMinimisOn('EU', '2021-07-01')?.tax).toBeNull();
    expect(deMinimisOn('FR', '2026-06-30')?.duty).toEqual({ amount: 150, currency: 'EUR' });
    expect(deMinimisOn('FR', '2026-07-01')?.duty).toBeNull();
    expect(deMinimisOn('DE', '2026-07-01')?.source.url).toBe('https://eur-lex.europa.eu/eli/reg/2026/382/oj');
  });

  it('keeps the UK GBP 135 and Australia AUD 1,000 thresholds', () => {
    expect(deMinimisOn('GB', '2026-11-22')?.duty).toEqual({ amount: 135, currency: 'GBP' });
    expect(deMinimisOn('AU', '2026-11-22')).toMatchObject({
      duty: { amount: 1000, currency: 'AUD' },
      tax: { amount: 1000, currency: 'AUD' },
    });
    expect(deMinimisOn('AU', '2018-06-30')).toBeUndefined();
  });

  it('records comprehensive sanctions where they exist, from official addresses', () => {
    const comprehensive = (code: string) =>
      getMarket(code)
        .sanctions.filter((s) => s.scope === 'comprehensive')
        .map((s) => s.by);
    expect(comprehensive('CU')).toEqual(['US']);
    expect(comprehensive('IR')).toContain('US');
    expect(comprehensive('KP')).toContain('US');
    expect(getMarket('DE').sanctions).toEqual([]);
    const addresses = markets.flatMap((m) => m.sanctions.map((s) => s.source.url));
    for (const url of addresses) {
      expect(url).toMatch(
        /^https:\/\/(ofac\.treasury\.gov|eur-lex\.europa\.eu|www\.sanctionsmap\.eu|www\.legislation\.gov\.uk|www\.gov\.uk|main\.un\.org)\//,
      );
    }
  });

  it('uses only current ISO 4217 currency codes', () => {
    const rows = readFileSync(sharedDataPath('reference', 'currencies', 'codes-all.csv'), 'utf8')
      .split('\n')
      .slice(1);
    const current = new Set(
      rows
        .map((row) => row.split(','))
        .filter((cells) => cells.length >= 6 && cells.at(-1)?.trim() === '')
        .map((cells) => cells.at(-4)),
    );
    const invalid = markets.flatMap((m) => [
      m.currency,
      ...m.deMinimis.flatMap((p) => [p.duty?.currency, p.tax?.currency]),
    ]);
    expect(invalid.filter((code) => code !== undefined && !current.has(code))).toEqual([]);
  });
});
