import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../platform/testing/shared-data.ts';
import { listCurrentVersions } from '../screening/list-versions.store.ts';
import {
  closedPortUrl,
  type Publisher,
  readBytes,
  startPublisher,
  writeSourcesFile,
} from '../screening/sources/publisher-test-kit.ts';
import { type CliWorkspace, createCliWorkspace, runCommand } from './cli-test-kit.ts';

const watchlist = (path: string) => readBytes(sharedDataPath('watchlists', path));

/** Every default source, each served from its own folder of the test publisher under its local file names. */
const SERVED: Record<string, Record<string, Buffer>> = {
  us_ofac_sdn: Object.fromEntries(
    ['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv'].map((name) => [
      name,
      watchlist(`ofac-sdn/${name}`),
    ]),
  ),
  us_ofac_cons: Object.fromEntries(
    ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map((name) => [
      name,
      watchlist(`ofac-non-sdn/${name}`),
    ]),
  ),
  // trade.gov serves plain CSV; the shared copy is gzipped, which the importer reads all the same.
  us_csl: { 'consolidated.csv': watchlist('us-csl/consolidated.csv.gz') },
  un_sc: { 'consolidated.xml': watchlist('un/UN_consolidated.xml') },
  eu_fsf: { 'eu_fsf.xml': watchlist('eu-fsf/Asapsobi__aml-checker-v1__tests_fixtures_lists_eu_sample.xml') },
  gb_hmt: {
    'UK-Sanctions-List.xml': watchlist('uk/Asapsobi__aml-checker-v1__tests_fixtures_lists_uk_sample.xml'),
  },
};
const DOWNLOAD = { retries: 1, retryDelayMs: 5, timeoutMs: 10_000 };

