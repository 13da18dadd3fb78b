import { describe, expect, it } from 'vitest';
import { type RuleInput, ruleSchema } from '../knowledge/knowledge.model.ts';
import { isInForce, ruleApplicability, ruleConcernsCategory } from './rule-applicability.ts';

const source = { title: 'Fixture Act of rules', url: 'https://example.gov/act', publisher: 'Fixture' };
const rule = (scope: RuleInput['scope'], extra: Partial<RuleInput> = {}) =>
  ruleSchema.parse({
    id: 'EU-FIXTURE',
    version: 1,
    jurisdiction: 'EU',
    topic: 'certification',
    effect: 'requirement',
    title: 'A fixture rule for scope tests',
    requirement: 'What the fixture requires, in plain words.',
    scope,
    source,
    effectiveFrom: '2020-01-01',
    ...extra,
  });

describe('ruleApplicability', () => {
  it('applies by category lineage or HS prefix, and says why', () => {
    const battery = rule({ categories: ['battery'] });
    expect(
      ruleApplicability(battery, { name: 'x', category: 'power-bank', ingredients: [], facts: {} }),
    ).toEqual({
      applies: 'true',
      reasons: ['category power-bank (within battery)'],
      unknownFacts: [],
    });
    const byHs = rule({ hsPrefixes: ['8507'] });
    expect(
      ruleApplicability(byHs, {
        name: 'x',
        category: undefined,
        hsCode: '850760',
        ingredients: [],
        facts: {},
      }).reasons,
    ).toEqual(['HS code 850760 (heading 8507)']);
    expect(
      ruleApplicability(battery, { name: 'x', category: 'toys', ingredients: [], facts: {} }).applies,
    ).toBe('false');
  });

  it('needs the origin and channel a rule names, and treats unknown ones as unknown', () => {
    const xinjiang = rule({ origins: ['CN'] });
    expect(
      ruleApplicability(xinjiang, { name: 'x', category: 'apparel', ingredients: [], facts: {} }),
    ).toMatchObject({ applies: 'unknown', unknownFacts: ['origin'] });
    expect(
      ruleApplicability(xinjiang, {
        name: 'x',
        category: 'apparel',
        origin: 'VN',
        ingredients: [],
        facts: {},
      }).applies,
    ).toBe('false');
    const parcels = rule({ categories: ['apparel'], channels: ['ecommerce_parcel'] });
    expect(
      ruleApplicability(parcels, {
        name: 'x',
        category: 'apparel',
        channel: 'b2b_import',
        ingredients: [],
        facts: {},
      }).applies,
    ).toBe('false');
  });

  it('is in force between its dates, both included', () => {
    const dated = rule({ categories: ['toys'] }, { effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' });
    expect(['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01'].map((d) => isInForce(dated, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('ruleConcernsCategory', () => {
  it('follows the taxonomy both ways, HS-only rules by their prefixes, and origin-only rules always', () => {
    expect(ruleConcernsCategory(rule({ categories: ['battery'] }), 'power-bank')).toBe(true);
    expect(ruleConcernsCategory(rule({ categories: ['power-bank'] }), 'electronics')).toBe(true);
    expect(ruleConcernsCategory(rule({ categories: ['childrens-apparel'] }), 'power-bank')).toBe(false);
    expect(ruleConcernsCategory(rule({ hsPrefixes: ['6111'] }), 'power-bank')).toBe(false);
    expect(ruleConcernsCategory(rule({ hsPrefixes: ['850760'] }), 'power-bank')).toBe(true);
    expect(ruleConcernsCategory(rule({ origins: ['KP'] }), 'toys')).toBe(true);
  });
});
