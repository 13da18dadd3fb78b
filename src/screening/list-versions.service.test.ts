import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/create-db.ts';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { createTestDatabase, testDatabaseKinds } from '../platform/testing/test-database.ts';
import { importListVersion } from './list-versions.service.ts';
import { listVersionChanges, listVersions } from './list-versions.store.ts';
import { ScreeningIndexHolder } from './screening-index.holder.ts';

function ftmLine(id: string, name: string, extra: Record<string, string[]> = {}) {
  return JSON.stringify({ id, schema: 'Person', properties: { name: [name], ...extra } });
}

describe.each(testDatabaseKinds())('list versions on %s', (kind) => {
  let database: DatabaseHandle;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dir = mkdtempSync(join(tmpdir(), 'tradeguard-lists-'));
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the real UN list as a version, and an identical file as no new version', async () => {
    const path = sharedDataPath('watchlists/un/UN_consolidated.xml');
    const first = await importListVersion(database.db, path, 'test');
    expect(first).toMatchObject({
      source: 'un_sc',
      entityCount: 1003,
      added: 1003,
      changed: 0,
      removed: 0,
      unchanged: false,
    });
    const again = await importListVersion(database.db, path, 'test');
    expect(again).toMatchObject({ versionId: first.versionId, unchanged: true });
    const { rows } = await listVersions(database.db, 'un_sc', { limit: 10, offset: 0 });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.files[0]?.name).toBe('UN_consolidated.xml');
  });

  it('keeps what a new version adds, changes and removes', async () => {
    const v1 = join(dir, 'v1.ftm.json');
    const v2 = join(dir, 'v2.ftm.json');
    writeFileSync(
      v1,
      [ftmLine('a', 'Anna Alpha'), ftmLine('b', 'Boris Beta'), ftmLine('c', 'Carl Gamma')].join('\n'),
    );
    writeFileSync(
      v2,
      [
        ftmLine('a', 'Anna Alpha'),
        ftmLine('b', 'Boris Beta', { birthDate: ['1970'] }),
        ftmLine('d', 'Dora Delta'),
      ].join('\n'),
    );
    const first = await importListVersion(database.db, v1, 'test');
    expect(first).toMatchObject({ added: 3, changed: 0, removed: 0 });
    const second = await importListVersion(database.db, v2, 'test');
    expect(second).toMatchObject({ entityCount: 3, added: 1, changed: 1, removed: 1, unchanged: false });
    const changes = await listVersionChanges(database.db, second.versionId, undefined, {
      limit: 10,
      offset: 0,
    });
    expect(changes.rows.map((row) => [row.entity_id, row.change, row.caption])).toEqual([
      ['opensanctions:b', 'changed', 'Boris Beta'],
      ['opensanctions:c', 'removed', 'Carl Gamma'],
      ['opensanctions:d', 'added', 'Dora Delta'],
    ]);
  });

  it('keeps the version in force when a file is truncated, and says where', async () => {
    const path = join(dir, 'cut.ftm.json');
    writeFileSync(path, `${ftmLine('x', 'Xavier Xi')}\n{"id": "y", "schema": "Person", "prop`);
    const before = await listVersions(database.db, 'opensanctions', { limit: 10, offset: 0 });
    await expect(importListVersion(database.db, path, 'test')).rejects.toMatchObject({
      code: 'invalid_file',
      message: expect.stringContaining('cut.ftm.json'),
    });
    const after = await listVersions(database.db, 'opensanctions', { limit: 10, offset: 0 });
    expect(after.total).toBe(before.total);
    expect(after.rows.find((row) => row.is_current)?.id).toBe(before.rows.find((row) => row.is_current)?.id);
  });

  it('builds the in-memory index from the versions in force and rebuilds it when they change', async () => {
    const holder = new ScreeningIndexHolder(database.db);
    const loaded = await holder.get();
    expect(loaded.index.size.entities).toBe(1003 + 3);
    const path = join(dir, 'v3.ftm.json');
    writeFileSync(path, ftmLine('e', 'Emil Epsilon'));
    await importListVersion(database.db, path, 'test');
    const rebuilt = await holder.get({ fresh: true });
    expect(rebuilt.index.size.entities).toBe(1003 + 1);
    expect(rebuilt.versions).not.toEqual(loaded.versions);
  });
});
