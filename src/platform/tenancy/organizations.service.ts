import { recordAudit } from '../audit/audit.service.ts';
import { createAuditHead } from '../audit/audit.store.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newId } from '../auth/tokens.ts';
import type { Db } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { systemActor } from './actor.ts';

export interface NewOrganization {
  name: string;
  slug: string;
  admin: { email: string; name: string; password: string };
}

/** Creates an organisation, its audit chain and its first administrator, in one transaction. */
export async function createOrganization(db: Db, input: NewOrganization) {
  const email = input.admin.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `An organisation with the slug ${input.slug} already exists`);
    const emailTaken = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (emailTaken) throw new AppError('conflict', `A user with the e-mail ${email} already exists`);
    const organization = { id: newId(), name: input.name, slug: input.slug };
    await trx.insertInto('organizations').values(organization).execute();
    await createAuditHead(trx, organization.id);
    const adminId = newId();
    await trx
      .insertInto('users')
      .values({
        id: adminId,
        organization_id: organization.id,
        email,
        name: input.admin.name,
        role: 'admin',
        password_hash: passwordHash,
        supplier_id: null,
      })
      .execute();
    await recordAudit(trx, systemActor(organization.id), [
      {
        action: 'organization.created',
        entityType: 'organization',
        entityId: organization.id,
        after: organization,
      },
      {
        action: 'user.created',
        entityType: 'user',
        entityId: adminId,
        after: { id: adminId, email, name: input.admin.name, role: 'admin' },
      },
    ]);
    return { organization, adminId };
  });
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listOrganizations(db: Db) {
  return db.selectFrom('organizations').selectAll().orderBy('created_at').execute();
}