describe('tradeguard lists update', () => {
  let workspace: CliWorkspace;
  let publisher: Publisher;
  let mirrorFile: string;

  beforeAll(async () => {
    workspace = await createCliWorkspace();
    publisher = await startPublisher(
      Object.fromEntries(
        Object.entries(SERVED).flatMap(([source, files]) =>
          Object.entries(files).map(([name, body]) => [`/${source}/${name}`, { body }]),
        ),
      ),
    );
    mirrorFile = await writeSourcesFile(workspace.root, {
      download: DOWNLOAD,
      sources: Object.keys(SERVED).map((name) => ({ name, baseUrl: publisher.url(`/${name}/`) })),
    });
  });
  afterAll(async () => {
    await publisher.close();
    workspace.cleanup();
  });

  it('is in the overview and has its help', async () => {
    const overview = await runCommand(['--help']);
    expect(overview.stdout).toMatch(/^ {2}lists update +Download the official sanctions lists/m);
    const help = await runCommand(['lists', 'update', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.startsWith('tradeguard lists update — ')).toBe(true);
    expect(help.stdout).toContain('Usage: tradeguard lists update [--only SOURCE]... [--sources FILE]');
    expect(help.stdout).toContain('TRADEGUARD_LIST_SOURCES');
  });

  it('shows the sources and their addresses without downloading', async () => {
    const result = await runCommand(['lists', 'update', '--show-sources', '--only', 'un_sc,opensanctions']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'un_sc → un_sc: UN Security Council Consolidated List (XML)\n' +
        '  consolidated.xml  https://scsanctions.un.org/resources/xml/en/consolidated.xml\n' +
        'opensanctions → opensanctions: OpenSanctions Default dataset (FollowTheMoney JSON lines; CC BY-NC 4.0) ' +
        '(opt-in: updated only when named with --only)\n' +
        '  entities.ftm.json  https://data.opensanctions.org/datasets/latest/default/entities.ftm.json\n',
    });
  });

  it('downloads every default source, imports each as a version and prints a summary', async () => {
    const result = await runCommand(['lists', 'update', '--sources', mirrorFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^un_sc: version [0-9a-f-]{36}: 1003 entities, 1003 added, 0 changed, 0 removed \(consolidated\.xml \d+\.\d MB sha256 [0-9a-f]{12}\)\.$/m,
    );
    const table = result.stdout.slice(result.stdout.indexOf('\nsource') + 1);
    expect(table.split('\n')[0]).toMatch(/^source +status +entities +added +changed +removed$/);
    for (const [source, count] of [
      ['us_ofac_sdn', '\\d{4}'],
      ['us_ofac_cons', '442'],
      ['us_csl', '\\d{4,5}'],
      ['un_sc', '1003'],
      ['eu_fsf', '3'],
      ['gb_hmt', '3'],
    ])
      expect(table).toMatch(new RegExp(`^${source} +updated +(${count}) +\\1 +0 +0$`, 'm'));
    const versions = await workspace.withDb((db) => listCurrentVersions(db));
    expect(versions.map((version) => version.source).sort()).toEqual(
      ['eu_fsf', 'gb_hmt', 'un_sc', 'us_csl', 'us_ofac_cons', 'us_ofac_sdn'].sort(),
    );
  }, 120_000);

  it('takes the sources file from TRADEGUARD_LIST_SOURCES, and changes nothing the second time', async () => {
    const result = await runCommand(['lists', 'update', '--only', 'un_sc', '--only', 'us_ofac_sdn'], {
      TRADEGUARD_LIST_SOURCES: mirrorFile,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^un_sc: unchanged, not modified since the last download \(1003 entities\); the version in force stays\.$/m,
    );
    expect(result.stdout).toMatch(/^un_sc +unchanged +1003 +0 +0 +0$/m);
    expect(result.stdout).toMatch(/^us_ofac_sdn +unchanged +\d+ +0 +0 +0$/m);
    expect(result.stdout).not.toMatch(/^(us_csl|eu_fsf)/m);
  });

  it('exits 1 with one clear message per source when the publisher cannot be reached', async () => {
    const closed = await closedPortUrl('/consolidated.xml');
    const offline = await writeSourcesFile(
      workspace.root,
      {
        download: { retries: 0 },
        sources: [{ name: 'un_sc', files: [{ name: 'consolidated.xml', url: closed }] }],
      },
      'offline.json',
    );
    const before = await workspace.withDb((db) => listCurrentVersions(db));
    const result = await runCommand(['lists', 'update', '--sources', offline, '--only', 'un_sc']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^un_sc: offline: cannot reach ${closed.replaceAll('.', '\\.')} \\(.*ECONNREFUSED.*\\)\\. The version in force stays\\.\n` +
          'No publisher could be reached: this machine looks offline\\. .*\n$',
      ),
    );
    expect(result.stdout).toMatch(/^un_sc +offline +- +- +- +-$/m);
    expect(await workspace.withDb((db) => listCurrentVersions(db))).toEqual(before);
  });

  it('exits 3 when only refused files failed, and 1 when a download failed too', async () => {
    // After the full update the publisher answers 304, and the copy kept then is what is checked.
    const refused = await writeSourcesFile(
      workspace.root,
      {
        download: DOWNLOAD,
        sources: [
          {
            name: 'eu_fsf',
            files: [{ name: 'eu_fsf.xml', url: publisher.url('/eu_fsf/eu_fsf.xml'), sha256: 'a'.repeat(64) }],
          },
          { name: 'gb_hmt', files: [{ name: 'UK-Sanctions-List.xml', url: publisher.url('/nowhere.xml') }] },
        ],
      },
      'refused.json',
    );
    const checksum = await runCommand(['lists', 'update', '--sources', refused, '--only', 'eu_fsf']);
    expect(checksum.code).toBe(3);
    expect(checksum.stderr).toMatch(
      /^eu_fsf: failed \(checksum_mismatch\): (the kept copy of )?http:\/\/127\.0\.0\.1:\d+\/eu_fsf\/eu_fsf\.xml has SHA-256 [0-9a-f]{64}, not the expected a{64}\. The version in force stays\.\n$/,
    );
    expect(checksum.stdout).toMatch(/^eu_fsf +failed +- +- +- +-$/m);

    const both = await runCommand(['lists', 'update', '--sources', refused, '--only', 'eu_fsf,gb_hmt']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(
      `gb_hmt: failed (http_status): ${publisher.url('/nowhere.xml')} answered HTTP 404.`,
    );
  });

  it('exits 2 on an unknown source and 3 on a bad sources file', async () => {
    const unknown = await runCommand(['lists', 'update', '--only', 'un']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'No source named un (there are: us_ofac_sdn, us_ofac_cons, us_csl, un_sc, eu_fsf, gb_hmt, opensanctions)\n' +
        'Run with --help for usage.\n',
    );
    const bad = await writeSourcesFile(
      workspace.root,
      { sources: [{ name: 'un_sc', url: 'x' }] },
      'bad.json',
    );
    const result = await runCommand(['lists', 'update', '--sources', bad]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`Error (validation_failed): The sources file ${bad} has problems:`);
    expect(result.stderr).toContain('Unrecognized key: "url"');
  });
});
