import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import type { DatabaseHandle } from '../../platform/db/create-db.ts';
import { type Actor, systemActor } from '../../platform/tenancy/actor.ts';
import { createOrganization } from '../../platform/tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { supplierInputSchema } from '../supplier.model.ts';
import { createSupplier } from '../suppliers.service.ts';
import { executeImport, prepareImport, uploadImport } from './imports.service.ts';

const MAPPING = { legalName: 'Legal name', country: 'Country', registrationNumber: 'Registration number' };
const CSV = 'Legal name,Country,Registration number\nAlpha Ltd,GB,A1\nBeta GmbH,DE,B2\nGamma SAS,FR,C3\n';

// An import's audit entry stands for the stored file and the suppliers it created (import-evidence.ts):
// `audit verify` must report any change to them at the import's entry, as it reports a changed entry.
describe.each(testDatabaseKinds())("an import's audit evidence on %s", (kind) => {
  let database: DatabaseHandle;
  let orgId: string;
  let actor: Actor;
  let importId: string;
  let importSeq: number;
  let handMadeId: string;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const { organization } = await createOrganization(database.db, {
      name: 'Org',
      slug: 'org',
      admin: { email: 'admin@org.test', name: 'Admin', password: 'a long enough password' },
    });
    orgId = organization.id;
    actor = systemActor(orgId, 'evidence test');
    handMadeId = (
      await createSupplier(
        database.db,
        actor,
        supplierInputSchema.parse({ legalName: 'By Hand Ltd', country: 'GB' }),
      )
    ).id;
    const preview = await uploadImport(database.db, actor, {
      fileName: 'three.csv',
      bytes: new TextEncoder().encode(CSV),
    });
    importId = preview.id;
    const job = await prepareImport(database.db, actor, importId, {
      mapping: MAPPING,
      acceptInvalidRows: false,
    });
    await executeImport(database.db, job);
    const entry = await database.db
      .selectFrom('audit_log')
      .select('seq')
      .where('organization_id', '=', orgId)
      .where('entity_id', '=', importId)
      .executeTakeFirstOrThrow();
    importSeq = entry.seq;
  });
  afterEach(() => database.close());

  const verify = () => verifyAuditChain(database.db, orgId);
  const brokenAtImport = (reason: RegExp) => ({
    ok: false,
    checked: importSeq - 1,
    firstBroken: { seq: importSeq, reason: expect.stringMatching(reason) },
  });

  it('holds for an untouched import', async () => {
    // organization.created, user.created, supplier.created, supplier_import.completed
    expect(importSeq).toBe(4);
    expect(await verify()).toEqual({ ok: true, checked: 4, firstBroken: null });
  });

  it('catches the stored file edited in the database', async () => {
    await sql`update supplier_imports set content = convert_to(${CSV.replace('Beta GmbH', 'Beta Forged GmbH')}, 'UTF8')
      where id = ${importId}`.execute(database.db);
    expect(await verify()).toEqual(brokenAtImport(/the stored file of import .+ was changed/));
  });

  it('catches the stored file deleted', async () => {
    await sql`delete from supplier_imports where id = ${importId}`.execute(database.db);
    expect(await verify()).toEqual(brokenAtImport(/the file of import .+ is no longer stored/));
  });

  it('catches a forged file whose SHA-256 was also written into the entry: the chain breaks', async () => {
    const forged = CSV.replace('Beta GmbH', 'Beta Forged GmbH');
    await sql`update supplier_imports set content = convert_to(${forged}, 'UTF8') where id = ${importId}`.execute(
      database.db,
    );
    await sql`update audit_log
      set after = jsonb_set(jsonb_set(after, '{file,sha256}', to_jsonb(encode(sha256(convert_to(${forged}, 'UTF8')), 'hex'))),
        '{file,bytes}', to_jsonb(${Buffer.byteLength(forged)}::int))
      where organization_id = ${orgId} and seq = ${importSeq}`.execute(database.db);
    expect(await verify()).toEqual(brokenAtImport(/changed after it was written \(hash mismatch\)/));
  });

  it("catches an imported supplier's file row changed", async () => {
    await sql`update suppliers set import_row = 9 where import_id = ${importId} and import_row = 3`.execute(
      database.db,
    );
    expect(await verify()).toEqual(brokenAtImport(/are not the ones it recorded/));
  });

  it('catches an imported supplier deleted, and a hand-made one made to look imported', async () => {
    await sql`delete from suppliers where import_id = ${importId} and import_row = 2`.execute(database.db);
    expect(await verify()).toEqual(
      brokenAtImport(/2 suppliers name import .+ as their origin, but it created 3/),
    );
    await sql`update suppliers set import_id = ${importId}, import_row = 2 where id = ${handMadeId}`.execute(
      database.db,
    );
    expect(await verify()).toEqual(brokenAtImport(/are not the ones it recorded/));
  });

  it("leaves the suppliers' later edits alone: they are audited entries of their own", async () => {
    await sql`update suppliers set legal_name = 'Alpha Renamed Ltd' where import_id = ${importId}`.execute(
      database.db,
    );
    expect((await verify()).ok).toBe(true);
  });
});
