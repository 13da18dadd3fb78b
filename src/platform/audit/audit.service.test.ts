import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/create-db.ts';
import { systemActor } from '../tenancy/actor.ts';
import { createOrganization } from '../tenancy/organizations.service.ts';
import { createTestDatabase, testDatabaseKinds } from '../testing/test-database.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';

describe.each(testDatabaseKinds())('audit chain on %s', (kind) => {
  let database: DatabaseHandle;
  let orgId: string;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const { organization } = await createOrganization(database.db, {
      name: 'Org',
      slug: 'org',
      admin: { email: 'admin@org.test', name: 'Admin', password: 'a long enough password' },
    });
    orgId = organization.id;
    const actor = systemActor(orgId);
    for (let i = 0; i < 3; i++) {
      await database.db.transaction().execute((trx) =>
        recordAudit(trx, actor, [
          {
            action: 'thing.changed',
            entityType: 'thing',
            entityId: `t${i}`,
            before: { n: i },
            after: { n: i + 1, when: new Date(0) },
          },
        ]),
      );
    }
  });
  afterEach(() => database.close());

  it('verifies an untouched chain', async () => {
    const report = await verifyAuditChain(database.db, orgId);
    expect(report).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('catches a row edited directly in the database', async () => {
    await sql`update audit_log set after = '{"n": 99}'::jsonb where organization_id = ${orgId} and seq = 4`.execute(
      database.db,
    );
    const report = await verifyAuditChain(database.db, orgId);
    expect(report.ok).toBe(false);
    expect(report.firstBroken?.seq).toBe(4);
    expect(report.checked).toBe(3);
  });

  it('catches a row deleted from the middle and from the end', async () => {
    await sql`delete from audit_log where organization_id = ${orgId} and seq = 5`.execute(database.db);
    expect((await verifyAuditChain(database.db, orgId)).firstBroken?.seq).toBe(5);
    await sql`delete from audit_log where organization_id = ${orgId} and seq = 2`.execute(database.db);
    expect((await verifyAuditChain(database.db, orgId)).firstBroken?.seq).toBe(2);
  });

  it('rolls the audit entry back with the change it records', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await recordAudit(trx, systemActor(orgId), [{ action: 'x', entityType: 'thing', entityId: 'x' }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyAuditChain(database.db, orgId)).checked).toBe(5);
  });
});
