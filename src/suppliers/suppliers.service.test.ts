import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../platform/audit/audit.service.ts';
import { permissionsOf, type Role } from '../platform/auth/roles.ts';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import { type Actor, systemActor } from '../platform/tenancy/actor.ts';
import { createOrganization } from '../platform/tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../platform/testing/test-database.ts';
import { type SupplierInput, supplierInputSchema } from './supplier.model.ts';
import { createSupplier, getSupplier, listSuppliers, updateSupplier } from './suppliers.service.ts';

function userActor(organizationId: string, role: Role, supplierId: string | null = null): Actor {
  return {
    organizationId,
    type: 'user',
    id: `user-${role}`,
    label: `${role}@org.test`,
    role,
    permissions: permissionsOf(role),
    supplierId,
  };
}

const input = (fields: Partial<SupplierInput> & { legalName: string }): SupplierInput =>
  supplierInputSchema.parse({ country: 'DE', ...fields });

const FIRST_PAGE = { page: 1, pageSize: 50, sort: 'legalName', descending: false } as const;

describe.each(testDatabaseKinds())('supplier service on %s', (kind) => {
  let database: DatabaseHandle;
  let orgA: string;
  let orgB: string;
  let officer: Actor;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const make = (slug: string) =>
      createOrganization(database.db, {
        name: slug,
        slug,
        admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'a long enough password' },
      });
    orgA = (await make('org-a')).organization.id;
    orgB = (await make('org-b')).organization.id;
    officer = userActor(orgA, 'compliance_officer');
  });
  afterAll(() => database.close());

  async function auditOf(entityId: string) {
    const page = await listAudit(database.db, systemActor(orgA), { entityId }, { page: 1, pageSize: 10 });
    return page.items;
  }

  it('creates a supplier, reads it back and records who created it', async () => {
    const created = await createSupplier(
      database.db,
      officer,
      input({
        legalName: 'Acme GmbH',
        otherNames: ['ACME', 'ACME'],
        registrationNumber: 'hrb 100',
        registrationType: 'hrb',
        address: { line1: 'Hauptstraße 1', line2: null, city: 'Berlin', postalCode: '10115', region: null },
        contacts: [{ name: 'Erika', email: 'erika@acme.example', phone: null, role: 'buyer' }],
        tags: ['eu'],
      }),
    );
    expect(created).toMatchObject({
      legalName: 'Acme GmbH',
      otherNames: ['ACME'],
      country: 'DE',
      registrationNumber: 'HRB100',
      status: 'prospect',
      version: 1,
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(await getSupplier(database.db, officer, created.id)).toEqual(created);

    const [entry, ...older] = await auditOf(created.id);
    expect(older).toEqual([]);
    expect(entry).toMatchObject({
      action: 'supplier.created',
      entityType: 'supplier',
      actor: { type: 'user', id: 'user-compliance_officer', label: 'compliance_officer@org.test' },
      before: null,
      after: created,
    });
  });

  it('updates only the fields sent, bumps the version and records before and after', async () => {
    const v1 = await createSupplier(
      database.db,
      officer,
      input({ legalName: 'Beta SA', country: 'FR', tags: ['x'] }),
    );
    const v2 = await updateSupplier(database.db, officer, v1.id, {
      version: 1,
      status: 'approved',
      legalName: 'Beta SAS',
    });
    expect(v2).toEqual({
      ...v1,
      legalName: 'Beta SAS',
      status: 'approved',
      version: 2,
      updatedAt: v2.updatedAt,
    });
    expect(v2.updatedAt >= v1.updatedAt).toBe(true);
    const [update, create] = await auditOf(v1.id);
    expect(create?.action).toBe('supplier.created');
    expect(update).toMatchObject({ action: 'supplier.updated', before: v1, after: v2 });
    // The search text follows the new name.
    const found = await listSuppliers(database.db, officer, { q: 'beta sas' }, FIRST_PAGE);
    expect(found.items.map((s) => s.id)).toEqual([v1.id]);
  });

  it('refuses a change made on an outdated version and changes nothing', async () => {
    const v1 = await createSupplier(database.db, officer, input({ legalName: 'Gamma Ltd', country: 'GB' }));
    await updateSupplier(database.db, officer, v1.id, { version: 1, status: 'onboarding' });
    await expect(
      updateSupplier(database.db, officer, v1.id, { version: 1, status: 'blacklisted' }),
    ).rejects.toMatchObject({
      code: 'version_conflict',
      details: { currentVersion: 2 },
    });
    expect((await getSupplier(database.db, officer, v1.id)).status).toBe('onboarding');
    expect((await auditOf(v1.id)).map((entry) => entry.action)).toEqual([
      'supplier.updated',
      'supplier.created',
    ]);
  });

  it('writes nothing when a save changes nothing', async () => {
    const v1 = await createSupplier(database.db, officer, input({ legalName: 'Delta Oy', country: 'FI' }));
    const same = await updateSupplier(database.db, officer, v1.id, {
      version: 1,
      legalName: 'Delta Oy',
      address: { ...v1.address },
    });
    expect(same).toEqual(v1);
    expect((await auditOf(v1.id)).map((entry) => entry.action)).toEqual(['supplier.created']);
  });

  it('keeps registration numbers unique per country, not across countries', async () => {
    const first = await createSupplier(
      database.db,
      officer,
      input({ legalName: 'Reg One', registrationNumber: 'HRB 777' }),
    );
    await expect(
      createSupplier(database.db, officer, input({ legalName: 'Reg Two', registrationNumber: 'hrb777' })),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'Registration number HRB777 (DE) is already used by another supplier',
      details: { supplierId: first.id, field: 'registrationNumber' },
    });
    const french = await createSupplier(
      database.db,
      officer,
      input({ legalName: 'Reg Three', country: 'FR', registrationNumber: 'HRB777' }),
    );
    await expect(
      updateSupplier(database.db, officer, french.id, { version: 1, country: 'DE' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    // Saving a supplier with its own number is no conflict.
    const renamed = await updateSupplier(database.db, officer, first.id, {
      version: 1,
      legalName: 'Reg One AG',
    });
    expect(renamed.registrationNumber).toBe('HRB777');
    // Another organisation may hold the same number.
    const other = await createSupplier(
      database.db,
      userActor(orgB, 'procurement'),
      input({ legalName: 'Elsewhere', registrationNumber: 'HRB777' }),
    );
    expect(other.registrationNumber).toBe('HRB777');
  });

  it('answers conflict, not a database error, when two creations race for one number', async () => {
    const results = await Promise.allSettled(
      ['Race A', 'Race B'].map((legalName) =>
        createSupplier(
          database.db,
          officer,
          input({ legalName, country: 'IT', registrationNumber: 'IT-RACE-1' }),
        ),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = results.find((result) => result.status === 'rejected');
    expect(failure?.reason).toMatchObject({ code: 'conflict' });
    const listed = await listSuppliers(database.db, officer, { country: 'IT' }, FIRST_PAGE);
    expect(listed.total).toBe(1);
    expect((await verifyAuditChain(database.db, orgA)).ok).toBe(true);
  });

  it('answers conflict when two changes race to give two suppliers one number', async () => {
    const racers = await Promise.all(
      ['Race C', 'Race D'].map((legalName) =>
        createSupplier(database.db, officer, input({ legalName, country: 'ES' })),
      ),
    );
    const results = await Promise.allSettled(
      racers.map((racer) =>
        updateSupplier(database.db, officer, racer.id, { version: 1, registrationNumber: 'ES-RACE-2' }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = results.find((result) => result.status === 'rejected');
    expect(failure?.reason).toMatchObject({ code: 'conflict', details: { field: 'registrationNumber' } });
  });

  it("hides one organisation's suppliers from another's users", async () => {
    const own = await createSupplier(database.db, officer, input({ legalName: 'Private Supplier' }));
    const outsider = userActor(orgB, 'admin');
    await expect(getSupplier(database.db, outsider, own.id)).rejects.toMatchObject({
      code: 'not_found',
      message: 'Supplier not found',
    });
    await expect(
      updateSupplier(database.db, outsider, own.id, { version: 1, status: 'approved' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    const listed = await listSuppliers(database.db, outsider, { q: 'private supplier' }, FIRST_PAGE);
    expect(listed).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
    expect((await getSupplier(database.db, officer, own.id)).version).toBe(1);
  });

  it("shows a supplier's own user that supplier only", async () => {
    const mine = await createSupplier(database.db, officer, input({ legalName: 'Portal Own' }));
    const theirs = await createSupplier(database.db, officer, input({ legalName: 'Portal Other' }));
    const portal = userActor(orgA, 'supplier', mine.id);
    expect((await getSupplier(database.db, portal, mine.id)).legalName).toBe('Portal Own');
    await expect(getSupplier(database.db, portal, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
    const listed = await listSuppliers(database.db, portal, {}, FIRST_PAGE);
    expect(listed.items.map((s) => s.id)).toEqual([mine.id]);
    expect(listed.total).toBe(1);
    const unlinked = userActor(orgA, 'supplier', null);
    expect((await listSuppliers(database.db, unlinked, {}, FIRST_PAGE)).total).toBe(0);
    await expect(getSupplier(database.db, unlinked, mine.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses actions the role does not allow', async () => {
    const existing = await createSupplier(database.db, officer, input({ legalName: 'Guarded' }));
    await expect(
      createSupplier(database.db, userActor(orgA, 'customs'), input({ legalName: 'Nope' })),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Your role (customs) does not allow suppliers:write',
    });
    await expect(
      updateSupplier(database.db, userActor(orgA, 'auditor'), existing.id, {
        version: 1,
        status: 'approved',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      updateSupplier(database.db, userActor(orgA, 'supplier', existing.id), existing.id, {
        version: 1,
        status: 'approved',
      }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Your role (supplier) does not allow suppliers:write',
    });
    expect((await getSupplier(database.db, userActor(orgA, 'auditor'), existing.id)).version).toBe(1);
  });

  it('finds suppliers by any name in any script, and by country, status and tag', async () => {
    const romashka = await createSupplier(
      database.db,
      officer,
      input({ legalName: 'ООО «Ромашка»', country: 'RU', status: 'conditional', tags: ['search-test'] }),
    );
    const lodz = await createSupplier(
      database.db,
      officer,
      input({ legalName: 'Fabryka', otherNames: ['Łódź Textiles'], country: 'PL', tags: ['search-test'] }),
    );
    const ids = async (filter: Parameters<typeof listSuppliers>[2]) =>
      (await listSuppliers(database.db, officer, filter, FIRST_PAGE)).items.map((s) => s.id);
    expect(await ids({ q: 'Romashka' })).toEqual([romashka.id]);
    expect(await ids({ q: 'РОМАШКА' })).toEqual([romashka.id]);
    expect(await ids({ q: 'lodz' })).toEqual([lodz.id]);
    expect(await ids({ tag: 'search-test', country: 'PL' })).toEqual([lodz.id]);
    expect(await ids({ tag: 'search-test', status: 'conditional' })).toEqual([romashka.id]);
    expect(await ids({ q: '100%_' })).toEqual([]);
  });

  it('leaves an audit chain that verifies', async () => {
    const report = await verifyAuditChain(database.db, orgA);
    expect(report.ok).toBe(true);
    expect(report.firstBroken).toBeNull();
  });
});
