import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../platform/jobs/job-runner.ts';
import { countQueuedItems } from '../../platform/jobs/jobs.store.ts';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { createTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { ScreeningPoolKeeper } from '../batch/screening-pool-keeper.ts';
import { listEntitySchema } from '../list-entity.model.ts';
import { importListVersion } from '../list-versions.service.ts';
import { readCurrentEntities } from '../list-versions.store.ts';
import { registerScreeningJobs, SCREEN_PARTIES_JOB } from './party-screening.service.ts';

/**
 * The screening job on the worker pool, on a real database: organisation a's suppliers are screened in one
 * thread (the default keeper starts no pool for a few parties), organisation b's same suppliers on a pool of two
 * workers (a keeper told that 30 parties in sight are enough); the review items must be the same.
 */
describe('screening jobs on the worker pool', () => {
  let t: TestApp;
  let keeper: ScreeningPoolKeeper;
  let names: string[];

  beforeAll(async () => {
    t = await createTestApp('pglite');
    // The OFAC non-SDN list (442 entities): quick to index in each worker.
    await importListVersion(t.db, sharedDataPath('watchlists/ofac-non-sdn'), 'test');
    await t.background.runner.runPending();
    const listed: string[] = [];
    for await (const rows of readCurrentEntities(t.db)) {
      for (const row of rows) {
        const entity = listEntitySchema.parse(row.content);
        const name = entity.names[0]?.value;
        if (entity.schema !== 'Person' && name && listed.length < 30) listed.push(name);
      }
    }
    names = [
      ...listed.map((name, i) => (i % 2 === 0 ? `${name} LLC` : name.split(' ').reverse().join(' '))),
      'Harbourside Bakery Ltd',
      'Nordlicht Maschinenbau GmbH',
      'Shenzhen Huaqiang Electronics Co Ltd',
    ];
    keeper = new ScreeningPoolKeeper({ size: 2, minParties: 30 });
  }, 60_000);
  afterAll(async () => {
    await keeper?.close();
    await t?.close();
  });

  const createSuppliers = async (email: string) => {
    const admin = await t.signIn(email);
    for (const legalName of names) {
      const response = await admin.post('/api/suppliers', { json: { legalName, country: 'AE' } });
      expect(response.status).toBe(201);
    }
  };
  const itemsOf = async (organizationId: string) =>
    (
      await t.db
        .selectFrom('screening_matches')
        .select(['party_label', 'entity_id', 'score', 'explanation', 'status'])
        .where('organization_id', '=', organizationId)
        .execute()
    )
      .map((row) => ({ ...row, score: Number(row.score) }))
      .sort((a, b) => `${a.party_label} ${a.entity_id}`.localeCompare(`${b.party_label} ${b.entity_id}`));

  it('opens the same review items on the pool as in one thread, counting queued jobs as work in sight', async () => {
    await createSuppliers('admin@a.test');
    // One job per created supplier: each alone is far under any threshold.
    expect(await countQueuedItems(t.db, SCREEN_PARTIES_JOB, 'partyIds')).toBe(names.length);
    expect(await t.background.runner.runPending()).toMatchObject({ failed: 0 });
    expect(t.background.screeningPool.starts).toBe(0);
    const oneThread = await itemsOf(t.orgIds.a);
    expect(oneThread.length).toBeGreaterThanOrEqual(15);

    await createSuppliers('admin@b.test');
    const runner = new JobRunner(t.db);
    registerScreeningJobs(runner, t.background.screening, t.background.parties, keeper);
    expect(await runner.runPending()).toMatchObject({ failed: 0, done: names.length });
    // The first job saw 1 + 32 queued parties (≥ 30) and started the pool; the others found it warm.
    expect(keeper.starts).toBe(1);
    expect(keeper.isWarmFor((await t.background.screening.get()).index.entities)).toBe(true);
    expect(await itemsOf(t.orgIds.b)).toEqual(oneThread);
    expect(await countQueuedItems(t.db, SCREEN_PARTIES_JOB, 'partyIds')).toBe(0);
  }, 120_000);
});
