import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/create-db.ts';
import type { Executor } from '../../platform/db/transaction.ts';
import { systemActor } from '../../platform/tenancy/actor.ts';
import { createOrganization } from '../../platform/tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { supplierInputSchema } from '../supplier.model.ts';
import { createSupplier } from '../suppliers.service.ts';
import { deferIndexesForBulkLoad } from './bulk-load-indexes.store.ts';

// The unique indexes stay: they check rows as they come. Every other index of the table is plain.
const KEPT = ['suppliers_pkey', 'suppliers_registration_key'];

async function indexDefinitions(db: Executor) {
  const { rows } = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where tablename = 'suppliers' order by indexname`.execute(db);
  return rows;
}

describe.each(testDatabaseKinds())('indexes during a bulk load on %s', (kind) => {
  let database: DatabaseHandle;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const { organization } = await createOrganization(database.db, {
      name: 'Org',
      slug: 'org',
      admin: { email: 'admin@org.test', name: 'Admin', password: 'a long enough password' },
    });
    const actor = systemActor(organization.id);
    for (const legalName of ['One Ltd', 'Two Ltd'])
      await createSupplier(database.db, actor, supplierInputSchema.parse({ legalName, country: 'GB' }));
  });
  afterEach(() => database.close());

  it('drops the plain indexes for a load as large as the table on PGlite only, and rebuilds them as they were', async () => {
    const before = await indexDefinitions(database.db);
    await database.db.transaction().execute(async (trx) => {
      const deferred = await deferIndexesForBulkLoad(trx, 'suppliers', 2);
      const plain = before.map((index) => index.name).filter((name) => !KEPT.includes(name));
      expect(plain).toEqual(expect.arrayContaining(['suppliers_search_idx', 'suppliers_org_name_idx']));
      expect(deferred.names).toEqual(kind === 'pglite' ? plain : []);
      const during = (await indexDefinitions(trx)).map((index) => index.name);
      expect(during).toEqual(kind === 'pglite' ? KEPT : before.map((index) => index.name));
      await deferred.rebuild();
      expect(await indexDefinitions(trx)).toEqual(before);
    });
    expect(await indexDefinitions(database.db)).toEqual(before);
  });

  it('keeps them up row by row for a load smaller than the table', async () => {
    await database.db.transaction().execute(async (trx) => {
      expect((await deferIndexesForBulkLoad(trx, 'suppliers', 1)).names).toEqual([]);
    });
  });

  it('gives them back when the load fails', async () => {
    const before = await indexDefinitions(database.db);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await deferIndexesForBulkLoad(trx, 'suppliers', 1000);
        throw new Error('the load failed');
      }),
    ).rejects.toThrow('the load failed');
    expect(await indexDefinitions(database.db)).toEqual(before);
  });
});
