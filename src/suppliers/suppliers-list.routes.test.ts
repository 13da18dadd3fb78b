import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../platform/tenancy/actor.ts';
import type { Page } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import { executeImport, prepareImport, uploadImport } from './import/imports.service.ts';
import type { Supplier } from './supplier.model.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;

/**
 * The list's total is kept in memory on PGlite (suppliers.service.ts): every write to the registry in this
 * process shows in the list and its total at once. Each test reads the list first, so the total is cached
 * when the change happens. On PostgreSQL the total is always counted and the same answers are expected.
 */
describe.each(testDatabaseKinds())('supplier list and its total on %s', (kind) => {
  let t: TestApp;
  let admin: Client;

  const list = async (query = '') => {
    const response = await admin.get<Page<Supplier>>(`/api/suppliers?pageSize=200${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const create = async (json: Record<string, unknown>) => {
    const response = await admin.post<Supplier>('/api/suppliers', { json });
    expect(response.status).toBe(201);
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it('answers every field of a supplier in the list exactly as the supplier itself', async () => {
    const created = await create({
      legalName: 'Liste Vollständig AG',
      otherNames: ['LV AG'],
      country: 'CH',
      registrationNumber: 'CHE-123.456.789',
      registrationType: 'other',
      address: { line1: 'Bahnhofstrasse 1', city: 'Zürich', postalCode: '8001' },
      contacts: [{ name: 'Ana', email: 'ana@lv.test', phone: null, role: 'sales' }],
      productCategories: ['valves'],
      status: 'approved',
      tags: ['ch'],
    });
    const found = (await list('&q=vollstandig')).items;
    const fetched = await admin.get<Supplier>(`/api/suppliers/${created.id}`);
    expect(found).toEqual([fetched.body]);
    expect(found).toEqual([created]);
  });

  it('shows a created supplier in the list and the total at once', async () => {
    const before = await list();
    await list();
    const created = await create({ legalName: 'Sofort Sichtbar GmbH', country: 'DE' });
    const after = await list();
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((item) => item.id)).toContain(created.id);
  });

  it('shows imported suppliers in the list and the total at once', async () => {
    const before = await list();
    const filtered = await list('&country=PL');
    const actor = systemActor(t.orgIds.a, 'test import');
    const text = 'Legal name,Country\nImport Eins Sp. z o.o.,PL\nImport Zwei Sp. z o.o.,PL\n';
    const preview = await uploadImport(t.db, actor, {
      fileName: 'two.csv',
      bytes: new TextEncoder().encode(text),
    });
    const job = await prepareImport(t.db, actor, preview.id, {
      mapping: { legalName: 'Legal name', country: 'Country' },
      acceptInvalidRows: false,
    });
    await executeImport(t.db, job);
    expect((await list()).total).toBe(before.total + 2);
    const afterFiltered = await list('&country=PL');
    expect(afterFiltered.total).toBe(filtered.total + 2);
    expect(afterFiltered.items.map((item) => item.legalName)).toEqual(
      expect.arrayContaining(['Import Eins Sp. z o.o.', 'Import Zwei Sp. z o.o.']),
    );
  });

  it('moves a supplier between filtered totals at once when its status changes', async () => {
    const supplier = await create({ legalName: 'Status Wechsel KG', country: 'AT', status: 'prospect' });
    const approved = (await list('&status=approved')).total;
    const prospects = (await list('&status=prospect')).total;
    const patched = await admin.patch(`/api/suppliers/${supplier.id}`, {
      json: { version: supplier.version, status: 'approved' },
    });
    expect(patched.status).toBe(200);
    expect((await list('&status=approved')).total).toBe(approved + 1);
    expect((await list('&status=prospect')).total).toBe(prospects - 1);
  });

  it('counts a change made directly in the database at once (this process made it)', async () => {
    const before = await list('&tag=direct');
    await sql`update suppliers set tags = '["direct"]'::jsonb
      where organization_id = ${t.orgIds.a} and legal_name = 'Status Wechsel KG'`.execute(t.db);
    expect((await list('&tag=direct')).total).toBe(before.total + 1);
  });

  it("keeps each organisation's total to itself", async () => {
    const other = await t.signIn('admin@b.test');
    const totalOfB = async () => (await other.get<Page<Supplier>>('/api/suppliers')).body.total;
    const before = await totalOfB();
    await list();
    await create({ legalName: 'Nur In A GmbH', country: 'DE' });
    expect(await totalOfB()).toBe(before);
    const created = await other.post<Supplier>('/api/suppliers', {
      json: { legalName: 'Nur In B GmbH', country: 'DE' },
    });
    expect(created.status).toBe(201);
    expect(await totalOfB()).toBe(before + 1);
    expect((await list()).items.map((item) => item.id)).not.toContain(created.body.id);
  });

  it("counts a supplier's own user one supplier, whatever the organisation's total", async () => {
    const own = await create({ legalName: 'Eigener Lieferant GmbH', country: 'DE' });
    const user = await t.userWithRole('supplier', 'a', own.id);
    await list();
    const page = await user.get<Page<Supplier>>('/api/suppliers');
    expect([page.body.total, page.body.items.map((item) => item.id)]).toEqual([1, [own.id]]);
  });
});
