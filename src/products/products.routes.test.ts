import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, issuePathsOf, type Page } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import type { Product } from './product.model.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;
type Check = {
  category: { id: string | null };
  facts: { fact: string; value: unknown }[];
  markets: {
    market: string;
    risk: string;
    rules: { id: string }[];
    findings: { kind: string; source?: { url: string } }[];
  }[];
};

const csv = (text: string, name = 'products.csv') => {
  const form = new FormData();
  form.append('file', new File([text], name));
  return { form };
};

describe.each(testDatabaseKinds())('product routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let adminB: Client;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    adminB = await t.signIn('admin@b.test');
  });
  afterAll(() => t?.close());

  it('creates a product, resolves its category from the words given, and reads it back', async () => {
    const response = await admin.post<Product>('/api/products', {
      json: {
        sku: ' PB-10K ',
        name: '10,000 mAh power bank',
        category: 'Portable charger',
        hsCode: '8507.60',
        specifications: 'Li-ion 10000 mAh 3.7 V, USB-C',
        targetMarkets: ['jp', 'de', 'jp'],
        certifications: ['PSE-CIRCLE'],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sku: 'PB-10K',
      category: 'Portable charger',
      categoryId: 'power-bank',
      hsCode: '850760',
      targetMarkets: ['JP', 'DE'],
      version: 1,
    });
    const fetched = await admin.get<Product>(`/api/products/${response.body.id}`);
    expect(fetched.body).toEqual(response.body);
  });

  it('refuses a second product with the same SKU, and bad input field by field', async () => {
    const first = await admin.post('/api/products', { json: { sku: 'DUP-1', name: 'One' } });
    expect(first.status).toBe(201);
    expectError(await admin.post('/api/products', { json: { sku: 'DUP-1', name: 'Two' } }), 409, 'conflict');
    const bad = await admin.post('/api/products', {
      json: { sku: '', name: 'x\u0000y', hsCode: '85A', origin: 'ZZ', targetMarkets: ['XX'] },
    });
    expect(issuePathsOf(bad).sort()).toEqual(['hsCode', 'name', 'origin', 'sku', 'targetMarkets.0']);
  });

  it('refuses a supplier of another organisation', async () => {
    const theirs = await adminB.post<{ id: string }>('/api/suppliers', {
      json: { legalName: 'B Supplier', country: 'FR' },
    });
    const response = await admin.post('/api/products', {
      json: { sku: 'SUP-1', name: 'X', supplierId: theirs.body.id },
    });
    expectError(response, 400, 'validation_failed');
  });

  it('changes a product with optimistic versions', async () => {
    const created = await admin.post<Product>('/api/products', {
      json: { sku: 'V-1', name: 'Kettle', category: 'kettle' },
    });
    const changed = await admin.patch<Product>(`/api/products/${created.body.id}`, {
      json: { version: 1, name: 'Electric kettle' },
    });
    expect(changed.body).toMatchObject({
      name: 'Electric kettle',
      version: 2,
      categoryId: 'household-appliance',
    });
    expectError(
      await admin.patch(`/api/products/${created.body.id}`, { json: { version: 1, name: 'Stale' } }),
      409,
      'version_conflict',
    );
    expectError(
      await adminB.patch(`/api/products/${created.body.id}`, { json: { version: 2, name: 'Theirs' } }),
      404,
      'not_found',
    );
  });

  it('lists, filters and searches, with risk badges per target market', async () => {
    const page = await admin.get<Page<Product & { risks: { market: string; risk: string }[] }>>(
      '/api/products?q=power&withRisk=true',
    );
    expect(page.body.total).toBe(1);
    expect(page.body.items[0]?.risks).toEqual([
      { market: 'JP', risk: 'high' },
      { market: 'DE', risk: 'high' },
    ]);
    const byCategory = await admin.get<Page<Product>>('/api/products?category=power-bank');
    expect(byCategory.body.items.map((p) => p.sku)).toEqual(['PB-10K']);
    expect((await adminB.get<Page<Product>>('/api/products')).body.total).toBe(0);
  });

  it('reports a file with bad rows row by row, writes nothing until the valid rows are confirmed', async () => {
    const file = [
      'SKU,Product name,Category,HS code,Ingredients,Specifications,Target markets,Colour',
      'IMP-1,Lipstick Ruby,lipstick,330410,Ricinus Communis Seed Oil; Cera Alba; CI 77491,,EU',
      ',Nameless,toy,,,,,red',
      'IMP-2,Speaker,bluetooth speaker,85A,,Bluetooth 5.3,US',
      'IMP-1,Lipstick again,lipstick,,,,,',
      'DUP-1,Already there,,,,,,',
      'IMP-3,Teddy bear,plush,950300,,ages 3+,GB',
    ].join('\n');
    const report = await admin.post<{
      totalRows: number;
      validRows: number;
      errors: { row: number; column: string | null; reason: string }[];
      ignoredColumns: string[];
    }>('/api/products/imports/check', csv(file));
    expect(report.status).toBe(200);
    expect(report.body.totalRows).toBe(6);
    expect(report.body.validRows).toBe(2);
    expect(report.body.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'SKU'],
      [4, 'HS code'],
      [5, 'SKU'],
      [6, 'SKU'],
    ]);
    expect(report.body.ignoredColumns).toEqual(['Colour']);
    const before = (await admin.get<Page<Product>>('/api/products')).body.total;
    expectError(await admin.post('/api/products/imports', csv(file)), 400, 'validation_failed');
    expect((await admin.get<Page<Product>>('/api/products')).body.total).toBe(before);
    const form = csv(file);
    form.form.append('acceptInvalidRows', 'true');
    const imported = await admin.post<{ imported: number }>('/api/products/imports', form);
    expect([imported.status, imported.body.imported]).toEqual([201, 2]);
    const lipstick = await admin.get<Page<Product>>('/api/products?q=IMP-1');
    expect(lipstick.body.items[0]).toMatchObject({
      categoryId: 'cosmetics',
      ingredients: ['Ricinus Communis Seed Oil', 'Cera Alba', 'CI 77491'],
      targetMarkets: ['EU'],
    });
  });

  it('refuses files that are not tables, with a clear error', async () => {
    expectError(await admin.post('/api/products/imports/check', csv('')), 400, 'invalid_file');
    const noColumns = await admin.post<{ errors: { row: number; reason: string }[] }>(
      '/api/products/imports/check',
      csv('colour\nred\n'),
    );
    expect(noColumns.body.errors.map((e) => [e.row, e.reason])).toEqual([
      [1, 'No "sku" column: the header row needs one'],
      [1, 'No "name" column: the header row needs one'],
    ]);
    const latin1 = new Uint8Array([
      0x73, 0x6b, 0x75, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x31, 0x2c, 0xe9, 0x0a,
    ]);
    const form = new FormData();
    form.append('file', new File([latin1], 'latin1.csv'));
    expectError(await admin.post('/api/products/imports/check', { form }), 400, 'invalid_file');
  });

  it('records incidents for a product or a category, and refuses another organisation’s product', async () => {
    const product = (await admin.get<Page<Product>>('/api/products?q=V-1')).body.items[0];
    const recorded = await admin.post('/api/products/incidents', {
      json: {
        productId: product?.id,
        market: 'DE',
        kind: 'seizure',
        occurredOn: '2026-10-02',
        note: 'held at Hamburg',
      },
    });
    expect(recorded.status).toBe(201);
    expectError(
      await adminB.post('/api/products/incidents', {
        json: { productId: product?.id, market: 'DE', kind: 'seizure', occurredOn: '2026-10-02' },
      }),
      404,
      'not_found',
    );
    issuePathsOf(
      await admin.post('/api/products/incidents', {
        json: { market: 'DE', kind: 'seizure', occurredOn: '2026-10-02' },
      }),
    );
    const list = await admin.get<{ items: { sku: string; kind: string }[] }>('/api/products/incidents');
    expect(list.body.items).toEqual([expect.objectContaining({ sku: 'V-1', kind: 'seizure' })]);
    expect((await adminB.get<{ items: unknown[] }>('/api/products/incidents')).body.items).toEqual([]);
  });

  it('checks a stored product in its markets, and an ad hoc product, every rule with its source', async () => {
    const product = (await admin.get<Page<Product>>('/api/products?q=PB-10K')).body.items[0];
    const check = await admin.get<Check>(
      `/api/products/${product?.id}/requirements?markets=JP&date=2026-11-22`,
    );
    expect(check.status).toBe(200);
    expect(check.body.category.id).toBe('power-bank');
    expect(check.body.facts).toContainEqual(expect.objectContaining({ fact: 'battery.wh', value: 37 }));
    expect(check.body.markets[0]?.risk).toBe('high');
    for (const finding of check.body.markets[0]?.findings ?? []) {
      if (finding.source) expect(finding.source.url).toMatch(/^https:\/\//);
    }
    const adHoc = await admin.post<Check>('/api/products/check', {
      json: { product: { name: 'Kitchen towel', category: 'towel' }, markets: ['JP'], date: '2026-11-22' },
    });
    expect(adHoc.status).toBe(200);
    expect(adHoc.body.category.id).toBe('textiles');
    expectError(
      await admin.post('/api/products/check', { json: { product: { name: 'X' }, markets: ['XX'] } }),
      400,
      'validation_failed',
    );
    expectError(
      await admin.get(`/api/products/${product?.id}/requirements?markets=QQ`),
      400,
      'validation_failed',
    );
  });
});
