import { z } from 'zod';
import { recordAudit } from '../audit/audit.service.ts';
import { ROLES } from '../auth/roles.ts';
import { hashSecret, newId, randomToken } from '../auth/tokens.ts';
import type { Db } from '../db/transaction.ts';
import { notFound } from '../errors.ts';
import { type Actor, requirePermission } from '../tenancy/actor.ts';

// Keys act for the organisation; a supplier's own people sign in as users, so no key has the supplier role.
export const apiKeyRoleSchema = z.enum(ROLES.filter((role) => role !== 'supplier') as [string, ...string[]]);
export const createApiKeySchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: apiKeyRoleSchema,
});

type ApiKeyRow = {
  id: string;
  name: string;
  role: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};
const COLUMNS = ['id', 'name', 'role', 'prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

function toView(row: ApiKeyRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

export async function listApiKeys(db: Db, actor: Actor, page: { page: number; pageSize: number }) {
  requirePermission(actor, 'api_keys:manage');
  const base = db.selectFrom('api_keys').where('organization_id', '=', actor.organizationId);
  const [rows, count] = await Promise.all([
    base
      .select(COLUMNS)
      .orderBy('created_at', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toView), page: page.page, pageSize: page.pageSize, total: Number(count.count) };
}

/** The secret is returned once; only its SHA-256 is stored. */
export async function createApiKey(db: Db, actor: Actor, input: z.infer<typeof createApiKeySchema>) {
  requirePermission(actor, 'api_keys:manage');
  const prefix = randomToken(6).replace(/[-_]/g, 'x').slice(0, 8);
  const secret = `tg_${prefix}_${randomToken(32)}`;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_keys')
      .values({
        id: newId(),
        organization_id: actor.organizationId,
        name: input.name,
        role: input.role,
        prefix: `tg_${prefix}`,
        secret_hash: hashSecret(secret),
        created_by: actor.id,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const view = toView(row);
    await recordAudit(trx, actor, [
      { action: 'api_key.created', entityType: 'api_key', entityId: row.id, after: view },
    ]);
    return { apiKey: view, secret };
  });
}

export async function revokeApiKey(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'api_keys:manage');
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('api_keys')
      .select(COLUMNS)
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('API key');
    if (before.revoked_at) return;
    const after = await trx
      .updateTable('api_keys')
      .set({ revoked_at: new Date() })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, [
      {
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: id,
        before: toView(before),
        after: toView(after),
      },
    ]);
  });
}
