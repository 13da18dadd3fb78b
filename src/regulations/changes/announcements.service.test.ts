import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../platform/auth/roles.ts';
import { createMailer } from '../../platform/outbound/mailer.ts';
import { SIGNATURE_HEADER, verifySignature } from '../../platform/outbound/signed-webhook.ts';
import type { Actor } from '../../platform/tenancy/actor.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { productInputSchema } from '../../products/product.model.ts';
import { createProduct } from '../../products/products.service.ts';
import {
  certificationSchema,
  marketSchema,
  type RuleInput,
  ruleSchema,
} from '../knowledge/knowledge.model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import {
  announceRulePackVersion,
  deliverNotifications,
  recordRulePackVersion,
  sendDueReminders,
  subscriptionConcerns,
} from './announcements.service.ts';
import { createSubscription, listNotifications } from './subscriptions.service.ts';

const source = { title: 'Fixture Act on chargers', url: 'https://example.gov/act', publisher: 'Fixture' };
const rule = (input: Partial<RuleInput> & Pick<RuleInput, 'id'>): RuleInput => ({
  version: 1,
  jurisdiction: 'EU',
  topic: 'certification',
  effect: 'requirement',
  title: `Rule ${input.id} of the fixture`,
  requirement: 'What the fixture requires, in plain words.',
  scope: { categories: ['radio-equipment'] },
  source,
  effectiveFrom: '2020-01-01',
  ...input,
});
const markets = [
  {
    code: 'EU',
    name: 'European Union',
    kind: 'union',
    depth: 'in_depth',
    currency: 'EUR',
    importTax: { name: 'VAT', standardRate: null, source },
    dataProtection: null,
  },
  {
    code: 'DE',
    name: 'Germany',
    kind: 'country',
    depth: 'basic',
    memberOf: ['EU'],
    currency: 'EUR',
    importTax: { name: 'VAT', standardRate: 19, source },
    dataProtection: null,
  },
  {
    code: 'JP',
    name: 'Japan',
    kind: 'country',
    depth: 'in_depth',
    currency: 'JPY',
    importTax: { name: 'consumption tax', standardRate: 10, source },
    dataProtection: null,
  },
].map((m) => marketSchema.parse(m));
const kbOf = (rules: RuleInput[]): KnowledgeBase => ({
  markets,
  certifications: [
    certificationSchema.parse({
      id: 'CE',
      name: 'CE marking',
      kind: 'marking',
      jurisdictions: ['EU'],
      issuedBy: 'the manufacturer',
      description: 'The manufacturer declares conformity.',
      source,
    }),
  ],
  rules: rules.map((r) => ruleSchema.parse(r)),
});

describe('subscriptionConcerns', () => {
  const kb = kbOf([]);
  const eu = ruleSchema.parse(rule({ id: 'EU-A' }));
  const de = ruleSchema.parse(
    rule({ id: 'DE-A', jurisdiction: 'DE', topic: 'labelling', scope: { categories: ['toys'] } }),
  );
  it('follows markets (a member hears of its union), topics and categories', () => {
    expect(subscriptionConcerns(kb, { markets: ['DE'], topics: [], categories: [] }, eu)).toBe(true);
    expect(subscriptionConcerns(kb, { markets: ['EU'], topics: [], categories: [] }, de)).toBe(true);
    expect(subscriptionConcerns(kb, { markets: ['JP'], topics: [], categories: [] }, eu)).toBe(false);
    expect(subscriptionConcerns(kb, { markets: [], topics: ['labelling'], categories: [] }, eu)).toBe(false);
    expect(subscriptionConcerns(kb, { markets: [], topics: [], categories: ['wireless-audio'] }, eu)).toBe(
      true,
    );
    expect(subscriptionConcerns(kb, { markets: [], topics: [], categories: ['toys'] }, eu)).toBe(false);
  });
});

