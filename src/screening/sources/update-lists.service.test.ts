import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../platform/db/create-db.ts';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { createTestDatabase, testDatabaseKinds } from '../../platform/testing/test-database.ts';
import { listCurrentVersions, listVersions } from '../list-versions.store.ts';
import type { DownloadSettings } from './download-file.ts';
import { readDownloadState } from './download-state.ts';
import {
  closedPortUrl,
  type Publisher,
  readBytes,
  sha256Of,
  startPublisher,
  UNRESOLVABLE_URL,
} from './publisher-test-kit.ts';
import { resolveSources, type SourcesFile, selectSources } from './sources-config.ts';
import { type SourceOutcome, type UpdateEvent, updateLists } from './update-lists.service.ts';

const UN = readBytes(sharedDataPath('watchlists/un/UN_consolidated.xml'));
const EU = readBytes(
  sharedDataPath('watchlists/eu-fsf/Asapsobi__aml-checker-v1__tests_fixtures_lists_eu_sample.xml'),
);
const EU_OTHER = readBytes(
  sharedDataPath('watchlists/eu-fsf/DarkSide666__SanctionsList__src_Resource_ES.php__comment-excerpt.xml'),
);
const UK = readBytes(
  sharedDataPath('watchlists/uk/Asapsobi__aml-checker-v1__tests_fixtures_lists_uk_sample.xml'),
);
const CONS_FILES = ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'];
const CONS = Object.fromEntries(
  CONS_FILES.map((name) => [name, readBytes(sharedDataPath('watchlists/ofac-non-sdn', name))]),
);
const SETTINGS: DownloadSettings = {
  timeoutMs: 5_000,
  retries: 2,
  retryDelayMs: 5,
  userAgent: 'tradeguard-test',
};

