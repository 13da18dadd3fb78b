import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../platform/testing/shared-data.ts';
import { ListFormatError } from '../list-entity.model.ts';
import { detectFormat, sniffFormat } from './detect-format.ts';
import { watchlistPath } from './list-fixtures.ts';

describe('detecting the format of the real files', () => {
  it.each([
    [['ofac-sdn'], 'ofac_sdn_csv'],
    [['ofac-sdn', 'sdn.csv'], 'ofac_sdn_csv'],
    [['ofac-non-sdn'], 'ofac_cons_csv'],
    [['ofac-non-sdn', 'cons_prim.csv'], 'ofac_cons_csv'],
    [['us-csl', 'consolidated.csv.gz'], 'us_csl_csv'],
    [['us-csl', 'csl.csv'], 'us_csl_csv'],
    [['un', 'UN_consolidated.xml'], 'un_xml'],
    [['eu-fsf', 'Asapsobi__aml-checker-v1__tests_fixtures_lists_eu_sample.xml'], 'eu_fsf_xml'],
    [['eu-fsf', 'DarkSide666__SanctionsList__src_Resource_ES.php__comment-excerpt.xml'], 'eu_fsf_xml'],
    [['uk', 'Asapsobi__aml-checker-v1__tests_fixtures_lists_uk_sample.xml'], 'uk_xml'],
    [['ftm', 't1', 'entities.ftm.json'], 'ftm_json'],
    [['ftm', 'zala', 'entities.ftm.json'], 'ftm_json'],
    [['ftm', 'parteispenden', 'entities.ftm.json'], 'ftm_json'],
    [['ftm', 't2', '20240528074703-npf', 'entities.delta.json'], 'ftm_delta_json'],
    [['senzing', 'us_congress_senzing.json'], 'senzing_json'],
    [['senzing', 'peps_senzing.json'], 'senzing_json'],
  ])('%j is %s', async (segments, format) => {
    expect(await detectFormat(watchlistPath(...segments))).toBe(format);
  });

  it.each([
    [
      ['ftm', 't1', 'delta.json'],
      'delta.json, the start of the file: not a list format Tradeguard knows: JSON without',
    ],
    [
      ['ftm', 't1', 'index.json'],
      'index.json, the start of the file: not a list format Tradeguard knows: JSON without',
    ],
    [['ofac-sdn', 'alt.csv'], 'alt.csv is part of an OFAC CSV set; read its folder or sdn.csv instead'],
    [
      ['un', 'PROVENANCE.md'],
      'PROVENANCE.md, the start of the file: not a list format Tradeguard knows: the first line is',
    ],
    [
      ['ftm'],
      'ftm, the folder: not a list format Tradeguard knows: the folder holds no sdn.csv or cons_prim.csv',
    ],
  ])('refuses %j, naming the file', async (segments, message) => {
    const error = await detectFormat(watchlistPath(...segments)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListFormatError);
    expect((error as Error).message).toContain(message);
  });

  it('refuses a reference table that is not a list', async () => {
    await expect(detectFormat(sharedDataPath('reference', 'countries', 'country-codes.csv'))).rejects.toThrow(
      /^country-codes\.csv, the start of the file: not a list format Tradeguard knows/,
    );
  });
});

describe('sniffing the start of a file', () => {
  it('reads XML roots past the declaration, comments and a DOCTYPE', () => {
    expect(
      sniffFormat(
        'x.xml',
        '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CONSOLIDATED_LIST>',
      ),
    ).toBe('un_xml');
    expect(sniffFormat('x.xml', '<ns:Designations xmlns:ns="x">')).toBe('uk_xml');
    expect(() => sniffFormat('x.xml', '<export><other/></export>')).toThrow('XML with root element <export>');
    expect(() => sniffFormat('x.xml', '<html><body>404</body></html>')).toThrow(
      'XML with root element <html>',
    );
  });

  it('reads the UK CSV with or without its Report Date line, and CSL headers', () => {
    expect(sniffFormat('a.csv', 'Report Date: 01-Oct-2026\r\nLast Updated,Unique ID')).toBe('uk_csv');
    expect(
      sniffFormat('a.csv', 'Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1'),
    ).toBe('uk_csv');
    expect(sniffFormat('a.csv', '_id,source,entity_number,type,programs,name')).toBe('us_csl_csv');
    expect(() => sniffFormat('renamed.csv', '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"')).toThrow(
      ListFormatError,
    );
  });
});

describe('gzip files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tradeguard-detect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('looks inside gzip whatever the format', async () => {
    const path = join(dir, 'uk.xml.gz');
    writeFileSync(path, gzipSync('<?xml version="1.0"?><Designations><Designation/></Designations>'));
    expect(await detectFormat(path)).toBe('uk_xml');
  });
});
