import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../platform/audit/audit.service.ts';
import { systemActor } from '../../platform/tenancy/actor.ts';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { importListVersion } from '../list-versions.service.ts';
import type { MatchView } from './review.service.ts';

type Client = Awaited<ReturnType<TestApp['signIn']>>;
interface Page<T> {
  items: T[];
  total: number;
}
interface SupplierBody {
  id: string;
  version: number;
  status: string;
  statusReason: string | null;
}

function ftm(id: string, name: string, schema = 'Company') {
  return JSON.stringify({ id, schema, properties: { name: [name] } });
}

describe.each(testDatabaseKinds())('screening review on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let dir: string;

  const listFile = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const createSupplier = async (legalName: string, country: string, otherNames: string[] = []) => {
    const response = await admin.post<SupplierBody>('/api/suppliers', {
      json: { legalName, country, otherNames },
    });
    expect(response.status).toBe(201);
    return response.body;
  };
  const matchesOf = async (partyId: string, client = admin) =>
    (await client.get<Page<MatchView>>(`/api/screening/matches?partyId=${partyId}`)).body.items;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@a.test');
    dir = mkdtempSync(join(tmpdir(), 'tradeguard-review-'));
    await importListVersion(t.db, sharedDataPath('watchlists/un/UN_consolidated.xml'), 'test');
    await t.background.runner.runPending();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('screens a new supplier against the UN list and explains the potential match; a clean one stays clean', async () => {
    const listed = await createSupplier('Congomet Trading House SARL', 'CD');
    const clean = await createSupplier('Bäckerei Müller Vollkorn GmbH', 'DE');
    expect(await t.background.runner.runPending()).toMatchObject({ failed: 0 });

    const [match, ...others] = await matchesOf(listed.id);
    expect(others).toEqual([]);
    expect(match).toMatchObject({
      status: 'open',
      partyType: 'supplier',
      partyLabel: 'Congomet Trading House SARL',
      source: 'un_sc',
      entityCaption: 'CONGOMET TRADING HOUSE',
    });
    expect(match?.score).toBeGreaterThanOrEqual(0.8);
    expect(JSON.stringify(match?.explanation)).toContain('congomet');
    expect(await matchesOf(clean.id)).toEqual([]);

    const history = await admin.get<{ runs: { trigger: string; matches: number }[]; matches: MatchView[] }>(
      `/api/suppliers/${listed.id}/screening`,
    );
    expect(history.status).toBe(200);
    expect(history.body.runs).toMatchObject([{ trigger: 'created', matches: 1 }]);
    expect(history.body.matches).toHaveLength(1);
    const cleanHistory = await admin.get<{ runs: { matches: number }[] }>(
      `/api/suppliers/${clean.id}/screening`,
    );
    expect(cleanHistory.body.runs).toMatchObject([{ matches: 0 }]);

    // The new item is in the audit chain, written by the screening.
    const audit = await listAudit(
      t.db,
      systemActor(t.orgIds.a),
      { entityType: 'screening_match' },
      { page: 1, pageSize: 50 },
    );
    expect(audit.items.map((entry) => entry.action)).toContain('screening.match_opened');
  });

  it('screens the suppliers of an imported file once the import commits', async () => {
    const form = new FormData();
    const csv =
      'Legal name,Country\nUganda Commercial Impex (UCI) Ltd,UG\nQuiet Meadow Dairy Cooperative,IE\n';
    form.append('file', new File([csv], 'suppliers.csv'));
    const upload = await admin.post<{ id: string; suggestedMapping: Record<string, string> }>(
      '/api/suppliers/imports',
      { form },
    );
    const commit = await admin.post(`/api/suppliers/imports/${upload.body.id}/commit`, {
      json: { mapping: upload.body.suggestedMapping, acceptInvalidRows: false },
    });
    expect(commit.status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const status = await admin.get<{ status: string }>(`/api/suppliers/imports/${upload.body.id}`);
      if (status.body.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await t.background.runner.runPending();
    const queue = await admin.get<Page<MatchView>>('/api/screening/matches?status=open&pageSize=200');
    const imported = queue.body.items.filter((m) => m.partyLabel === 'Uganda Commercial Impex (UCI) Ltd');
    expect(imported).toMatchObject([{ entityCaption: 'UGANDA COMMERCIAL IMPEX (UCI) LTD', status: 'open' }]);
    expect(queue.body.items.some((m) => m.partyLabel === 'Quiet Meadow Dairy Cooperative')).toBe(false);
    const history = await admin.get<{ runs: { trigger: string }[] }>(
      `/api/suppliers/${imported[0]?.partyId}/screening`,
    );
    expect(history.body.runs.map((run) => run.trigger)).toEqual(['imported']);
  });

  it('remembers a false positive, and reopens it when the supplier changes what is screened', async () => {
    const supplier = await createSupplier('Machanga Ltd', 'UG');
    await t.background.runner.runPending();
    const [match] = await matchesOf(supplier.id);
    if (!match) throw new Error('no match');

    const decided = await admin.post<MatchView>(`/api/screening/matches/${match.id}/decision`, {
      json: { decision: 'false_positive', reason: 'Different company: Kampala bakery, registered 2019' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'false_positive',
      decidedBy: 'admin@a.test',
      partySuspended: false,
    });

    // Screening again with nothing changed keeps the decision.
    expect((await admin.post(`/api/suppliers/${supplier.id}/screening`)).status).toBe(202);
    await t.background.runner.runPending();
    expect((await matchesOf(supplier.id))[0]?.status).toBe('false_positive');

    // An edit that does not touch the screened facts screens nothing; a new other name reopens the decision.
    const tagged = await admin.patch<SupplierBody>(`/api/suppliers/${supplier.id}`, {
      json: { version: supplier.version, tags: ['bakery'] },
    });
    await t.background.runner.runPending();
    expect((await matchesOf(supplier.id))[0]?.status).toBe('false_positive');
    await admin.patch(`/api/suppliers/${supplier.id}`, {
      json: { version: tagged.body.version, otherNames: ['Machanga Limited Kampala'] },
    });
    await t.background.runner.runPending();
    const [reopened] = await matchesOf(supplier.id);
    expect(reopened).toMatchObject({
      id: match.id,
      status: 'open',
      decidedBy: null,
      note: "Reopened: the party's details changed since it was decided false positive",
      previousDecision: {
        status: 'false_positive',
        reason: 'Different company: Kampala bakery, registered 2019',
      },
    });
    // A later screening that only refreshes the open item's score keeps the note and the earlier decision.
    await t.db.updateTable('screening_matches').set({ score: 0.5 }).where('id', '=', match.id).execute();
    await admin.post(`/api/suppliers/${supplier.id}/screening`);
    await t.background.runner.runPending();
    const [refreshed] = await matchesOf(supplier.id);
    expect(refreshed?.score).toBe(reopened?.score);
    expect(refreshed?.note).toBe(reopened?.note);
    expect(refreshed?.previousDecision).toEqual(reopened?.previousDecision);
  });

  it('suspends the supplier on a true match and says why, in the audit chain too', async () => {
    const supplier = await createSupplier('Aviatrans Anstalt', 'LI');
    await t.background.runner.runPending();
    const [match] = await matchesOf(supplier.id);
    const decided = await admin.post<MatchView & { partySuspended: boolean }>(
      `/api/screening/matches/${match?.id}/decision`,
      { json: { decision: 'true_match', reason: 'Same address in Vaduz and same directors' } },
    );
    expect(decided.body).toMatchObject({ status: 'true_match', partySuspended: true });
    const after = await admin.get<SupplierBody>(`/api/suppliers/${supplier.id}`);
    expect(after.body.status).toBe('suspended');
    expect(after.body.statusReason).toMatch(
      /^Confirmed sanctions match: AVIATRANS ANSTALT \(un_sc:.*Same address in Vaduz/,
    );
    // The supplier's own people see the suspension, not the reason (no tipping off).
    const portal = await t.userWithRole('supplier', 'a', supplier.id);
    const own = await portal.get<SupplierBody>(`/api/suppliers/${supplier.id}`);
    expect([own.body.status, own.body.statusReason]).toEqual(['suspended', null]);
    const ownList = await portal.get<Page<SupplierBody>>('/api/suppliers');
    expect(ownList.body.items.map((item) => item.statusReason)).toEqual([null]);
    const audit = await listAudit(
      t.db,
      systemActor(t.orgIds.a),
      { entityId: supplier.id },
      { page: 1, pageSize: 10 },
    );
    expect(audit.items.map((entry) => entry.action)).toContain('supplier.suspended');
    const verify = await admin.get<{ ok: boolean }>('/api/audit/verify');
    expect(verify.body.ok).toBe(true);
  });

  it('applies a new list version to existing suppliers: new entities open items, changes reopen, removals delist', async () => {
    const sintra = await createSupplier('Sintra Logistics Ltd', 'PT');
    const qorvex = await createSupplier('Qorvex Shipping Line', 'CY');
    await importListVersion(t.db, listFile('v1.json', [ftm('qv', 'Qorvex Shipping Line Ltd')]), 'test');
    await t.background.runner.runPending();
    expect(await matchesOf(sintra.id)).toEqual([]);
    const [qv] = await matchesOf(qorvex.id);
    expect(qv?.status).toBe('open');
    await admin.post(`/api/screening/matches/${qv?.id}/decision`, {
      json: { decision: 'false_positive', reason: 'Registered in another country' },
    });

    // v2 adds Sintra and changes the Qorvex entity (a new alias).
    const v2 = await importListVersion(
      t.db,
      listFile('v2.json', [
        JSON.stringify({
          id: 'qv',
          schema: 'Company',
          properties: { name: ['Qorvex Shipping Line Ltd'], alias: ['Qorvex Lines'] },
        }),
        ftm('sl', 'Sintra Logistics'),
      ]),
      'test',
    );
    expect(v2).toMatchObject({ added: 1, changed: 1, removed: 0 });
    const report = await t.background.runner.runPending();
    expect(report).toMatchObject({ failed: 0 });
    expect((await matchesOf(sintra.id))[0]).toMatchObject({ status: 'open', entityId: 'opensanctions:sl' });
    expect((await matchesOf(qorvex.id))[0]).toMatchObject({
      status: 'open',
      note: 'Reopened: the listed entity changed since it was decided false positive',
    });
    const history = await admin.get<{ runs: { trigger: string; scope: string }[] }>(
      `/api/suppliers/${sintra.id}/screening`,
    );
    expect(history.body.runs[0]).toMatchObject({ trigger: 'list_update', scope: 'all_parties' });

    // v3 removes Sintra from the list.
    await importListVersion(
      t.db,
      listFile('v3.json', [
        JSON.stringify({
          id: 'qv',
          schema: 'Company',
          properties: { name: ['Qorvex Shipping Line Ltd'], alias: ['Qorvex Lines'] },
        }),
      ]),
      'test',
    );
    await t.background.runner.runPending();
    expect((await matchesOf(sintra.id))[0]).toMatchObject({
      status: 'delisted',
      note: expect.stringContaining('no longer on the list'),
    });
    const closed = await admin.post(
      `/api/screening/matches/${(await matchesOf(sintra.id))[0]?.id}/decision`,
      {
        json: { decision: 'true_match', reason: 'too late' },
      },
    );
    expect(closed.status).toBe(409);

    // The versions and their differences are there to read.
    const versions = await admin.get<Page<{ id: string; added: number; removed: number }>>(
      '/api/screening/lists/versions?source=opensanctions',
    );
    expect(versions.body.items.map((v) => [v.added, v.removed])).toEqual([
      [0, 1],
      [1, 0],
      [1, 0],
    ]);
    const changes = await admin.get<Page<{ entityId: string; change: string }>>(
      `/api/screening/lists/versions/${v2.versionId}/changes`,
    );
    expect(changes.body.items).toMatchObject([
      { entityId: 'opensanctions:qv', change: 'changed' },
      { entityId: 'opensanctions:sl', change: 'added' },
    ]);
    const diff = await admin.get<{ before: { names: unknown[] }; after: { names: unknown[] } }>(
      `/api/screening/lists/versions/${v2.versionId}/entity?entityId=opensanctions:qv`,
    );
    expect([diff.body.before.names.length, diff.body.after.names.length]).toEqual([1, 2]);
    const overview = await admin.get<{ lists: { source: string }[]; pendingScreenings: number }>(
      '/api/screening/lists',
    );
    expect(overview.body).toMatchObject({ pendingScreenings: 0 });
    expect(overview.body.lists.map((l) => l.source).sort()).toEqual(['opensanctions', 'un_sc']);
  });

  it("keeps each organisation's review items to itself and lets only reviewers decide", async () => {
    const supplier = await createSupplier('Logarcheo S.A.', 'GT');
    await t.background.runner.runPending();
    const [match] = await matchesOf(supplier.id);
    const adminB = await t.signIn('admin@b.test');
    expect((await adminB.get<Page<MatchView>>('/api/screening/matches')).body.total).toBe(0);
    expect((await adminB.get(`/api/screening/matches/${match?.id}`)).status).toBe(404);
    const decide = { json: { decision: 'true_match', reason: 'probe from b' } };
    expect((await adminB.post(`/api/screening/matches/${match?.id}/decision`, decide)).status).toBe(404);
    expect((await adminB.get(`/api/suppliers/${supplier.id}/screening`)).status).toBe(404);
    const auditor = await t.userWithRole('auditor');
    expect((await auditor.get(`/api/screening/matches/${match?.id}`)).status).toBe(200);
    expect((await auditor.post(`/api/screening/matches/${match?.id}/decision`, decide)).status).toBe(403);
    expect((await matchesOf(supplier.id))[0]?.status).toBe('open');
    expect((await admin.get<SupplierBody>(`/api/suppliers/${supplier.id}`)).body.status).toBe('prospect');
  });

  it('lists open items first, then the best scores', async () => {
    // A decided item that scores higher than an open one still comes after it.
    const decided = await createSupplier('Congomet Trading House', 'CD');
    const open = await createSupplier('Kongomet Trading House', 'CD');
    await t.background.runner.runPending();
    const [strong] = await matchesOf(decided.id);
    const [weak] = await matchesOf(open.id);
    expect(strong && weak && strong.score > weak.score).toBe(true);
    await admin.post(`/api/screening/matches/${strong?.id}/decision`, {
      json: { decision: 'false_positive', reason: 'A namesake registered in 2021' },
    });
    const queue = await admin.get<Page<MatchView>>('/api/screening/matches?pageSize=200');
    const statuses = queue.body.items.map((m) => m.status);
    const firstClosed = statuses.findIndex((status) => status !== 'open');
    expect(firstClosed).toBeGreaterThan(0);
    expect(statuses.slice(firstClosed)).not.toContain('open');
    const scores = queue.body.items.slice(0, firstClosed).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses decisions without a reason, unknown decisions and unknown items', async () => {
    const supplier = await createSupplier('Gran Grif', 'HT');
    await t.background.runner.runPending();
    const [match] = await matchesOf(supplier.id);
    const noReason = await admin.post(`/api/screening/matches/${match?.id}/decision`, {
      json: { decision: 'false_positive', reason: '  ' },
    });
    expect(noReason.status).toBe(400);
    const unknown = await admin.post(`/api/screening/matches/${match?.id}/decision`, {
      json: { decision: 'maybe', reason: 'not sure' },
    });
    expect(unknown.status).toBe(400);
    const missing = await admin.post('/api/screening/matches/00000000-0000-0000-0000-000000000000/decision', {
      json: { decision: 'false_positive', reason: 'whatever' },
    });
    expect(missing.status).toBe(404);
    expect((await matchesOf(supplier.id))[0]?.status).toBe('open');
  });
});
