import { recordAudit } from '../audit/audit.service.ts';
import { deleteSessionsOfUser } from '../auth/auth.store.ts';
import { hashPassword } from '../auth/passwords.ts';
import { newId } from '../auth/tokens.ts';
import type { Db, Tx } from '../db/transaction.ts';
import { AppError, notFound } from '../errors.ts';
import { type Actor, requirePermission } from '../tenancy/actor.ts';
import type { CreateUserInput, UpdateUserInput } from './users.model.ts';

const PUBLIC_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'supplier_id',
  'disabled',
  'created_at',
  'last_sign_in_at',
] as const;

type UserPublicRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  supplier_id: string | null;
  disabled: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
};

export function toUserView(row: UserPublicRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    supplierId: row.supplier_id,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
  };
}

async function assertSupplierLink(
  trx: Tx,
  actor: Actor,
  role: string,
  supplierId: string | null | undefined,
) {
  if (role !== 'supplier') {
    if (supplierId)
      throw new AppError('validation_failed', 'Only users with the supplier role are linked to a supplier');
    return;
  }
  if (!supplierId)
    throw new AppError('validation_failed', 'A supplier user needs the supplier they belong to');
  const supplier = await trx
    .selectFrom('suppliers')
    .select('id')
    .where('organization_id', '=', actor.organizationId)
    .where('id', '=', supplierId)
    .executeTakeFirst();
  if (!supplier) throw notFound('Supplier');
}

export async function listUsers(db: Db, actor: Actor, page: { page: number; pageSize: number }) {
  requirePermission(actor, 'users:read');
  const base = db.selectFrom('users').where('organization_id', '=', actor.organizationId);
  const [rows, count] = await Promise.all([
    base
      .select(PUBLIC_COLUMNS)
      .orderBy('email')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(toUserView),
    page: page.page,
    pageSize: page.pageSize,
    total: Number(count.count),
  };
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput) {
  requirePermission(actor, 'users:manage');
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await assertSupplierLink(trx, actor, input.role, input.supplierId);
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new AppError('conflict', `A user with the e-mail ${email} already exists`);
    const row = await trx
      .insertInto('users')
      .values({
        id: newId(),
        organization_id: actor.organizationId,
        email,
        name: input.name,
        role: input.role,
        password_hash: passwordHash,
        supplier_id: input.supplierId ?? null,
      })
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    const view = toUserView(row);
    await recordAudit(trx, actor, [
      { action: 'user.created', entityType: 'user', entityId: row.id, after: view },
    ]);
    return view;
  });
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserInput) {
  requirePermission(actor, 'users:manage');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('users')
      .select(PUBLIC_COLUMNS)
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('User');
    const role = input.role ?? before.role;
    const supplierId = input.supplierId === undefined ? before.supplier_id : input.supplierId;
    await assertSupplierLink(trx, actor, role, role === 'supplier' ? supplierId : (input.supplierId ?? null));
    if (id === actor.id && (input.disabled === true || (input.role && input.role !== 'admin'))) {
      throw new AppError('conflict', 'You cannot disable yourself or remove your own administrator role');
    }
    const after = await trx
      .updateTable('users')
      .set({
        name: input.name ?? before.name,
        role,
        supplier_id: role === 'supplier' ? supplierId : null,
        disabled: input.disabled ?? before.disabled,
        ...(passwordHash ? { password_hash: passwordHash } : {}),
      })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', id)
      .returning(PUBLIC_COLUMNS)
      .executeTakeFirstOrThrow();
    // A disabled user, a changed role or a new password ends the user's open sessions.
    if (after.disabled || after.role !== before.role || passwordHash) await deleteSessionsOfUser(trx, id);
    const view = toUserView(after);
    await recordAudit(trx, actor, [
      {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: toUserView(before),
        after: { ...view, passwordChanged: Boolean(passwordHash) },
      },
    ]);
    return view;
  });
}
