import { sql } from 'kysely';
import { newId } from '../../platform/auth/tokens.ts';
import type { Db } from '../../platform/db/transaction.ts';
import { insertJobs } from '../../platform/jobs/jobs.store.ts';
import type { Mailer } from '../../platform/outbound/mailer.ts';
import { postSignedWebhook } from '../../platform/outbound/signed-webhook.ts';
import { systemActor } from '../../platform/tenancy/actor.ts';
import { findAffectedProducts } from '../../products/affected-products.ts';
import { getSupplier } from '../../suppliers/suppliers.service.ts';
import { jurisdictionsOf, ruleConcernsCategory } from '../evaluate/rule-applicability.ts';
import { addDays } from '../evaluate/validate-product.ts';
import type { Rule } from '../knowledge/knowledge.model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  findAllSubscriptions,
  findLatestRulePack,
  findUndelivered,
  insertNotifications,
  type NewNotification,
  setDeliveryStatus,
} from './notifications.store.ts';
import { compareRulePacks, type RulePackChange, snapshotRules } from './rule-pack.ts';

export const ANNOUNCE_JOB = 'regulations.announce';
export const REMINDER_JOB = 'regulations.reminders';
/** Subscribers are reminded this many days before a rule takes effect. */
export const REMINDER_DAYS = 7;

type Subscription = Awaited<ReturnType<typeof findAllSubscriptions>>[number];

/**
 * Records the knowledge base this process ships as a rule-pack version when it differs from the last one
 * recorded, with what it adds, changes and removes, and queues the announcement to subscribers. Several
 * processes starting at once record it once (an advisory lock, and the digest is unique).
 */