describe.each(testDatabaseKinds())('lists update on %s', (kind) => {
  let database: DatabaseHandle;
  let publisher: Publisher;
  let dataDir: string;
  let events: UpdateEvent[];

  /** Runs an update of the sources a sources file describes, pointed at the test publisher. */
  async function update(entries: SourcesFile['sources'], only: string[]): Promise<SourceOutcome[]> {
    const config = resolveSources({ sources: entries });
    events = [];
    return updateLists(database.db, {
      dataDir,
      sources: selectSources(config.sources, only).selected,
      download: SETTINGS,
      importedBy: 'test',
      onEvent: (event) => events.push(event),
    });
  }
  const mirrors = (): SourcesFile['sources'] => [
    { name: 'un_sc', baseUrl: publisher.url('/un/') },
    { name: 'eu_fsf', baseUrl: publisher.url('/eu/') },
    { name: 'gb_hmt', baseUrl: publisher.url('/uk/') },
    { name: 'us_ofac_cons', baseUrl: publisher.url('/ofac/') },
  ];
  const ALL = ['un_sc', 'eu_fsf', 'gb_hmt', 'us_ofac_cons'];
  const versionsOf = async (list: string) =>
    (await listVersions(database.db, list, { limit: 50, offset: 0 })).rows;
  const current = async () =>
    Object.fromEntries(
      (await listCurrentVersions(database.db)).map((version) => [version.source, version.id]),
    );
  const kept = (source: string, name: string) => readFileSync(join(dataDir, 'lists', source, name));
  const incomingLeftovers = () => readdirSync(join(dataDir, 'lists')).filter((name) => name.startsWith('.'));

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataDir = mkdtempSync(join(tmpdir(), 'tg-update-'));
    publisher = await startPublisher({
      '/un/consolidated.xml': { body: UN },
      '/eu/eu_fsf.xml': { body: EU },
      '/uk/UK-Sanctions-List.xml': { body: UK },
      ...Object.fromEntries(CONS_FILES.map((name) => [`/ofac/${name}`, { body: CONS[name] }])),
    });
  });
  afterAll(async () => {
    await publisher.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('downloads each source, imports it as a new version and keeps the files with their SHA-256', async () => {
    const outcomes = await update(mirrors(), ALL);
    expect(outcomes.map((outcome) => [outcome.source, outcome.status])).toEqual(
      ALL.map((name) => [name, 'updated']),
    );
    const un = outcomes[0];
    expect(un).toMatchObject({ list: 'un_sc', entityCount: 1003, added: 1003, changed: 0, removed: 0 });
    expect(outcomes[1]).toMatchObject({ entityCount: 3, added: 3 });
    expect(outcomes[2]).toMatchObject({ entityCount: 3, added: 3 });
    expect(outcomes[3]).toMatchObject({ list: 'us_ofac_cons', entityCount: 442, added: 442 });
    expect(un?.files).toEqual([
      expect.objectContaining({
        name: 'consolidated.xml',
        url: publisher.url('/un/consolidated.xml'),
        sha256: sha256Of(UN),
        bytes: UN.length,
        notModified: false,
        attempts: 1,
      }),
    ]);
    expect(events.filter((event) => event.type === 'done')).toHaveLength(4);

    const [version] = await versionsOf('un_sc');
    expect(version?.files).toEqual([{ name: 'consolidated.xml', sha256: sha256Of(UN), bytes: UN.length }]);
    expect(version?.imported_by).toBe('test');
    expect((await versionsOf('us_ofac_cons'))[0]?.files.map((file) => file.name).sort()).toEqual(
      [...CONS_FILES].sort(),
    );

    expect(kept('un_sc', 'consolidated.xml').equals(UN)).toBe(true);
    expect(kept('us_ofac_cons', 'cons_alt.csv').equals(CONS['cons_alt.csv'] ?? Buffer.alloc(1))).toBe(true);
    const state = await readDownloadState(join(dataDir, 'lists'));
    expect(state.un_sc?.files).toEqual([
      expect.objectContaining({
        name: 'consolidated.xml',
        sha256: sha256Of(UN),
        etag: expect.stringMatching(/^"/),
      }),
    ]);
    expect(incomingLeftovers()).toEqual([]);
  });

  it('asks again with the validators and imports nothing when the publisher says not modified', async () => {
    const before = await current();
    const since = publisher.requests.length;
    const outcomes = await update(mirrors(), ALL);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(outcomes.every((outcome) => outcome.files.every((file) => file.notModified))).toBe(true);
    expect(outcomes[0]).toMatchObject({ reason: 'same_files', entityCount: 1003, versionId: before.un_sc });
    const asked = publisher.requests.slice(since);
    expect(asked).toHaveLength(7);
    expect(asked.every((request) => request.status === 304 && request.headers['if-none-match'])).toBe(true);
    expect(await current()).toEqual(before);
    expect(await versionsOf('un_sc')).toHaveLength(1);
  });

  it('skips the import of a file identical to the version in force when the server sends no validators', async () => {
    publisher.route('/un/consolidated.xml', { body: UN, validators: false });
    const [outcome] = await update(mirrors(), ['un_sc']);
    expect(outcome).toMatchObject({ status: 'unchanged', reason: 'same_files', entityCount: 1003 });
    expect(outcome?.files[0]).toMatchObject({ notModified: false, sha256: sha256Of(UN) });
    expect(await versionsOf('un_sc')).toHaveLength(1);
  });

  it('retries after a 503 and imports a changed list as a version with its differences', async () => {
    publisher.route('/eu/eu_fsf.xml', { body: EU_OTHER, failFirst: [503] });
    const before = await current();
    const [outcome] = await update(mirrors(), ['eu_fsf']);
    expect(outcome).toMatchObject({ status: 'updated', entityCount: 2, added: 2, changed: 0, removed: 3 });
    expect(outcome?.files[0]).toMatchObject({ attempts: 2, sha256: sha256Of(EU_OTHER) });
    expect(events[0]).toMatchObject({ type: 'retry', source: 'eu_fsf', notice: { attempt: 2, of: 3 } });
    const versions = await versionsOf('eu_fsf');
    expect(versions).toHaveLength(2);
    expect(versions.find((version) => version.is_current)?.previous_id).toBe(before.eu_fsf);
    expect(kept('eu_fsf', 'eu_fsf.xml').equals(EU_OTHER)).toBe(true);
  });

  it('keeps the version in force when a download or file fails, and still tries the other sources', async () => {
    const before = await current();
    const stateBefore = await readDownloadState(join(dataDir, 'lists'));
    publisher.route('/ofac/cons_alt.csv', { status: 404 });
    publisher.route('/eu/eu_fsf.xml', { body: EU, truncateFirst: 10 });
    publisher.route('/uk/UK-Sanctions-List.xml', { body: UK.subarray(0, Math.floor(UK.length / 2)) });
    publisher.route('/wrong/uk.xml', { body: UN });
    const closed = await closedPortUrl('/un.xml');
    const closedToo = await closedPortUrl('/again.xml');
    const outcomes = await update(
      [
        { name: 'un-offline', list: 'un_sc', files: [{ name: 'un.xml', url: closed }] },
        { name: 'un-offline-too', list: 'un_sc', files: [{ name: 'un.xml', url: closedToo }] },
        { name: 'un-unresolvable', list: 'un_sc', files: [{ name: 'un.xml', url: UNRESOLVABLE_URL }] },
        { name: 'us_ofac_cons', baseUrl: publisher.url('/ofac/') },
        {
          name: 'un_sc',
          files: [
            { name: 'consolidated.xml', url: publisher.url('/un/consolidated.xml'), sha256: '0'.repeat(64) },
          ],
        },
        { name: 'eu_fsf', baseUrl: publisher.url('/eu/') },
        { name: 'gb_hmt', baseUrl: publisher.url('/uk/') },
        {
          name: 'uk-wrong',
          list: 'gb_hmt',
          files: [{ name: 'uk.xml', url: publisher.url('/wrong/uk.xml') }],
        },
        {
          name: 'un-mirror',
          list: 'un_sc',
          files: [{ name: 'consolidated.xml', url: publisher.url('/un/consolidated.xml') }],
        },
      ],
      [
        'un-offline',
        'un-offline-too',
        'un-unresolvable',
        'us_ofac_cons',
        'un_sc',
        'eu_fsf',
        'gb_hmt',
        'uk-wrong',
        'un-mirror',
      ],
    );
    const summary = outcomes.map((outcome) => [
      outcome.source,
      outcome.status === 'failed' ? outcome.failure : outcome.status,
    ]);
    expect(summary).toEqual([
      ['un-offline', 'offline'],
      ['un-offline-too', 'offline'],
      ['un-unresolvable', 'offline'],
      ['us_ofac_cons', 'http_status'],
      ['un_sc', 'checksum_mismatch'],
      ['eu_fsf', 'connection_dropped'],
      ['gb_hmt', 'invalid_file'],
      ['uk-wrong', 'wrong_list'],
      ['un-mirror', 'unchanged'],
    ]);
    const failed = (name: string) => {
      const outcome = outcomes.find((item) => item.source === name);
      return outcome?.status === 'failed' ? outcome : undefined;
    };
    expect(failed('un-offline')).toMatchObject({ url: closed });
    expect(failed('un-offline')?.message).toMatch(
      /^cannot reach http:\/\/127\.0\.0\.1:\d+\/un\.xml \(.*ECONNREFUSED.*\) \(after 3 attempts\)$/,
    );
    // After one publisher stayed unreachable, the next unreachable ones are asked once (other failures as before).
    expect(failed('un-offline-too')?.message).toMatch(
      /^cannot reach http:\/\/127\.0\.0\.1:\d+\/again\.xml \([^()]*ECONNREFUSED[^()]*\)$/,
    );
    expect(failed('un-unresolvable')?.message).toMatch(
      /^cannot reach http:\/\/tradeguard-publisher\.invalid\/list\.xml/,
    );
    expect(failed('us_ofac_cons')?.message).toBe(`${publisher.url('/ofac/cons_alt.csv')} answered HTTP 404`);
    expect(failed('un_sc')?.message).toContain(`not the expected ${'0'.repeat(64)}`);
    expect(failed('eu_fsf')?.message).toContain('(after 3 attempts)');
    expect(failed('gb_hmt')?.message).toContain('The list version in force was kept');
    expect(failed('uk-wrong')?.message).toBe(
      "the downloaded file is the un_sc list, not gb_hmt; check the source's address",
    );

    expect(await current()).toEqual(before);
    expect(await readDownloadState(join(dataDir, 'lists'))).toMatchObject({
      us_ofac_cons: stateBefore.us_ofac_cons,
      eu_fsf: stateBefore.eu_fsf,
      gb_hmt: stateBefore.gb_hmt,
    });
    expect(kept('eu_fsf', 'eu_fsf.xml').equals(EU_OTHER)).toBe(true);
    expect(kept('gb_hmt', 'UK-Sanctions-List.xml').equals(UK)).toBe(true);
    expect(kept('us_ofac_cons', 'cons_alt.csv').equals(CONS['cons_alt.csv'] ?? Buffer.alloc(1))).toBe(true);
    expect(existsSync(join(dataDir, 'lists', 'un-offline'))).toBe(false);
    expect(incomingLeftovers()).toEqual([]);
  });
});
