import { describe, expect, it } from 'vitest';
import {
  certificationSchema,
  marketSchema,
  type RuleInput,
  ruleSchema,
} from '../knowledge/knowledge.model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ProductProfile } from './product-profile.ts';
import { validateProduct } from './validate-product.ts';

const source = { title: 'Test Act of the fixture', url: 'https://example.gov/act', publisher: 'Fixture' };
const rule = (input: Partial<RuleInput> & Pick<RuleInput, 'id' | 'scope'>): RuleInput => ({
  version: 1,
  jurisdiction: input.id.slice(0, 2),
  topic: 'certification',
  effect: 'requirement',
  title: `Rule ${input.id} of the fixture`,
  requirement: 'What the fixture requires, in plain words.',
  source,
  effectiveFrom: '2020-01-01',
  ...input,
});

const kb: KnowledgeBase = {
  markets: [
    {
      code: 'EU',
      name: 'European Union',
      kind: 'union',
      depth: 'in_depth',
      currency: 'EUR',
      importTax: { name: 'VAT', standardRate: null, source },
      dataProtection: null,
    },
    {
      code: 'DE',
      name: 'Germany',
      kind: 'country',
      depth: 'basic',
      memberOf: ['EU'],
      currency: 'EUR',
      importTax: { name: 'VAT', standardRate: 19, source },
      dataProtection: null,
      deMinimis: [{ effectiveFrom: '2021-07-01', duty: { amount: 150, currency: 'EUR' }, tax: null, source }],
    },
    {
      code: 'JP',
      name: 'Japan',
      kind: 'country',
      depth: 'in_depth',
      currency: 'JPY',
      importTax: { name: 'consumption tax', standardRate: 10, source },
      dataProtection: null,
    },
  ].map((m) => marketSchema.parse(m)),
  certifications: [
    {
      id: 'CE',
      name: 'CE marking',
      kind: 'marking',
      jurisdictions: ['EU'],
      issuedBy: 'the manufacturer',
      description: 'The manufacturer declares conformity.',
      source,
    },
    {
      id: 'PSE-CIRCLE',
      name: 'PSE (circle)',
      kind: 'marking',
      jurisdictions: ['JP'],
      issuedBy: 'the importer',
      description: 'Non-specified electrical appliances.',
      source,
    },
  ].map((c) => certificationSchema.parse(c)),
  rules: [
    rule({
      id: 'EU-RED',
      scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
      certifications: ['CE'],
      labelling: ['CE marking'],
      documents: ['declaration_of_conformity'],
    }),
    rule({
      id: 'EU-COSMETICS',
      topic: 'substances',
      scope: { categories: ['cosmetics'] },
      substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
      labelling: ['list of ingredients'],
    }),
    rule({
      id: 'DE-KNIFE',
      jurisdiction: 'DE',
      topic: 'prohibited_restricted',
      effect: 'prohibited',
      scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    }),
    rule({
      id: 'JP-PSE-BATTERY',
      scope: { categories: ['power-bank'] },
      certifications: ['PSE-CIRCLE'],
      effectiveFrom: '2019-02-01',
    }),
    rule({
      id: 'JP-FUTURE',
      topic: 'labelling',
      scope: { categories: ['power-bank'] },
      labelling: ['recycling mark'],
      effectiveFrom: '2027-01-15',
    }),
    rule({
      id: 'EU-CHARGER',
      version: 1,
      scope: { categories: ['radio-equipment'] },
      effectiveFrom: '2020-01-01',
      effectiveTo: '2026-12-27',
      labelling: ['old label'],
    }),
    rule({
      id: 'EU-CHARGER',
      version: 2,
      scope: { categories: ['radio-equipment'] },
      effectiveFrom: '2026-12-28',
      labelling: ['USB-C pictogram'],
    }),
  ].map((r) => ruleSchema.parse(r)),
};

const product = (p: Partial<ProductProfile>): ProductProfile => ({
  name: 'Thing',
  category: undefined,
  ingredients: [],
  facts: {},
  ...p,
});

