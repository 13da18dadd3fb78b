import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, issuePathsOf, type Page, sleep } from '../testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testDatabaseKinds } from '../testing/test-database.ts';

interface AuditEntry {
  seq: number;
  at: string;
  actor: { type: string; id: string; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  hash: string;
}
type Client = Awaited<ReturnType<TestApp['signIn']>>;

describe.each(testDatabaseKinds())('audit routes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let adminB: Client;
  let adminId: string;
  const suppliers: string[] = [];
  let all: AuditEntry[];

  const audit = (query: string) => admin.get<Page<AuditEntry>>(`/api/audit?${query}`);
  const entryOf = (action: string, entityId: string | undefined) =>
    all.find((e) => e.action === action && e.entityId === entityId);

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    adminB = await t.signIn('admin@b.test');
    adminId = (await admin.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    // Three suppliers created a little apart, so that from/to can fall between them.
    for (const name of ['First Ltd', 'Second Ltd', 'Third Ltd']) {
      const created = await admin.post<{ id: string }>('/api/suppliers', {
        json: { legalName: name, country: 'GB' },
      });
      expect(created.status).toBe(201);
      suppliers.push(created.body.id);
      await sleep(15);
    }
    const patched = await admin.patch(`/api/suppliers/${suppliers[0]}`, {
      json: { version: 1, status: 'approved' },
    });
    expect(patched.status).toBe(200);
    const response = await audit('pageSize=200');
    expect(response.status).toBe(200);
    all = response.body.items;
  });
  afterAll(() => t?.close());

  it('lists the whole chain newest first, with actors, changes and hashes', () => {
    // organization.created, user.created (the admin), 3 × supplier.created, supplier.updated
    expect(all.map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(all.map((e) => e.action)).toEqual([
      'supplier.updated',
      'supplier.created',
      'supplier.created',
      'supplier.created',
      'user.created',
      'organization.created',
    ]);
    expect(all[0]).toMatchObject({
      actor: { type: 'user', id: adminId, label: 'admin@a.test' },
      entityType: 'supplier',
      entityId: suppliers[0],
      before: { status: 'prospect', version: 1 },
      after: { status: 'approved', version: 2 },
    });
    expect(all[5]?.actor).toEqual({ type: 'system', id: 'system', label: 'system' });
    expect(new Set(all.map((e) => e.hash)).size).toBe(6);
    expect(all.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
  });

  it('filters by entity type, entity id, action and actor', async () => {
    const bySupplierType = await audit('entityType=supplier');
    expect(bySupplierType.body.items.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    expect(bySupplierType.body.total).toBe(4);
    const byId = await audit(`entityId=${suppliers[0]}`);
    expect(byId.body.items.map((e) => e.action)).toEqual(['supplier.updated', 'supplier.created']);
    const byAction = await audit('action=supplier.created');
    expect(byAction.body.items.map((e) => e.entityId)).toEqual([...suppliers].reverse());
    const byActor = await audit(`actorId=${adminId}`);
    expect(byActor.body.total).toBe(4);
    const bySystem = await audit('actorId=system');
    expect(bySystem.body.items.map((e) => e.action)).toEqual(['user.created', 'organization.created']);
    const combined = await audit(`entityType=supplier&action=supplier.updated&entityId=${suppliers[1]}`);
    expect([combined.body.total, combined.body.items]).toEqual([0, []]);
  });

  it('filters by time: from is inclusive, to is exclusive', async () => {
    const second = entryOf('supplier.created', suppliers[1]);
    const third = entryOf('supplier.created', suppliers[2]);
    if (!second || !third) throw new Error('entries missing');
    expect(second.at < third.at).toBe(true);
    const between = await audit(`from=${encodeURIComponent(second.at)}&to=${encodeURIComponent(third.at)}`);
    expect(between.body.items.map((e) => e.seq)).toEqual([second.seq]);
    const since = await audit(`from=${encodeURIComponent(third.at)}`);
    expect(since.body.items.map((e) => e.seq)).toEqual([6, third.seq]);
    const until = await audit(`to=${encodeURIComponent(second.at)}`);
    expect(until.body.items.map((e) => e.seq)).toEqual([3, 2, 1]);
    const future = await audit('from=2999-01-01');
    expect(future.body).toEqual({ items: [], page: 1, pageSize: 25, total: 0 });
    expect(issuePathsOf(await audit('from=not-a-date'))).toEqual(['from']);
  });

  it('pages with a total that counts every match', async () => {
    const page2 = await audit('pageSize=2&page=2');
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 6 });
    expect(page2.body.items.map((e) => e.seq)).toEqual([4, 3]);
    const beyond = await audit('pageSize=2&page=9');
    expect([beyond.body.items, beyond.body.total]).toEqual([[], 6]);
    expect(issuePathsOf(await audit('pageSize=201'))).toEqual(['pageSize']);
    expect(issuePathsOf(await audit('page=0'))).toEqual(['page']);
  });

  it('shows each organisation only its own chain', async () => {
    const listB = await adminB.get<Page<AuditEntry>>('/api/audit?pageSize=200');
    expect(listB.body.items.map((e) => e.action)).toEqual(['user.created', 'organization.created']);
    expect(listB.body.items.map((e) => e.entityId)).not.toContain(t.orgIds.a);
    const lookup = await adminB.get<Page<AuditEntry>>(`/api/audit?entityId=${suppliers[0]}`);
    expect(lookup.body.total).toBe(0);
  });

  it('verifies an untouched chain', async () => {
    const report = await admin.get('/api/audit/verify');
    expect([report.status, report.body]).toEqual([200, { ok: true, checked: 6, firstBroken: null }]);
  });

  // Last: it breaks the chain of organisation a.
  it('reports the first link broken by an edit made directly in the database', async () => {
    const second = entryOf('supplier.created', suppliers[1]);
    if (!second) throw new Error('entry missing');
    await sql`update audit_log set after = '{"legalName": "Forged Ltd"}'::jsonb
      where organization_id = ${t.orgIds.a} and seq = ${second.seq}`.execute(t.db);
    const report = await admin.get<{
      ok: boolean;
      checked: number;
      firstBroken: { seq: number; reason: string };
    }>('/api/audit/verify');
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      ok: false,
      checked: second.seq - 1,
      firstBroken: { seq: second.seq, reason: expect.any(String) },
    });
    expect(report.body.firstBroken.reason.length).toBeGreaterThan(0);
    // The other organisation's chain is not affected.
    expect((await adminB.get('/api/audit/verify')).body).toEqual({ ok: true, checked: 2, firstBroken: null });
    expectError(await t.anonymous.get('/api/audit/verify'), 401, 'unauthenticated');
  });
});
