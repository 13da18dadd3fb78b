import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, type Page } from '../platform/testing/api-expectations.ts';
import { createTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { testDatabaseKinds } from '../platform/testing/test-database.ts';
import { importListVersion } from './list-versions.service.ts';

interface VersionBody {
  id: string;
  source: string;
  label: string;
  entityCount: number;
  added: number;
  changed: number;
  removed: number;
  previousId: string | null;
  isCurrent: boolean;
  files: { name: string; sha256: string; bytes: number }[];
}

const line = (id: string, name: string) =>
  JSON.stringify({ id, schema: 'Company', properties: { name: [name] } });

describe.each(testDatabaseKinds())('GET /api/screening/lists/versions/{id} on %s', (kind) => {
  let t: TestApp;
  let dir: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    dir = mkdtempSync(join(tmpdir(), 'tradeguard-list-version-'));
    const file = join(dir, 'list.ftm.json');
    writeFileSync(file, `${line('a1', 'Qorvath Shipping LLC')}\n`);
    first = (await importListVersion(t.db, file, 'test')).versionId;
    writeFileSync(file, `${line('a1', 'Qorvath Shipping LLC')}\n${line('a2', 'Brennholt Metals AG')}\n`);
    second = (await importListVersion(t.db, file, 'test')).versionId;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers one version as the version list shows it, with its predecessor and whether it is in force', async () => {
    const admin = await t.signIn('admin@a.test');
    const response = await admin.get<VersionBody>(`/api/screening/lists/versions/${second}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: second,
      source: 'opensanctions',
      entityCount: 2,
      added: 1,
      changed: 0,
      removed: 0,
      previousId: first,
      isCurrent: true,
    });
    expect(response.body.files[0]).toMatchObject({ name: 'list.ftm.json' });
    const listed = await admin.get<Page<VersionBody>>('/api/screening/lists/versions?source=opensanctions');
    expect(listed.body.items.find((item) => item.id === second)).toEqual(response.body);
    const older = await admin.get<VersionBody>(`/api/screening/lists/versions/${first}`);
    expect(older.body).toMatchObject({ id: first, isCurrent: false, previousId: null, added: 1 });
  });

  it('is shared reference data: another organisation reads it too', async () => {
    const adminB = await t.signIn('admin@b.test');
    expect((await adminB.get<VersionBody>(`/api/screening/lists/versions/${second}`)).body.id).toBe(second);
  });

  it('answers 404 for an unknown version and 400 for an id that cannot be one', async () => {
    const admin = await t.signIn('admin@a.test');
    expectError(await admin.get('/api/screening/lists/versions/no-such-version'), 404, 'not_found');
    expectError(
      await admin.get(`/api/screening/lists/versions/${'x'.repeat(101)}`),
      400,
      'validation_failed',
    );
  });

  it('refuses callers without screening:read and callers who are not signed in', async () => {
    const admin = await t.signIn('admin@a.test');
    const supplier = await admin.post<{ id: string }>('/api/suppliers', {
      json: { legalName: 'Harbourside Bakery Ltd', country: 'GB' },
    });
    const supplierUser = await t.userWithRole('supplier', 'a', supplier.body.id);
    expectError(await supplierUser.get(`/api/screening/lists/versions/${second}`), 403, 'forbidden');
    expectError(await t.anonymous.get(`/api/screening/lists/versions/${second}`), 401, 'unauthenticated');
  });
});
