import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/create-db.ts';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { createTestDatabase, testDatabaseKinds } from '../../platform/testing/test-database.ts';
import {
  importSubstanceFile,
  listSubstanceVersions,
  loadIngredientIndex,
} from './substance-lists.service.ts';

const ANNEX_II = sharedDataPath('substances/eu-annex-ii.csv');

describe.each(testDatabaseKinds())('substance list versions on %s', (kind) => {
  let database: DatabaseHandle;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dir = mkdtempSync(join(tmpdir(), 'tg-substances-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database?.close();
  });

  it('imports a list as a version, compares the next one by reference, and keeps the version in force on a bad file', async () => {
    const db = database.db;
    const first = await importSubstanceFile(db, ANNEX_II, 'test');
    expect(first).toMatchObject({
      list: 'eu_cosmetics_annex_ii',
      entryCount: 4067,
      added: 1696,
      changed: 0,
      removed: 0,
      unchanged: false,
    });
    expect(await importSubstanceFile(db, ANNEX_II, 'test')).toMatchObject({
      unchanged: true,
      versionId: first.versionId,
    });

    // A later file: one entry's row dropped (its reference changes), one whole reference (1001) removed.
    const lines = readFileSync(ANNEX_II, 'utf8').split('\n');
    const edited = lines.filter(
      (line) => !line.includes('"1001"\t') && !line.startsWith('"Lead di(acetate)"'),
    );
    const next = join(dir, 'annex-ii-next.csv');
    writeFileSync(next, edited.join('\n'));
    const second = await importSubstanceFile(db, next, 'test');
    expect(second).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: false });

    const truncated = join(dir, 'annex-ii-truncated.csv');
    writeFileSync(truncated, lines.slice(0, 8).join('\n'));
    await expect(importSubstanceFile(db, truncated, 'test')).rejects.toMatchObject({ code: 'invalid_file' });
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    await expect(importSubstanceFile(db, empty, 'test')).rejects.toMatchObject({
      code: 'invalid_file',
      message: /empty/,
    });

    const versions = await listSubstanceVersions(db);
    expect(versions.filter((v) => v.is_current).map((v) => v.id)).toEqual([second.versionId]);
    const index = await loadIngredientIndex(db);
    expect(index?.match('Lead acetate').map((h) => h.reference)).toEqual(['289']);
    expect(index?.match('Lead di(acetate)').map((h) => h.reference)).toEqual([]);
  });
});