describe.each(testDatabaseKinds())('announcing regulation changes on %s', (kind) => {
  let t: TestApp;
  let smtp: SMTPServer;
  let hooks: Server;
  const mails: { to: string; text: string }[] = [];
  const deliveries: { body: string; signature: string }[] = [];
  let hookStatus = 200;
  let actor: Actor;

  beforeAll(async () => {
    t = await createTestApp(kind);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            text: Buffer.concat(chunks).toString(),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    hooks = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        deliveries.push({
          body: Buffer.concat(chunks).toString(),
          signature: String(request.headers[SIGNATURE_HEADER]),
        });
        response.writeHead(hookStatus).end();
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const admin = await t.db
      .selectFrom('users')
      .select(['id'])
      .where('email', '=', 'admin@a.test')
      .executeTakeFirstOrThrow();
    actor = {
      organizationId: t.orgIds.a,
      type: 'user',
      id: admin.id,
      label: 'admin@a.test',
      role: 'admin',
      permissions: permissionsOf('admin'),
      supplierId: null,
    };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => hooks.close(() => resolve()));
    await t?.close();
  });

  it('records each new rule pack once, announces added and changed rules by e-mail and signed webhook, with the products they concern', async () => {
    await createProduct(
      t.db,
      actor,
      productInputSchema.parse({
        sku: 'SPK-1',
        name: 'Speaker',
        category: 'bluetooth speaker',
        targetMarkets: ['DE'],
      }),
    );
    await createProduct(
      t.db,
      actor,
      productInputSchema.parse({ sku: 'TOY-1', name: 'Teddy', category: 'plush', targetMarkets: ['DE'] }),
    );
    const port = (hooks.address() as AddressInfo).port;
    const subscription = await createSubscription(t.db, actor, {
      markets: ['DE'],
      topics: [],
      categories: [],
      email: true,
      webhookUrl: `http://127.0.0.1:${port}/hooks`,
    });
    expect(subscription.webhookSecret).toMatch(/^whsec_/);

    const first = kbOf([rule({ id: 'EU-RED-FIXTURE' })]);
    const recorded = await recordRulePackVersion(t.db, first);
    expect(recorded?.changes).toEqual([
      { ruleId: 'EU-RED-FIXTURE', version: 1, change: 'added', effectiveFrom: '2020-01-01' },
    ]);
    expect(await recordRulePackVersion(t.db, first)).toBeNull();
    if (!recorded) throw new Error('not recorded');
    expect(await announceRulePackVersion(t.db, first, recorded.id)).toEqual({ notifications: 1 });
    // Announcing the same version again sends nothing twice.
    expect(await announceRulePackVersion(t.db, first, recorded.id)).toEqual({ notifications: 0 });

    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const mailer = createMailer({ TRADEGUARD_SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    expect(await deliverNotifications(t.db, mailer)).toEqual({ sent: 2, failed: 0 });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe('admin@a.test');
    expect(mails[0]?.text).toMatch(/SPK-1\s+Speaker/);
    expect(mails[0]?.text).not.toMatch(/TOY-1/);
    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0];
    expect(
      verifySignature(subscription.webhookSecret ?? '', delivery?.body ?? '', delivery?.signature ?? ''),
    ).toBe(true);
    expect(verifySignature('whsec_wrong', delivery?.body ?? '', delivery?.signature ?? '')).toBe(false);
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      kind: 'published',
      rule: { id: 'EU-RED-FIXTURE', source },
      affectedProducts: [{ sku: 'SPK-1' }],
    });

    // A later pack changes the rule and adds a future version: both are announced, then a reminder 7 days before.
    const second = kbOf([
      rule({
        id: 'EU-RED-FIXTURE',
        effectiveTo: '2026-11-30',
        requirement: 'What the fixture requires, now changed.',
      }),
      rule({ id: 'EU-RED-FIXTURE', version: 2, effectiveFrom: '2026-12-01', labelling: ['USB-C pictogram'] }),
    ]);
    const next = await recordRulePackVersion(t.db, second);
    expect(next?.changes.map((c) => [c.version, c.change])).toEqual([
      [1, 'changed'],
      [2, 'added'],
    ]);
    if (!next) throw new Error('not recorded');
    expect(await announceRulePackVersion(t.db, second, next.id)).toEqual({ notifications: 2 });
    expect(await sendDueReminders(t.db, second, '2026-11-20')).toEqual({ notifications: 0 });
    expect(await sendDueReminders(t.db, second, '2026-11-24')).toEqual({ notifications: 1 });
    expect(await sendDueReminders(t.db, second, '2026-11-25')).toEqual({ notifications: 0 });

    // A failing receiver is retried, then given up on; e-mail without a server is recorded as not configured.
    hookStatus = 500;
    const unconfigured = createMailer({});
    for (let i = 0; i < 3; i++) await deliverNotifications(t.db, unconfigured);
    const inbox = await listNotifications(t.db, actor, { mine: true });
    expect(inbox.map((n) => [n.kind, n.ruleVersion, n.emailStatus, n.webhookStatus])).toEqual(
      expect.arrayContaining([
        ['reminder', 2, 'not_configured', 'failed: HTTP 500'],
        ['published', 1, 'sent', 'delivered (HTTP 200)'],
      ]),
    );
    expect(inbox).toHaveLength(4);
  });

  it('refuses webhook addresses that could probe the network, and unknown markets', async () => {
    await expect(
      createSubscription(t.db, actor, {
        markets: ['XX'],
        topics: [],
        categories: [],
        email: true,
        webhookUrl: null,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const { subscriptionInputSchema } = await import('./subscriptions.service.ts');
    expect(subscriptionInputSchema.safeParse({ webhookUrl: 'http://10.0.0.5/hook' }).success).toBe(false);
    expect(subscriptionInputSchema.safeParse({ webhookUrl: 'https://hooks.example.com/x' }).success).toBe(
      true,
    );
    expect(subscriptionInputSchema.safeParse({ email: false }).success).toBe(false);
  });
});
