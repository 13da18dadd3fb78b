import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { LIST_SOURCES } from '../list-entity.model.ts';
import { BUILT_IN_SOURCES } from './list-sources.ts';
import {
  DEFAULT_DOWNLOAD_SETTINGS,
  readSourcesFile,
  resolveSources,
  type SourcesFile,
  selectSources,
} from './sources-config.ts';

const file = (sources: SourcesFile['sources'], download?: SourcesFile['download']): SourcesFile => ({
  sources,
  download,
});

function problemsOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('expected the sources to be refused');
}

describe('built-in sources', () => {
  it('cover every list that is published for download, over HTTPS, with OFAC sets complete', () => {
    expect(BUILT_IN_SOURCES.map((source) => source.list).sort()).toEqual(
      LIST_SOURCES.filter((list) => list !== 'senzing').sort(),
    );
    for (const source of BUILT_IN_SOURCES) {
      expect(source.name).toBe(source.list);
      for (const item of source.files) expect(new URL(item.url).protocol).toBe('https:');
    }
    const names = (list: string) =>
      BUILT_IN_SOURCES.find((source) => source.list === list)?.files.map((f) => f.name);
    expect(names('us_ofac_sdn')).toEqual(['sdn.csv', 'add.csv', 'alt.csv', 'sdn_comments.csv']);
    expect(names('us_ofac_cons')).toEqual([
      'cons_prim.csv',
      'cons_add.csv',
      'cons_alt.csv',
      'cons_comments.csv',
    ]);
  });

  it('update every source but the opt-in OpenSanctions one by default', () => {
    const { sources } = resolveSources(undefined);
    const { selected } = selectSources(sources, []);
    expect(selected.map((source) => source.name)).toEqual([
      'us_ofac_sdn',
      'us_ofac_cons',
      'us_csl',
      'un_sc',
      'eu_fsf',
      'gb_hmt',
    ]);
    expect(selectSources(sources, ['opensanctions', 'un_sc', 'un_sc', 'nope', 'eu'])).toMatchObject({
      selected: [{ name: 'opensanctions' }, { name: 'un_sc' }],
      unknown: ['nope', 'eu'],
    });
  });
});

describe('resolveSources', () => {
  it('lets a sources file point a built-in source at a mirror, with checksums and settings', () => {
    const sha = 'AB'.repeat(32);
    const config = resolveSources(
      file(
        [
          {
            name: 'un_sc',
            files: [{ name: 'consolidated.xml', url: 'http://mirror.test/un.xml', sha256: sha }],
          },
          { name: 'us_ofac_sdn', baseUrl: 'http://mirror.test/ofac', maxBytes: 1000 },
          { name: 'opensanctions', enabled: true },
        ],
        { retries: 0, timeoutMs: 500 },
      ),
    );
    const byName = (name: string) => config.sources.find((source) => source.name === name);
    expect(byName('un_sc')?.files).toEqual([
      { name: 'consolidated.xml', url: 'http://mirror.test/un.xml', sha256: sha },
    ]);
    expect(byName('us_ofac_sdn')).toMatchObject({
      maxBytes: 1000,
      files: [
        { name: 'sdn.csv', url: 'http://mirror.test/ofac/sdn.csv' },
        { name: 'add.csv', url: 'http://mirror.test/ofac/add.csv' },
        { name: 'alt.csv', url: 'http://mirror.test/ofac/alt.csv' },
        { name: 'sdn_comments.csv', url: 'http://mirror.test/ofac/sdn_comments.csv' },
      ],
    });
    expect(byName('opensanctions')?.optIn).toBe(false);
    expect(config.download).toEqual({ ...DEFAULT_DOWNLOAD_SETTINGS, retries: 0, timeoutMs: 500 });
    // The built-in definitions themselves are untouched.
    expect(BUILT_IN_SOURCES.find((source) => source.name === 'un_sc')?.files[0]?.url).toMatch(
      /^https:\/\/scsanctions/,
    );
  });

  it('adds sources that name their list and files, and refuses incomplete or contradictory ones', () => {
    const added = resolveSources(
      file([
        { name: 'un-mirror', list: 'un_sc', files: [{ name: 'un.xml', url: 'https://mirror.test/un.xml' }] },
      ]),
    );
    expect(added.sources.at(-1)).toMatchObject({ name: 'un-mirror', list: 'un_sc', optIn: false });

    const message = problemsOf(() =>
      resolveSources(
        file([
          { name: 'extra', files: [{ name: 'x.xml', url: 'https://mirror.test/x.xml' }] },
          { name: 'un_sc', list: 'eu_fsf' },
          {
            name: 'eu_fsf',
            baseUrl: 'https://m.test',
            files: [{ name: 'a.xml', url: 'https://m.test/a.xml' }],
          },
          {
            name: 'gb_hmt',
            files: [
              { name: 'uk.xml', url: 'https://m.test/1' },
              { name: 'UK.xml', url: 'https://m.test/2' },
            ],
          },
          { name: 'eu_fsf', enabled: true },
          {
            name: 'un-two',
            list: 'un_sc',
            files: [
              { name: 'a.xml', url: 'https://m.test/a.xml' },
              { name: 'b.xml', url: 'https://m.test/b.xml' },
            ],
          },
        ]),
      ),
    );
    expect(message).toContain('extra: a new source needs "list"');
    expect(message).toContain('un_sc: the built-in source imports into un_sc, not eu_fsf');
    expect(message).toContain('eu_fsf: give files or baseUrl, not both');
    expect(message).toContain('gb_hmt: two files have the same name');
    expect(message).toContain('sources: "eu_fsf" is given twice');
    expect(message).toContain('un-two: only OFAC CSV sets have several files; un_sc is one file');
  });
});

describe('readSourcesFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads a valid file, lower-casing checksums', async () => {
    const path = write(
      'ok.json',
      JSON.stringify({
        download: { retries: 1 },
        sources: [
          {
            name: 'un_sc',
            files: [{ name: 'un.xml', url: 'https://m.test/un.xml', sha256: 'F'.repeat(64) }],
          },
        ],
      }),
    );
    expect(await readSourcesFile(path)).toEqual({
      download: { retries: 1 },
      sources: [
        { name: 'un_sc', files: [{ name: 'un.xml', url: 'https://m.test/un.xml', sha256: 'f'.repeat(64) }] },
      ],
    });
  });

  it('lists every problem of a bad file, and says when it is missing or not JSON', async () => {
    const bad = write(
      'bad.json',
      JSON.stringify({
        mirror: true,
        download: { retries: 50 },
        sources: [
          { name: 'Un SC', files: [{ name: '../etc/passwd', url: 'ftp://m.test/x', sha256: 'xyz' }] },
          { name: 'eu_fsf', list: 'eu' },
        ],
      }),
    );
    const error = await readSourcesFile(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    const message = (error as AppError).message;
    expect(message).toContain(`The sources file ${bad} has problems`);
    for (const path of [
      '(file): Unrecognized key: "mirror"',
      'download.retries',
      'sources.0.name',
      'sources.0.files.0.name: a plain file name',
      'sources.0.files.0.url: an http:// or https:// address',
      'sources.0.files.0.sha256: 64 hexadecimal digits',
      'sources.1.list',
    ])
      expect(message).toContain(path);
    await expect(readSourcesFile(join(dir, 'none.json'))).rejects.toThrow(
      /Cannot read the sources file .*none\.json/,
    );
    await expect(readSourcesFile(write('text.json', 'not json'))).rejects.toThrow(/is not JSON/);
  });
});
