import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { collect, watchlistPath } from './list-fixtures.ts';
import { readList } from './read-list.ts';

async function countEntities(...segments: string[]) {
  const read = await readList(watchlistPath(...segments));
  if (read.kind !== 'entities') throw new Error(`${segments.join('/')} is a delta`);
  const entities = await collect(read.entities);
  return {
    format: read.format,
    source: read.source,
    count: entities.length,
    ids: new Set(entities.map((e) => e.id)).size,
    stats: read.stats,
  };
}

describe('readList on the real files', () => {
  it.each([
    [['ofac-sdn'], 'ofac_sdn_csv', 'us_ofac_sdn', 8976],
    [['ofac-sdn', 'sdn.csv'], 'ofac_sdn_csv', 'us_ofac_sdn', 8976],
    [['ofac-non-sdn'], 'ofac_cons_csv', 'us_ofac_cons', 442],
    [['us-csl', 'consolidated.csv.gz'], 'us_csl_csv', 'us_csl', 14048],
    [['us-csl', 'csl.csv'], 'us_csl_csv', 'us_csl', 110],
    [['un', 'UN_consolidated.xml'], 'un_xml', 'un_sc', 1003],
    [['eu-fsf', 'Asapsobi__aml-checker-v1__tests_fixtures_lists_eu_sample.xml'], 'eu_fsf_xml', 'eu_fsf', 3],
    [['uk', 'Asapsobi__aml-checker-v1__tests_fixtures_lists_uk_sample.xml'], 'uk_xml', 'gb_hmt', 3],
    [['ftm', 't1', 'entities.ftm.json'], 'ftm_json', 'opensanctions', 6],
    [['senzing', 'us_congress_senzing.json'], 'senzing_json', 'senzing', 1317],
  ])('%j: %s from %s gives %i entities with distinct ids', async (segments, format, source, count) => {
    const result = await countEntities(...segments);
    expect(result).toMatchObject({ format, source, count, ids: count });
    expect(result.stats.entities).toBe(count);
  });

  it('reads a delta file as changes', async () => {
    const read = await readList(watchlistPath('ftm', 't2', '20240528014702-pfh', 'entities.delta.json'));
    expect(read.kind).toBe('delta');
    if (read.kind !== 'delta') return;
    expect((await collect(read.changes)).map((change) => change.op)).toEqual(['upsert', 'upsert']);
  });
});

describe('readList on incomplete OFAC sets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tradeguard-read-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a set without its alias file rather than losing the aliases', async () => {
    copyFileSync(watchlistPath('ofac-sdn', 'sdn.csv'), join(dir, 'SDN.CSV'));
    writeFileSync(join(dir, 'add.csv'), '');
    const error = await readList(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListFormatError);
    expect((error as Error).message).toMatch(/, the OFAC CSV set: alt\.csv is missing beside sdn\.csv$/);
  });
});
