import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { newId } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { type Actor, requirePermission } from '../../platform/tenancy/actor.ts';
import { TOPICS } from '../knowledge/knowledge.model.ts';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.ts';
import { findCategory } from '../knowledge/taxonomy.ts';
import {
  deleteSubscriptionRow,
  findInbox,
  findRulePackVersions,
  findSubscription,
  findSubscriptions,
  insertSubscription,
  markRead,
  type SubscriptionRow,
} from './notifications.store.ts';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where webhooks may go: https anywhere, plain http only to this machine (an integration on the same host).
 * Private-network addresses over http are refused: a subscription must not become a way to probe the network.
 */
export const webhookUrlSchema = z
  .url()
  .max(500)
  .refine((value) => {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  }, 'A webhook address must be https (or http to localhost)');

export const subscriptionInputSchema = z
  .object({
    markets: z.array(z.string().trim().toUpperCase()).max(100).default([]),
    topics: z.array(z.enum(TOPICS)).max(TOPICS.length).default([]),
    categories: z.array(z.string().trim()).max(100).default([]),
    email: z.boolean().default(true),
    webhookUrl: webhookUrlSchema.nullish().transform((value) => value ?? null),
  })
  .refine(
    (value) => value.email || value.webhookUrl,
    'Choose e-mail, a webhook, or both (the app shows every notice anyway)',
  );
export type SubscriptionInput = z.output<typeof subscriptionInputSchema>;

function toView(row: Omit<SubscriptionRow, 'deleted_at'>) {
  return {
    id: row.id,
    userId: row.user_id,
    markets: row.markets,
    topics: row.topics,
    categories: row.categories,
    email: row.email,
    webhookUrl: row.webhook_url,
    createdAt: row.created_at.toISOString(),
  };
}

export async function createSubscription(db: Db, actor: Actor, input: SubscriptionInput) {
  requirePermission(actor, 'regulations:subscribe');
  if (actor.type !== 'user')
    throw new AppError('forbidden', 'Subscriptions belong to a person: sign in to subscribe');
  const kb = await loadKnowledgeBase();
  const unknownMarkets = input.markets.filter((code) => !kb.markets.some((m) => m.code === code));
  const unknownCategories = input.categories.filter((id) => !findCategory(id));
  if (unknownMarkets.length > 0 || unknownCategories.length > 0) {
    throw new AppError('validation_failed', 'Unknown markets or categories', {
      markets: unknownMarkets,
      categories: unknownCategories,
    });
  }
  const secret = input.webhookUrl ? `whsec_${randomBytes(24).toString('base64url')}` : null;
  const row = {
    id: newId(),
    organization_id: actor.organizationId,
    user_id: actor.id,
    markets: [...new Set(input.markets)],
    topics: [...new Set(input.topics)],
    categories: [...new Set(input.categories)],
    email: input.email,
    webhook_url: input.webhookUrl,
    webhook_secret: secret,
  };
  await db.transaction().execute(async (trx) => {
    await insertSubscription(trx, row);
    const { webhook_secret: _hidden, ...audited } = row;
    await recordAudit(trx, actor, [
      {
        action: 'regulations.subscribed',
        entityType: 'regulation_subscription',
        entityId: row.id,
        after: audited,
      },
    ]);
  });
  // The webhook secret is shown once, here: it signs every delivery (x-tradeguard-signature).
  return { ...toView({ ...row, created_at: new Date() }), webhookSecret: secret };
}

export async function listSubscriptions(db: Db, actor: Actor) {
  requirePermission(actor, 'regulations:read');
  // Subscriptions are the team's: everyone who may read regulations sees who follows what.
  return (await findSubscriptions(db, actor.organizationId)).map(toView);
}

export async function deleteSubscription(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'regulations:subscribe');
  // Subscriptions are the team's: anyone who may subscribe may end one of the organisation's.
  const row = await findSubscription(db, actor.organizationId, id);
  if (!row) throw notFound('Subscription');
  // Ending an ended subscription changes nothing: DELETE is idempotent.
  if (row.deleted_at) return;
  await db.transaction().execute(async (trx) => {
    await deleteSubscriptionRow(trx, actor.organizationId, id);
    await recordAudit(trx, actor, [
      {
        action: 'regulations.unsubscribed',
        entityType: 'regulation_subscription',
        entityId: id,
        before: toView(row),
      },
    ]);
  });
}

export async function listNotifications(db: Db, actor: Actor, options: { mine: boolean; limit?: number }) {
  requirePermission(actor, 'regulations:read');
  const rows = await findInbox(
    db,
    actor.organizationId,
    options.mine ? actor.id : null,
    options.limit ?? 100,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ruleId: row.rule_id,
    ruleVersion: row.rule_version,
    effectiveFrom: row.effective_from,
    title: row.title,
    payload: row.payload,
    emailStatus: row.email_status,
    webhookStatus: row.webhook_status,
    subscriberId: row.user_id,
    readAt: row.read_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  }));
}

export async function readNotification(db: Db, actor: Actor, id: string) {
  requirePermission(actor, 'regulations:read');
  if (!(await markRead(db, actor.organizationId, id))) throw notFound('Notification');
}

export async function listRulePackVersions(actor: Actor, db: Db) {
  requirePermission(actor, 'regulations:read');
  const rows = await findRulePackVersions(db);
  return rows.map((row) => ({
    id: row.id,
    digest: row.digest,
    ruleCount: row.rule_count,
    changes: row.changes as { ruleId: string; version: number; change: string; effectiveFrom: string }[],
    previousId: row.previous_id,
    createdAt: row.created_at.toISOString(),
  }));
}
