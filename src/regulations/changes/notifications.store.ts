import { sql } from 'kysely';
import type { Executor, Tx } from '../../platform/db/transaction.ts';

export type SubscriptionRow = {
  id: string;
  organization_id: string;
  user_id: string;
  markets: string[];
  topics: string[];
  categories: string[];
  email: boolean;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: Date;
  deleted_at: Date | null;
};

export async function insertSubscription(trx: Tx, row: Omit<SubscriptionRow, 'created_at' | 'deleted_at'>) {
  await trx.insertInto('regulation_subscriptions').values(row).execute();
}

export async function findSubscriptions(db: Executor, organizationId: string) {
  return db
    .selectFrom('regulation_subscriptions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function findSubscription(db: Executor, organizationId: string, id: string) {
  return db
    .selectFrom('regulation_subscriptions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Ends a subscription (kept, so that its notices keep their subscription and a second DELETE is idempotent). */
export async function deleteSubscriptionRow(trx: Tx, organizationId: string, id: string) {
  await trx
    .updateTable('regulation_subscriptions')
    .set({ deleted_at: sql`now()` })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Every organisation's subscriptions, with the subscriber's e-mail address (announcements span organisations). */
export async function findAllSubscriptions(db: Executor) {
  return db
    .selectFrom('regulation_subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.email as user_email', 'u.disabled as user_disabled'])
    .where('s.deleted_at', 'is', null)
    .execute();
}

export type NewNotification = {
  id: string;
  organization_id: string;
  subscription_id: string;
  rule_id: string;
  rule_version: number;
  kind: 'published' | 'reminder';
  pack_version_id: string;
  effective_from: string;
  title: string;
  payload: string;
  email_status: string;
  webhook_status: string;
};

/** Inserts notifications not sent before (one per subscription, rule version, kind and publishing pack); answers the new ids. */
export async function insertNotifications(db: Executor, rows: NewNotification[]) {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('regulation_notifications')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['subscription_id', 'rule_id', 'rule_version', 'kind', 'pack_version_id']).doNothing(),
    )
    .returning('id')
    .execute();
  return inserted.map((row) => row.id);
}

/** Notifications whose e-mail or webhook is still to be sent. */
export async function findUndelivered(db: Executor, limit = 500) {
  return db
    .selectFrom('regulation_notifications as n')
    .innerJoin('regulation_subscriptions as s', 's.id', 'n.subscription_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      'n.id',
      'n.kind',
      'n.title',
      'n.rule_id',
      'n.rule_version',
      sql<string>`n.effective_from::text`.as('effective_from'),
      'n.payload',
      'n.email_status',
      'n.webhook_status',
      's.webhook_url',
      's.webhook_secret',
      'u.email as user_email',
    ])
    .where((eb) =>
      eb.or([
        eb('n.email_status', '=', 'pending'),
        eb('n.email_status', 'like', 'retry %'),
        eb('n.webhook_status', '=', 'pending'),
        eb('n.webhook_status', 'like', 'retry %'),
      ]),
    )
    .orderBy('n.created_at')
    .limit(limit)
    .execute();
}

export async function setDeliveryStatus(
  db: Executor,
  id: string,
  channel: 'email' | 'webhook',
  status: string,
) {
  const column = channel === 'email' ? 'email_status' : 'webhook_status';
  await db
    .updateTable('regulation_notifications')
    .set({ [column]: status.slice(0, 300) })
    .where('id', '=', id)
    .execute();
}

/** The organisation's notices (a team inbox), or only those of one user's subscriptions. */
export async function findInbox(db: Executor, organizationId: string, userId: string | null, limit: number) {
  return db
    .selectFrom('regulation_notifications as n')
    .innerJoin('regulation_subscriptions as s', 's.id', 'n.subscription_id')
    .select([
      'n.id',
      'n.kind',
      'n.rule_id',
      'n.rule_version',
      sql<string>`n.effective_from::text`.as('effective_from'),
      'n.title',
      'n.payload',
      'n.email_status',
      'n.webhook_status',
      'n.read_at',
      'n.created_at',
      'n.subscription_id',
    ])
    .select('s.user_id')
    .where('n.organization_id', '=', organizationId)
    .$if(userId !== null, (q) => q.where('s.user_id', '=', userId ?? ''))
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(limit)
    .execute();
}

export async function markRead(db: Executor, organizationId: string, id: string) {
  const result = await db
    .updateTable('regulation_notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findLatestRulePack(db: Executor) {
  return db
    .selectFrom('rule_pack_versions')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findRulePackVersions(db: Executor) {
  return db
    .selectFrom('rule_pack_versions')
    .select(['id', 'digest', 'rule_count', 'changes', 'previous_id', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}
