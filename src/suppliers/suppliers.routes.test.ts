import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, issuePathsOf, type Page } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import type { Supplier } from './supplier.model.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;
interface Issue {
  path: string[];
  message: string;
}

describe.each(testDatabaseKinds())('supplier routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;

  const create = (json: Record<string, unknown>) => admin.post<Supplier>('/api/suppliers', { json });
  const issuesOf = (response: { body: unknown }) =>
    (response.body as { error: { details: { issues: Issue[] } } }).error.details.issues;
  const total = async () => (await admin.get<Page<Supplier>>('/api/suppliers')).body.total;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t?.close());

  it('creates a supplier: 201, input normalised, defaults filled in, version 1', async () => {
    const response = await create({
      legalName: '  Acme Widgets GmbH ',
      country: 'de',
      registrationNumber: 'hrb 123 45',
      registrationType: 'hrb',
      tags: ['metal', 'metal', 'tier-1'],
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      legalName: 'Acme Widgets GmbH',
      otherNames: [],
      country: 'DE',
      registrationNumber: 'HRB12345',
      registrationType: 'hrb',
      address: { line1: null, line2: null, city: null, postalCode: null, region: null },
      contacts: [],
      productCategories: [],
      status: 'prospect',
      statusReason: null,
      tags: ['metal', 'tier-1'],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: response.body.createdAt,
      version: 1,
    });
    const fetched = await admin.get<Supplier>(`/api/suppliers/${response.body.id}`);
    expect([fetched.status, fetched.body]).toEqual([200, response.body]);
  });

  it('keeps every field it is given', async () => {
    const input = {
      legalName: 'Full Fields Ltd',
      otherNames: ['Full Fields', 'FF'],
      country: 'GB',
      registrationNumber: '01234567',
      registrationType: 'crn',
      address: { line1: '1 High St', line2: null, city: 'Leeds', postalCode: 'LS1 1AA', region: 'Yorkshire' },
      contacts: [{ name: 'Jo Bloggs', email: 'jo@ff.test', phone: '+44 113 000', role: 'buyer' }],
      productCategories: ['textiles'],
      status: 'approved',
      tags: ['uk'],
    };
    const response = await create(input);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject(input);
  });

  it('refuses a missing legal name, an unknown country and control characters, naming the fields', async () => {
    const before = await total();
    expect(issuePathsOf(await create({ country: 'DE' }))).toEqual(['legalName']);
    expect(issuePathsOf(await create({ legalName: '   ', country: 'DE' }))).toEqual(['legalName']);
    const badCountry = await create({ legalName: 'Nowhere Ltd', country: 'XX' });
    expect(issuesOf(badCountry)).toEqual([
      { path: ['country'], message: 'Not an ISO 3166-1 alpha-2 country code' },
    ]);
    const control = await create({
      legalName: 'Bell\u0007 Ltd',
      otherNames: ['fine', 'nul\u0000'],
      country: 'DE',
    });
    expect(issuesOf(control)).toEqual([
      { path: ['legalName'], message: 'Contains control characters' },
      { path: ['otherNames', '1'], message: 'Contains control characters' },
    ]);
    const many = await create({
      legalName: 'Many Problems Ltd',
      country: 'DE',
      status: 'friendly',
      registrationNumber: 'AB#12',
      contacts: [{ email: 'not-an-email' }],
    });
    expect(issuePathsOf(many).sort()).toEqual(['contacts.0.email', 'registrationNumber', 'status']);
    expect(await total()).toBe(before);
  });

  it('refuses a body that is not JSON: 400 validation_failed', async () => {
    const response = await t.raw('/api/suppliers', {
      method: 'POST',
      headers: {
        cookie: admin.auth.cookie ?? '',
        'x-csrf-token': admin.auth.csrfToken ?? '',
        'content-type': 'application/json',
      },
      body: '{"legalName": ',
    });
    expectError(response, 400, 'validation_failed');
  });

  it('answers 404 not_found for an unknown id', async () => {
    expectError(await admin.get('/api/suppliers/does-not-exist'), 404, 'not_found');
    expectError(
      await admin.patch('/api/suppliers/does-not-exist', { json: { version: 1 } }),
      404,
      'not_found',
    );
  });

  it('patches with the version seen: changes only what is sent, a stale version gets 409 version_conflict', async () => {
    const created = await create({ legalName: 'Patch Me Ltd', country: 'FR', tags: ['a'] });
    const patched = await admin.patch<Supplier>(`/api/suppliers/${created.body.id}`, {
      json: { version: 1, status: 'approved', tags: ['b'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({
      ...created.body,
      status: 'approved',
      tags: ['b'],
      version: 2,
      updatedAt: expect.any(String),
    });
    expect(patched.body.updatedAt >= created.body.updatedAt).toBe(true);

    const stale = await admin.patch(`/api/suppliers/${created.body.id}`, {
      json: { version: 1, legalName: 'Lost Update Ltd' },
    });
    expect(expectError(stale, 409, 'version_conflict').error.details).toEqual({ currentVersion: 2 });
    const current = await admin.get<Supplier>(`/api/suppliers/${created.body.id}`);
    expect(current.body).toEqual(patched.body);

    expect(
      issuePathsOf(await admin.patch(`/api/suppliers/${created.body.id}`, { json: { status: 'x' } })).sort(),
    ).toEqual(['status', 'version']);
    const audit = await admin.get<Page<{ action: string; before: unknown; after: unknown }>>(
      `/api/audit?entityId=${created.body.id}`,
    );
    expect(audit.body.items.map((e) => e.action)).toEqual(['supplier.updated', 'supplier.created']);
    expect(audit.body.items[0]?.before).toEqual(created.body);
    expect(audit.body.items[0]?.after).toEqual(patched.body);
  });

  it('refuses a registration number already used in the same country: 409 conflict, on create and patch', async () => {
    const first = await create({ legalName: 'First Reg GmbH', country: 'DE', registrationNumber: 'HRB 999' });
    expect(first.status).toBe(201);
    const duplicate = await create({
      legalName: 'Second Reg GmbH',
      country: 'de',
      registrationNumber: 'hrb999',
    });
    const body = expectError(duplicate, 409, 'conflict');
    expect(body.error.details).toEqual({ supplierId: first.body.id, field: 'registrationNumber' });
    const elsewhere = await create({
      legalName: 'Other Country SARL',
      country: 'FR',
      registrationNumber: 'HRB999',
    });
    expect(elsewhere.status).toBe(201);
    const moved = await admin.patch(`/api/suppliers/${elsewhere.body.id}`, {
      json: { version: 1, country: 'DE' },
    });
    expectError(moved, 409, 'conflict');
    // Saving a supplier with its own number is no conflict.
    const same = await admin.patch<Supplier>(`/api/suppliers/${first.body.id}`, {
      json: { version: 1, registrationNumber: 'HRB999', status: 'onboarding' },
    });
    expect([same.status, same.body.version]).toEqual([200, 2]);
  });

  it("shows a supplier's own user that supplier only: list of one, 404 for the others, no writes", async () => {
    const own = await create({ legalName: 'Own Supplier Co', country: 'IT' });
    const other = await create({ legalName: 'Someone Else Co', country: 'IT' });
    const portal = await t.userWithRole('supplier', 'a', own.body.id);
    const list = await portal.get<Page<Supplier>>('/api/suppliers');
    expect([list.status, list.body.total, list.body.items.map((s) => s.id)]).toEqual([200, 1, [own.body.id]]);
    const filtered = await portal.get<Page<Supplier>>('/api/suppliers?q=Someone');
    expect(filtered.body.total).toBe(0);
    expect((await portal.get(`/api/suppliers/${own.body.id}`)).status).toBe(200);
    expectError(await portal.get(`/api/suppliers/${other.body.id}`), 404, 'not_found');
    expectError(
      await portal.patch(`/api/suppliers/${own.body.id}`, { json: { version: 1, legalName: 'Mine Now' } }),
      403,
      'forbidden',
    );
  });
});
