import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePathsOf, type Page, sleep } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import type { Supplier } from './supplier.model.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;

// Names for sorting are plain ASCII capitals: their order is the same under every collation.
const SUPPLIERS = [
  {
    legalName: 'Shenzhen Huaxin Electronics Co Ltd',
    otherNames: ['深圳华信电子有限公司', 'ООО «Ромашка»'],
    country: 'CN',
  },
  { legalName: 'Müller Maschinenbau GmbH', country: 'DE', status: 'approved', tags: ['metal'] },
  { legalName: 'A_B Trading Ltd', country: 'GB' },
  { legalName: 'AxB Trading Ltd', country: 'GB', tags: ['metal'] },
  { legalName: 'A-Z Supplies Ltd', country: 'GB' },
  { legalName: 'Alcatraz Foods Inc', country: 'US' },
  { legalName: 'Bravo Ltd', country: 'US', status: 'onboarding', tags: ['sort'] },
  { legalName: 'Alpha Ltd', country: 'FR', status: 'suspended', tags: ['sort'] },
  { legalName: 'Charlie Ltd', country: 'DE', status: 'approved', tags: ['sort'] },
];

describe.each(testDatabaseKinds())('supplier search on %s', (kind) => {
  let t: TestApp;
  let admin: Client;

  const search = async (query: string) => {
    const response = await admin.get<Page<Supplier>>(`/api/suppliers?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const namesFor = async (query: string) => (await search(query)).items.map((s) => s.legalName);
  const q = (text: string) => namesFor(`q=${encodeURIComponent(text)}`);

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    for (const json of SUPPLIERS) {
      const response = await admin.post('/api/suppliers', { json });
      expect(response.status).toBe(201);
      await sleep(2); // distinct creation times for the createdAt sort
    }
    // Organisation b has a namesake that organisation a must never find.
    const adminB = await t.signIn('admin@b.test');
    await adminB.post('/api/suppliers', { json: { legalName: 'Müller Maschinenbau GmbH', country: 'DE' } });
  });
  afterAll(() => t?.close());

  it('lists everything by legal name with the page fields', async () => {
    const page = await search('pageSize=200');
    expect(page).toMatchObject({ page: 1, pageSize: 200, total: SUPPLIERS.length });
    expect(page.items).toHaveLength(SUPPLIERS.length);
  });

  it('finds a name in its own script, and Cyrillic by its Latin transliteration too', async () => {
    const shenzhen = ['Shenzhen Huaxin Electronics Co Ltd'];
    expect(await q('华信')).toEqual(shenzhen);
    expect(await q('深圳华信电子')).toEqual(shenzhen);
    expect(await q('Ромашка')).toEqual(shenzhen);
    expect(await q('ромашка')).toEqual(shenzhen);
    expect(await q('romashka')).toEqual(shenzhen);
    expect(await q('ROMASHKA')).toEqual(shenzhen);
    expect(await q('huaxin electronics')).toEqual(shenzhen);
    expect(await q('华为')).toEqual([]);
  });

  it('ignores accents and case: muller finds Müller, and only in the own organisation', async () => {
    const mueller = ['Müller Maschinenbau GmbH'];
    expect(await q('muller')).toEqual(mueller);
    expect(await q('MÜLLER')).toEqual(mueller);
    expect(await q('Muller Maschinenbau')).toEqual(mueller);
    expect((await search('q=muller')).total).toBe(1);
  });

  it('takes % and _ in q literally, not as LIKE wildcards', async () => {
    expect(await q('a_b')).toEqual(['A_B Trading Ltd']);
    expect(await q('a%z')).toEqual(['A-Z Supplies Ltd']);
    expect(await q('a_b trading')).toEqual(['A_B Trading Ltd']);
  });

  it('filters by country, status and tag, alone and together with q', async () => {
    // Punctuation sorts differently under different collations: compared as sets.
    expect((await namesFor('country=GB')).sort()).toEqual([
      'A-Z Supplies Ltd',
      'A_B Trading Ltd',
      'AxB Trading Ltd',
    ]);
    expect((await namesFor('country=gb&q=trading')).sort()).toEqual(['A_B Trading Ltd', 'AxB Trading Ltd']);
    expect(await namesFor('status=approved')).toEqual(['Charlie Ltd', 'Müller Maschinenbau GmbH']);
    expect(await namesFor('tag=metal')).toEqual(['AxB Trading Ltd', 'Müller Maschinenbau GmbH']);
    expect(await namesFor('tag=metal&country=DE&status=approved')).toEqual(['Müller Maschinenbau GmbH']);
    expect(await namesFor('tag=meta')).toEqual([]);
    expect(issuePathsOf(await admin.get('/api/suppliers?country=XX'))).toEqual(['country']);
    expect(issuePathsOf(await admin.get('/api/suppliers?status=happy'))).toEqual(['status']);
  });

  it('sorts by each allowed field, ascending and descending', async () => {
    const sorted = (sort: string) => namesFor(`tag=sort&sort=${sort}`);
    expect(await sorted('legalName')).toEqual(['Alpha Ltd', 'Bravo Ltd', 'Charlie Ltd']);
    expect(await sorted('-legalName')).toEqual(['Charlie Ltd', 'Bravo Ltd', 'Alpha Ltd']);
    expect(await sorted('country')).toEqual(['Charlie Ltd', 'Alpha Ltd', 'Bravo Ltd']);
    expect(await sorted('-country')).toEqual(['Bravo Ltd', 'Alpha Ltd', 'Charlie Ltd']);
    expect(await sorted('status')).toEqual(['Charlie Ltd', 'Bravo Ltd', 'Alpha Ltd']);
    expect(await sorted('createdAt')).toEqual(['Bravo Ltd', 'Alpha Ltd', 'Charlie Ltd']);
    expect(await sorted('-createdAt')).toEqual(['Charlie Ltd', 'Alpha Ltd', 'Bravo Ltd']);
    expect(await sorted('updatedAt')).toEqual(['Bravo Ltd', 'Alpha Ltd', 'Charlie Ltd']);
    expect(issuePathsOf(await admin.get('/api/suppliers?sort=id'))).toEqual(['sort']);
    expect(issuePathsOf(await admin.get('/api/suppliers?sort=-search_text'))).toEqual(['sort']);
  });

  it('pages: pageSize up to 200, page beyond the end empty, total always the full count', async () => {
    const first = await search('tag=sort&pageSize=2');
    const second = await search('tag=sort&pageSize=2&page=2');
    expect([first.items.length, first.total, second.items.length, second.total]).toEqual([2, 3, 1, 3]);
    expect(second.items[0]?.legalName).toBe('Charlie Ltd');
    expect((await search('pageSize=200')).pageSize).toBe(200);
    expect(issuePathsOf(await admin.get('/api/suppliers?pageSize=201'))).toEqual(['pageSize']);
    expect(issuePathsOf(await admin.get('/api/suppliers?pageSize=0'))).toEqual(['pageSize']);
    expect(issuePathsOf(await admin.get('/api/suppliers?page=abc'))).toEqual(['page']);
    expect(await search('tag=sort&page=5')).toEqual({ items: [], page: 5, pageSize: 25, total: 3 });
  });
});
