import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type RegulationCase, regulationCaseSchema } from '../knowledge/case.model.ts';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { ProductFacts } from '../knowledge/product-facts.ts';
import { resolveCategory } from './resolve-category.ts';
import { loadTestIngredientMatcher } from './test-ingredient-matcher.ts';
import { validateProduct } from './validate-product.ts';

/**
 * Every real case written from the cited sources (src/regulations/data/cases/) run through the validator: the
 * rules that must apply do, the ones that must not do not, the certifications are asked for, the risk band is
 * the one the law implies.
 */
const CASES_DIR = fileURLToPath(new URL('../data/cases/', import.meta.url));

async function loadCases(): Promise<{ file: string; cases: RegulationCase[] }[]> {
  const files = (await readdir(CASES_DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  const loaded = [];
  for (const file of files) {
    const module: { cases?: unknown[] } = await import(join(CASES_DIR, file));
    loaded.push({ file, cases: (module.cases ?? []).map((c) => regulationCaseSchema.parse(c)) });
  }
  return loaded;
}

const files = await loadCases();
const matchIngredient = await loadTestIngredientMatcher();

describe.each(files.map((f) => [f.file, f.cases] as const))('regulation cases of %s', (_file, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const kb = await loadKnowledgeBase();
    const category = resolveCategory(c.product.category, c.product.hsCode)?.id ?? c.product.category;
    const report = validateProduct(
      { kb, matchIngredient },
      {
        name: c.product.name,
        category,
        hsCode: c.product.hsCode,
        origin: c.product.origin,
        channel: c.product.channel,
        value: c.product.value,
        ingredients: c.product.ingredients,
        facts: c.product.facts as ProductFacts,
      },
      c.market,
      c.date,
    );
    const applied = report.rules.map((r) => r.id);
    expect(
      c.expect.rules.filter((id) => !applied.includes(id)),
      'rules that should apply',
    ).toEqual([]);
    expect(
      c.expect.notRules.filter((id) => applied.includes(id)),
      'rules that should not apply',
    ).toEqual([]);
    const certifications = report.certifications.map((cert) => cert.id);
    expect(
      c.expect.certifications.filter((id) => !certifications.includes(id)),
      'certifications',
    ).toEqual([]);
    if (c.expect.risk)
      expect(report.risk, report.riskReasons.map((r) => `${r.level}: ${r.reason}`).join('\n')).toBe(
        c.expect.risk,
      );
  });
});

it('has cases', () => {
  expect(files.flatMap((f) => f.cases).length).toBeGreaterThan(0);
});
