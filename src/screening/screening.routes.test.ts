import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import { importListVersion } from './list-versions.service.ts';
import type { MatchResponse } from './screening.service.ts';

describe.each(testDatabaseKinds())('screening API on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<TestApp['signIn']>>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await importListVersion(t.db, sharedDataPath('watchlists/un/UN_consolidated.xml'), 'test');
    admin = await t.signIn('admin@a.test');
  });
  afterAll(() => t.close());

  it('matches a listed person written in Arabic script and explains the score', async () => {
    const response = await admin.post<MatchResponse>('/api/v1/match', {
      json: {
        queries: {
          q1: {
            schema: 'Person',
            properties: { name: ['Saddam Hussein al-Tikriti'], birthDate: ['1937-04-28'] },
          },
          q2: { schema: 'Person', properties: { name: ['غازي حمود العبيدي'] } },
          q3: { schema: 'Company', properties: { name: ['Nordic Timber AB'] } },
        },
      },
    });
    expect(response.status).toBe(200);
    const [first] = response.body.responses.q1?.results ?? [];
    expect(first).toMatchObject({ id: 'un_sc:IQi.001', match: true, datasets: ['un_sc'] });
    expect(first?.explanation.features.map((feature) => (feature as { feature: string }).feature)).toContain(
      'birthDate',
    );
    expect(first?.explanation.summary).toMatch(/saddam/);
    expect(response.body.responses.q2?.results[0]).toMatchObject({ id: 'un_sc:IQi.051', match: true });
    expect(response.body.responses.q3?.results.filter((result) => result.match)).toEqual([]);
    expect(response.body.listVersions).toHaveLength(1);
  });

  it('honours limit, threshold, list filter and excluded ids', async () => {
    const query = {
      queries: { q: { schema: 'Person', properties: { name: ['Saddam Hussein al-Tikriti'] } } },
    };
    const excluded = await admin.post<MatchResponse>('/api/v1/match', {
      json: { ...query, exclude: ['un_sc:IQi.001'] },
    });
    expect(excluded.body.responses.q?.results.map((result) => result.id)).not.toContain('un_sc:IQi.001');
    const otherList = await admin.post<MatchResponse>('/api/v1/match', {
      json: { ...query, lists: ['us_ofac_sdn'] },
    });
    expect(otherList.body.responses.q?.results).toEqual([]);
    const one = await admin.post<MatchResponse>('/api/v1/match', {
      json: { ...query, limit: 1, threshold: 0.99 },
    });
    expect(one.body.responses.q?.results.length).toBeLessThanOrEqual(1);
    expect(one.body.threshold).toBe(0.99);
  });

  it('rejects bad bodies with the issues', async () => {
    const empty = await admin.post('/api/v1/match', { json: { queries: {} } });
    expect(empty.status).toBe(400);
    const badSchema = await admin.post('/api/v1/match', {
      json: { queries: { q: { schema: 'Planet', properties: {} } } },
    });
    expect(badSchema.status).toBe(400);
  });

  it('compares two names across scripts', async () => {
    const response = await admin.post<{ score: number; match: boolean; explanation: string }>(
      '/api/v1/compare',
      {
        json: { left: 'Владимир Путин', right: 'PUTIN, Vladimir', schema: 'Person' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ score: 1, match: true });
    const different = await admin.post<{ match: boolean }>('/api/v1/compare', {
      json: { left: 'John Smith', right: 'John Brown', schema: 'Person' },
    });
    expect(different.body.match).toBe(false);
  });
});