describe('validateProduct', () => {
  it('applies union rules to a member state, with certifications, labels, documents and sources', () => {
    const report = validateProduct(
      { kb },
      product({ name: 'Speaker', category: 'wireless-audio', facts: { 'radio.present': true } }),
      'DE',
      '2026-11-22',
    );
    expect(report.rules.map((r) => r.id)).toEqual(['EU-RED', 'EU-CHARGER']);
    expect(report.rules[0]?.reasons).toContain('category wireless-audio (within radio-equipment)');
    expect(report.certifications).toEqual([
      { id: 'CE', name: 'CE marking', ruleIds: ['EU-RED'], held: null },
    ]);
    expect(report.documents.map((d) => d.kind)).toEqual([
      'commercial_invoice',
      'packing_list',
      'declaration_of_conformity',
    ]);
    expect(report.risk).toBe('medium');
    expect(report.findings.find((f) => f.kind === 'labelling')?.source).toEqual(source);
    expect(report.upcoming).toEqual([
      {
        ruleId: 'EU-CHARGER',
        title: 'Rule EU-CHARGER of the fixture',
        change: 'new_version',
        date: '2026-12-28',
        source,
      },
    ]);
  });

  it('answers "as of" a date: the version in force that day', () => {
    const speaker = product({ category: 'wireless-audio', facts: { 'radio.present': true } });
    const labels = (date: string) =>
      validateProduct({ kb }, speaker, 'EU', date)
        .findings.filter((f) => f.kind === 'labelling')
        .map((f) => f.message);
    expect(labels('2026-12-27')).toContain('Label: old label');
    expect(labels('2026-12-28')).toContain('Label: USB-C pictogram');
    expect(labels('2026-12-28')).not.toContain('Label: old label');
  });

  it('asks for a fact that decides a rule instead of passing the product by silence', () => {
    const report = validateProduct({ kb }, product({ category: 'wireless-audio' }), 'EU', '2026-11-22');
    expect(report.rules.map((r) => r.id)).not.toContain('EU-RED');
    expect(report.possibleRules.map((r) => [r.id, r.unknownFacts])).toEqual([['EU-RED', ['radio.present']]]);
    expect(report.findings.some((f) => f.kind === 'fact_needed' && f.ruleId === 'EU-RED')).toBe(true);
  });

  it('makes prohibited goods high risk with the rule behind it, and leaves neighbouring goods out', () => {
    const flick = validateProduct(
      { kb },
      product({ category: 'knives', facts: { 'blade.automatic': true } }),
      'DE',
      '2026-11-22',
    );
    expect(flick.risk).toBe('high');
    expect(flick.riskReasons[0]).toMatchObject({ level: 'high', ruleId: 'DE-KNIFE' });
    expect(flick.documents.map((d) => d.kind)).toContain('customs_pre_approval');
    const kitchen = validateProduct(
      { kb },
      product({ category: 'knives', facts: { 'blade.automatic': false } }),
      'DE',
      '2026-11-22',
    );
    expect(kitchen.risk).toBe('low');
    expect(
      validateProduct(
        { kb },
        product({ category: 'knives', facts: { 'blade.automatic': true } }),
        'EU',
        '2026-11-22',
      ).risk,
    ).toBe('low');
  });

  it('flags ingredients of the lists an applicable rule names: prohibited, over the limit, within it', () => {
    const matchIngredient = (ingredient: string) => {
      if (/lead acetate/i.test(ingredient))
        return [
          {
            ingredient,
            list: 'eu_cosmetics_annex_ii' as const,
            reference: '289',
            substance: 'Lead and its compounds',
            matchedBy: 'name' as const,
          },
        ];
      if (/salicylic/i.test(ingredient))
        return [
          {
            ingredient,
            list: 'eu_cosmetics_annex_iii' as const,
            reference: '98',
            substance: 'Salicylic acid',
            matchedBy: 'name' as const,
            maxPercent: 2,
          },
        ];
      return [];
    };
    const lipstick = product({ category: 'cosmetics', ingredients: ['Ricinus oil', 'Lead acetate'] });
    const report = validateProduct({ kb, matchIngredient }, lipstick, 'DE', '2026-11-22');
    expect(report.risk).toBe('high');
    expect(report.findings.find((f) => f.kind === 'substance')).toMatchObject({
      severity: 'blocker',
      ruleId: 'EU-COSMETICS',
    });
    const over = validateProduct(
      { kb, matchIngredient },
      product({ category: 'cosmetics', ingredients: ['Salicylic acid 3%'] }),
      'DE',
      '2026-11-22',
    );
    expect(over.findings.find((f) => f.kind === 'substance')?.message).toMatch(
      /3 % is over the limit of 2 %/,
    );
    const within = validateProduct(
      { kb, matchIngredient },
      product({ category: 'cosmetics', ingredients: ['Salicylic acid 1.5%'] }),
      'DE',
      '2026-11-22',
    );
    expect(within.risk).toBe('medium');
    // The EU annexes do not bind Japan: no rule there names them.
    expect(
      validateProduct({ kb, matchIngredient }, lipstick, 'JP', '2026-11-22').findings.filter(
        (f) => f.kind === 'substance',
      ),
    ).toEqual([]);
  });

  it('rates batteries high, says which certificates are missing, and raises risk for recorded incidents', () => {
    const bank = product({
      sku: 'PB-1',
      category: 'power-bank',
      facts: { 'battery.wh': 37 },
      certificationsHeld: [],
    });
    const report = validateProduct({ kb }, bank, 'JP', '2026-11-22');
    expect(report.risk).toBe('high');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        kind: 'certification',
        severity: 'blocker',
        message: 'Missing: PSE (circle)',
      }),
    );
    expect(report.upcoming.map((u) => [u.ruleId, u.change])).toEqual([['JP-FUTURE', 'takes_effect']]);
    const cable = product({ sku: 'C-1', category: 'it-equipment' });
    expect(validateProduct({ kb }, cable, 'JP', '2026-11-22').risk).toBe('low');
    const delayed = validateProduct(
      { kb, incidents: [{ kind: 'clearance_delay', market: 'JP', date: '2026-10-01', sku: 'C-1' }] },
      cable,
      'JP',
      '2026-11-22',
    );
    expect(delayed.risk).toBe('medium');
    expect(delayed.riskReasons.at(-1)?.reason).toMatch(/clearance delay in JP on 2026-10-01/);
    const seized = validateProduct(
      { kb, incidents: [{ kind: 'seizure', market: 'JP', date: '2026-10-01', category: 'electronics' }] },
      cable,
      'JP',
      '2026-11-22',
    );
    expect(seized.risk).toBe('high');
  });

  it('states the de minimis in force, and refuses an unknown market', () => {
    const parcel = product({ category: 'apparel', value: { amount: 90, currency: 'EUR' } });
    expect(
      validateProduct({ kb }, parcel, 'DE', '2026-11-22').findings.find((f) => f.kind === 'de_minimis')
        ?.message,
    ).toMatch(/90 EUR is within the duty exemption/);
    expect(() => validateProduct({ kb }, parcel, 'XX', '2026-11-22')).toThrow(/No market XX/);
  });
});
