import { randomBytes } from 'node:crypto';
import { toRecord } from '../../suppliers/suppliers.service.ts';
import { insertSuppliers } from '../../suppliers/suppliers.store.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newId } from '../auth/tokens.ts';
import type { Db } from '../db/transaction.ts';
import { systemActor } from '../tenancy/actor.ts';
import { createOrganization, listOrganizations } from '../tenancy/organizations.service.ts';
import { DEMO_SUPPLIERS } from './demo-suppliers.ts';

export interface DemoCredentials {
  email: string;
  password: string;
}

/**
 * On the very first start (no organisation yet), creates a demo organisation, its administrator and a small
 * supplier registry. Answers the sign-in once; afterwards only its hash exists.
 */
export async function seedDemoIfEmpty(db: Db): Promise<DemoCredentials | null> {
  if ((await listOrganizations(db)).length > 0) return null;
  const credentials = {
    email: 'admin@demo.tradeguard.local',
    password: randomBytes(12).toString('base64url'),
  };
  const { organization } = await createOrganization(db, {
    name: 'Demo Trading Ltd',
    slug: 'demo',
    admin: { email: credentials.email, name: 'Demo Administrator', password: credentials.password },
  });
  const actor = systemActor(organization.id, 'demo seed');
  await db.transaction().execute(async (trx) => {
    const records = DEMO_SUPPLIERS.map((supplier) => toRecord(newId(), supplier));
    await insertSuppliers(trx, organization.id, records, new Date());
    await recordAudit(
      trx,
      actor,
      records.map(({ searchText: _s, ...record }) => ({
        action: 'supplier.created',
        entityType: 'supplier',
        entityId: record.id,
        after: record,
      })),
    );
  });
  return credentials;
}