export async function recordRulePackVersion(db: Db, kb: KnowledgeBase) {
  const snapshot = snapshotRules(kb.rules);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('rule-pack'))`.execute(trx);
    const latest = await findLatestRulePack(trx);
    if (latest?.digest === snapshot.digest) return null;
    const changes = compareRulePacks(latest?.rules ?? null, snapshot.rules);
    const id = newId();
    await trx
      .insertInto('rule_pack_versions')
      .values({
        id,
        digest: snapshot.digest,
        rule_count: kb.rules.length,
        rules: JSON.stringify(snapshot.rules),
        changes: JSON.stringify(changes),
        previous_id: latest?.id ?? null,
      })
      .execute();
    await insertJobs(trx, [{ organizationId: null, kind: ANNOUNCE_JOB, payload: { versionId: id } }]);
    return { id, changes };
  });
}

/** Whether a subscription asks for news of this rule: its markets (members count for their union), topics, categories. */
export function subscriptionConcerns(
  kb: KnowledgeBase,
  subscription: Pick<Subscription, 'markets' | 'topics' | 'categories'>,
  rule: Rule,
) {
  if (subscription.topics.length > 0 && !subscription.topics.includes(rule.topic)) return false;
  if (
    subscription.categories.length > 0 &&
    !subscription.categories.some((c) => ruleConcernsCategory(rule, c))
  ) {
    return false;
  }
  if (subscription.markets.length === 0) return true;
  return subscription.markets.some((code) => {
    const market = kb.markets.find((m) => m.code === code);
    if (!market) return false;
    if (jurisdictionsOf(market).includes(rule.jurisdiction)) return true;
    // A subscriber to the union hears of its members' own rules too.
    return code === 'EU' && kb.markets.some((m) => m.code === rule.jurisdiction && m.memberOf.includes('EU'));
  });
}

async function notificationsFor(
  db: Db,
  kb: KnowledgeBase,
  subscriptions: Subscription[],
  items: { rule: Rule; kind: 'published' | 'reminder'; change: string }[],
  packVersionId = '',
): Promise<NewNotification[]> {
  const rows: NewNotification[] = [];
  for (const subscription of subscriptions) {
    if (subscription.user_disabled) continue;
    for (const { rule, kind, change } of items) {
      if (!subscriptionConcerns(kb, subscription, rule)) continue;
      const markets = subscription.markets;
      const products = await findAffectedProducts(db, subscription.organization_id, rule, (p) =>
        markets.length === 0
          ? true
          : p.targetMarkets.some(
              (m) => markets.includes(m) || (m === 'EU' && markets.includes(rule.jurisdiction)),
            ),
      );
      const suppliers = await suppliersOf(
        db,
        subscription.organization_id,
        products.map((p) => p.supplierId),
      );
      const payload = {
        kind,
        change,
        rule: {
          id: rule.id,
          version: rule.version,
          jurisdiction: rule.jurisdiction,
          topic: rule.topic,
          effect: rule.effect,
          title: rule.title,
          requirement: rule.requirement,
          effectiveFrom: rule.effectiveFrom,
          effectiveTo: rule.effectiveTo ?? null,
          source: rule.source,
        },
        affectedProducts: products.map(({ id, sku, name }) => ({ id, sku, name })),
        affectedSuppliers: suppliers,
      };
      rows.push({
        id: newId(),
        organization_id: subscription.organization_id,
        subscription_id: subscription.id,
        rule_id: rule.id,
        rule_version: rule.version,
        kind,
        pack_version_id: packVersionId,
        effective_from: rule.effectiveFrom,
        title: `${kind === 'reminder' ? `In ${REMINDER_DAYS} days or less` : change === 'changed' ? 'Changed' : 'New'}: ${rule.title} (${rule.jurisdiction}, from ${rule.effectiveFrom})`,
        payload: JSON.stringify(payload),
        email_status: subscription.email ? 'pending' : 'none',
        webhook_status: subscription.webhook_url ? 'pending' : 'none',
      });
    }
  }
  return rows;
}

async function suppliersOf(db: Db, organizationId: string, ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  const actor = systemActor(organizationId, 'regulation announcements');
  const suppliers: { id: string; name: string }[] = [];
  for (const id of unique.slice(0, 100)) {
    const supplier = await getSupplier(db, actor, id).catch(() => undefined);
    if (supplier) suppliers.push({ id, name: supplier.legalName });
  }
  return suppliers;
}

/** Announces a rule-pack version's added and changed rules to every subscriber they concern. */
export async function announceRulePackVersion(db: Db, kb: KnowledgeBase, versionId: string) {
  const version = await db
    .selectFrom('rule_pack_versions')
    .select(['changes'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!version) return { notifications: 0 };
  const changes = version.changes as RulePackChange[];
  const items = changes
    .filter((c) => c.change !== 'removed')
    .flatMap((c) => {
      const rule = kb.rules.find((r) => r.id === c.ruleId && r.version === c.version);
      return rule ? [{ rule, kind: 'published' as const, change: c.change }] : [];
    });
  const rows = await notificationsFor(db, kb, await findAllSubscriptions(db), items, versionId);
  return { notifications: (await insertNotifications(db, rows)).length };
}

/** Reminds subscribers of rules taking effect within the next REMINDER_DAYS days (once per rule version). */
export async function sendDueReminders(db: Db, kb: KnowledgeBase, today: string) {
  const until = addDays(today, REMINDER_DAYS);
  const due = kb.rules.filter((rule) => rule.effectiveFrom > today && rule.effectiveFrom <= until);
  if (due.length === 0) return { notifications: 0 };
  const items = due.map((rule) => ({
    rule,
    kind: 'reminder' as const,
    change: rule.version > 1 ? 'changed' : 'added',
  }));
  const rows = await notificationsFor(db, kb, await findAllSubscriptions(db), items);
  return { notifications: (await insertNotifications(db, rows)).length };
}

const MAX_ATTEMPTS = 3;

function nextStatus(current: string, error: string) {
  const attempt = current.startsWith('retry ') ? Number(current.slice(6, 7)) + 1 : 1;
  return attempt >= MAX_ATTEMPTS ? `failed: ${error}` : `retry ${attempt}: ${error}`;
}

/** Sends the e-mails and webhooks still owed; each channel's outcome is recorded on the notification. */
export async function deliverNotifications(db: Db, mailer: Mailer) {
  let sent = 0;
  let failed = 0;
  for (const n of await findUndelivered(db)) {
    const payload = { id: n.id, kind: n.kind, title: n.title, ...(n.payload as object) };
    if (n.email_status === 'pending' || n.email_status.startsWith('retry ')) {
      if (!mailer.configured) await setDeliveryStatus(db, n.id, 'email', 'not_configured');
      else {
        try {
          await mailer.send({
            to: n.user_email,
            subject: `[Tradeguard] ${n.title}`,
            text: mailText(payload),
          });
          await setDeliveryStatus(db, n.id, 'email', 'sent');
          sent++;
        } catch (error) {
          await setDeliveryStatus(db, n.id, 'email', nextStatus(n.email_status, messageOf(error)));
          failed++;
        }
      }
    }
    if (
      (n.webhook_status === 'pending' || n.webhook_status.startsWith('retry ')) &&
      n.webhook_url &&
      n.webhook_secret
    ) {
      try {
        const status = await postSignedWebhook(n.webhook_url, n.webhook_secret, payload);
        if (status >= 200 && status < 300) {
          await setDeliveryStatus(db, n.id, 'webhook', `delivered (HTTP ${status})`);
          sent++;
        } else {
          await setDeliveryStatus(db, n.id, 'webhook', nextStatus(n.webhook_status, `HTTP ${status}`));
          failed++;
        }
      } catch (error) {
        await setDeliveryStatus(db, n.id, 'webhook', nextStatus(n.webhook_status, messageOf(error)));
        failed++;
      }
    }
  }
  return { sent, failed };
}

function messageOf(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

type MailPayload = {
  title: string;
  rule?: { requirement: string; source: { title: string; url: string }; effectiveFrom: string };
  affectedProducts?: { sku: string; name: string }[];
  affectedSuppliers?: { name: string }[];
};

function mailText(payload: MailPayload): string {
  const lines = [payload.title, ''];
  if (payload.rule) {
    lines.push(
      payload.rule.requirement,
      '',
      `Takes effect: ${payload.rule.effectiveFrom}`,
      `Source: ${payload.rule.source.title} — ${payload.rule.source.url}`,
    );
  }
  const products = payload.affectedProducts ?? [];
  if (products.length > 0)
    lines.push(
      '',
      `Your products it may concern (${products.length}):`,
      ...products.slice(0, 50).map((p) => `  ${p.sku}  ${p.name}`),
    );
  const suppliers = payload.affectedSuppliers ?? [];
  if (suppliers.length > 0)
    lines.push('', 'Their suppliers:', ...suppliers.slice(0, 50).map((s) => `  ${s.name}`));
  return lines.join('\n');
}
