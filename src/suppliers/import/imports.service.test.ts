import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { canonicalJson, toJsonValue } from '../../platform/audit/audit-chain.ts';
import { permissionsOf } from '../../platform/auth/roles.ts';
import type { DatabaseHandle } from '../../platform/db/create-db.ts';
import { type Actor, systemActor } from '../../platform/tenancy/actor.ts';
import { createOrganization } from '../../platform/tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { supplierInputSchema } from '../supplier.model.ts';
import { createSupplier } from '../suppliers.service.ts';
import type { ColumnMapping } from './column-mapping.ts';
import {
  executeImport,
  getImportStatus,
  type ImportProgress,
  prepareImport,
  uploadImport,
  validateImport,
} from './imports.service.ts';

const MAPPING: ColumnMapping = {
  legalName: 'Legal name',
  country: 'Country',
  registrationNumber: 'Registration number',
};

/** A CSV file of n valid suppliers, registration numbers REG-1 ... REG-n in Germany. */
function bigFile(n: number, fileName = `suppliers-${n}.csv`) {
  const lines = ['Legal name,Country,Registration number'];
  for (let i = 1; i <= n; i++) lines.push(`Supplier ${i},DE,REG-${i}`);
  return { fileName, bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

const csv = (fileName: string, text: string) => ({ fileName, bytes: new TextEncoder().encode(text) });

describe.each(testDatabaseKinds())('supplier imports on %s', (kind) => {
  let database: DatabaseHandle;
  let orgId: string;
  let otherOrgId: string;
  let actor: Actor;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const make = (slug: string) =>
      createOrganization(database.db, {
        name: slug,
        slug,
        admin: { email: `admin@${slug}.test`, name: 'Admin', password: 'a long enough password' },
      });
    orgId = (await make('org')).organization.id;
    otherOrgId = (await make('other')).organization.id;
    actor = systemActor(orgId, 'import test');
  });
  afterEach(() => database.close());

  async function supplierCount(organizationId = orgId) {
    const row = await database.db
      .selectFrom('suppliers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function importedAuditCount() {
    const row = await database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', orgId)
      .where('action', '=', 'supplier_import.completed')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('uploads a file and answers a preview with a suggested mapping', async () => {
    const preview = await uploadImport(database.db, actor, bigFile(7, 'seven.csv'));
    expect(preview).toMatchObject({
      fileName: 'seven.csv',
      format: 'csv',
      headers: ['Legal name', 'Country', 'Registration number'],
      totalRows: 7,
      suggestedMapping: { ...MAPPING, otherNames: null, tags: null },
    });
    expect(preview.sampleRows).toEqual([1, 2, 3, 4, 5].map((i) => [`Supplier ${i}`, 'DE', `REG-${i}`]));
    const status = await getImportStatus(database.db, actor, preview.id);
    expect(status).toMatchObject({
      id: preview.id,
      status: 'uploaded',
      progress: { processed: 0, total: 7 },
      created: null,
      skipped: null,
      error: null,
      completedAt: null,
    });
  });

  it('refuses a mapping to a column the file does not have', async () => {
    const preview = await uploadImport(database.db, actor, bigFile(2, 'two.csv'));
    await expect(
      validateImport(database.db, actor, preview.id, { ...MAPPING, tags: 'Tagz' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      message: 'The file has no column "Tagz"',
      details: { issues: [{ path: ['mapping', 'tags'], message: 'No column "Tagz" in the file' }] },
    });
  });

  it('refuses a file with a header and no rows, and roles without the import permission', async () => {
    await expect(
      uploadImport(database.db, actor, csv('empty.csv', 'Legal name,Country\n')),
    ).rejects.toMatchObject({
      code: 'invalid_file',
      message: 'empty.csv has a header but no rows',
    });
    const customs: Actor = { ...actor, type: 'user', role: 'customs', permissions: permissionsOf('customs') };
    await expect(uploadImport(database.db, customs, bigFile(1))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('reports problems row by row, including numbers the registry already holds', async () => {
    await createSupplier(
      database.db,
      actor,
      supplierInputSchema.parse({ legalName: 'Held', country: 'DE', registrationNumber: 'REG-2' }),
    );
    const file = csv(
      'mixed.csv',
      'Legal name,Country,Registration number\nOk One,DE,REG-1\nTaken,DE,REG-2\n,DE,\nBad Country,Atlantis,\nOk Two,FR,REG-2\n',
    );
    const preview = await uploadImport(database.db, actor, file);
    const report = await validateImport(database.db, actor, preview.id, MAPPING);
    expect(report).toEqual({
      totalRows: 5,
      validRows: 2,
      invalidRows: 3,
      errorsTruncated: false,
      errors: [
        {
          row: 3,
          column: 'Registration number',
          field: 'registrationNumber',
          reason: 'Registration number REG-2 (DE) is already used by a supplier in the registry',
        },
        { row: 4, column: 'Legal name', field: 'legalName', reason: 'Required' },
        {
          row: 5,
          column: 'Country',
          field: 'country',
          reason: '"Atlantis" is not a country name or ISO 3166-1 alpha-2 code',
        },
      ],
    });

    await expect(
      prepareImport(database.db, actor, preview.id, { mapping: MAPPING, acceptInvalidRows: false }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { report } });
    expect((await getImportStatus(database.db, actor, preview.id)).status).toBe('uploaded');

    const job = await prepareImport(database.db, actor, preview.id, {
      mapping: MAPPING,
      acceptInvalidRows: true,
    });
    expect(await executeImport(database.db, job)).toEqual({ created: 2, skipped: 3 });
    expect(await getImportStatus(database.db, actor, preview.id)).toMatchObject({
      status: 'completed',
      created: 2,
      skipped: 3,
      error: null,
    });
    expect(await supplierCount()).toBe(3);
    await expect(
      prepareImport(database.db, actor, preview.id, { mapping: MAPPING, acceptInvalidRows: true }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('records one audit entry per import, committing to the file and every created row; each supplier names its file row', async () => {
    const file = bigFile(2);
    const preview = await uploadImport(database.db, actor, file);
    const job = await prepareImport(database.db, actor, preview.id, {
      mapping: MAPPING,
      acceptInvalidRows: false,
    });
    await executeImport(database.db, job);
    const entries = await database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'entity_id', 'after', 'actor_label'])
      .where('organization_id', '=', orgId)
      .where('entity_type', '=', 'supplier_import')
      .execute();
    const suppliers = await database.db
      .selectFrom('suppliers')
      .selectAll()
      .where('organization_id', '=', orgId)
      .orderBy('import_row')
      .execute();
    expect(suppliers.map((s) => [s.import_id, s.import_row, s.legal_name])).toEqual([
      [preview.id, 2, 'Supplier 1'],
      [preview.id, 3, 'Supplier 2'],
    ]);
    // The digests, recomputed here the long way: the generic canonical JSON of each created row.
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const rows = suppliers.map((s) => ({
      id: s.id,
      fileRow: s.import_row,
      legalName: s.legal_name,
      otherNames: s.other_names,
      country: s.country,
      registrationNumber: s.registration_number,
      registrationType: s.registration_type,
      address: s.address,
      contacts: s.contacts,
      productCategories: s.product_categories,
      status: s.status,
      tags: s.tags,
    }));
    expect(entries).toEqual([
      {
        action: 'supplier_import.completed',
        entity_type: 'supplier_import',
        entity_id: preview.id,
        actor_label: 'import test',
        after: {
          digestVersion: 1,
          fileName: file.fileName,
          format: 'csv',
          file: {
            sha256: createHash('sha256').update(file.bytes).digest('hex'),
            bytes: file.bytes.byteLength,
          },
          mapping: MAPPING,
          rows: { inFile: 2, created: 2, skipped: 0 },
          rowsDigest: sha256(rows.map((row) => canonicalJson(toJsonValue(row))).join('\n')),
          suppliersDigest: sha256(suppliers.map((s) => `${s.import_row} ${s.id}`).join('\n')),
        },
      },
    ]);
  });

  it('writes nothing when the second chunk fails, marks the import failed, and succeeds once fixed, with progress up to the total', async () => {
    const preview = await uploadImport(database.db, actor, bigFile(6000));
    const job = await prepareImport(database.db, actor, preview.id, {
      mapping: MAPPING,
      acceptInvalidRows: false,
    });
    // Another user saves a supplier with the number of row 5,501 (second chunk) after the file was checked.
    const intruder = await createSupplier(
      database.db,
      actor,
      supplierInputSchema.parse({ legalName: 'Intruder', country: 'DE', registrationNumber: 'REG-5500' }),
    );
    const seen: ImportProgress[] = [];
    await expect(executeImport(database.db, job, (progress) => seen.push(progress))).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(seen).toEqual([{ processed: 5000, total: 6000 }]);
    expect(await supplierCount()).toBe(1);
    expect(await importedAuditCount()).toBe(0);
    // The organisation's two entries and the intruder's creation, nothing of the import.
    expect(await verifyAuditChain(database.db, orgId)).toEqual({ ok: true, checked: 3, firstBroken: null });
    const failed = await getImportStatus(database.db, actor, preview.id);
    expect(failed).toMatchObject({
      status: 'failed',
      created: null,
      progress: { processed: 0, total: 6000 },
    });
    expect(failed.error?.code).toBe('conflict');
    expect(failed.error?.message).toMatch(/registration number/i);
    expect(failed.completedAt).not.toBeNull();

    // The intruder gets another number; the same upload imports on the second try.
    await database.db
      .updateTable('suppliers')
      .set({ registration_number: 'OTHER-1' })
      .where('id', '=', intruder.id)
      .execute();
    const retry = await prepareImport(database.db, actor, preview.id, {
      mapping: MAPPING,
      acceptInvalidRows: false,
    });
    const progress: ImportProgress[] = [];
    expect(await executeImport(database.db, retry, (step) => progress.push(step))).toEqual({
      created: 6000,
      skipped: 0,
    });
    expect(progress).toEqual([
      { processed: 5000, total: 6000 },
      { processed: 6000, total: 6000 },
    ]);
    expect(await supplierCount()).toBe(6001);
    expect(await getImportStatus(database.db, actor, preview.id)).toMatchObject({
      status: 'completed',
      progress: { processed: 6000, total: 6000 },
      created: 6000,
      error: null,
    });
    expect((await verifyAuditChain(database.db, orgId)).ok).toBe(true);
  });

  it('imports 10,000 rows as exactly 10,000 suppliers with one audit entry', async () => {
    const preview = await uploadImport(database.db, actor, bigFile(10_000));
    const job = await prepareImport(database.db, actor, preview.id, {
      mapping: MAPPING,
      acceptInvalidRows: false,
    });
    expect(await executeImport(database.db, job)).toEqual({ created: 10_000, skipped: 0 });
    expect(await supplierCount()).toBe(10_000);
    expect(await importedAuditCount()).toBe(1);
    const distinct = await database.db
      .selectFrom('suppliers')
      .select((eb) => eb.fn.count<number>('registration_number').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(distinct.n)).toBe(10_000);
    expect(await verifyAuditChain(database.db, orgId)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it("keeps one organisation's imports from another", async () => {
    const preview = await uploadImport(database.db, actor, bigFile(3));
    const outsider = systemActor(otherOrgId);
    await expect(getImportStatus(database.db, outsider, preview.id)).rejects.toMatchObject({
      code: 'not_found',
      message: 'Import not found',
    });
    await expect(validateImport(database.db, outsider, preview.id, MAPPING)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      prepareImport(database.db, outsider, preview.id, { mapping: MAPPING, acceptInvalidRows: true }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await supplierCount(otherOrgId)).toBe(0);
  });
});
