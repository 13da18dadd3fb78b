import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { createParseStats } from './list-file.ts';
import { collect, textFile, watchlistFile, watchlistPath } from './list-fixtures.ts';
import { parseUsCsl } from './us-csl.ts';

describe('the real Consolidated Screening List (gzip, current layout)', async () => {
  const stats = createParseStats();
  const entities = await collect(parseUsCsl(watchlistFile('us-csl', 'consolidated.csv.gz'), stats));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  it('reads all 14,160 rows; rows of one party listed by several sources become one entity', () => {
    expect(stats.records).toBe(14160);
    expect(entities).toHaveLength(14048);
    expect(byId.size).toBe(entities.length);
  });

  it('maps the type column to the schema, an empty type to LegalEntity', () => {
    const count = (schema: string) => entities.filter((entity) => entity.schema === schema).length;
    expect(count('LegalEntity')).toBe(3625);
    expect(count('Vessel')).toBeGreaterThan(400);
    expect(count('Aircraft')).toBeGreaterThan(250);
  });

  it('reads a person: name as published, birth date, nationality, source in programs', () => {
    expect(byId.get('us_csl:21944')).toMatchObject({
      schema: 'Person',
      names: [{ value: "'ABBAS, Rim", kind: 'primary' }],
      birthDates: ['1973-03-25'],
      countries: ['SY'],
      programs: ['Specially Designated Nationals (SDN) - Treasury Department', 'SYRIA'],
    });
  });

  it('merges the SDN, SSI and CAP rows of one party, keeping every source', () => {
    const bank = byId.get('us_csl:18725');
    expect(bank?.programs).toEqual(
      expect.arrayContaining([
        'Specially Designated Nationals (SDN) - Treasury Department',
        'Sectoral Sanctions Identifications List (SSI) - Treasury Department',
        'Capta List (CAP) - Treasury Department',
        'RUSSIA-EO14024',
      ]),
    );
    expect(bank?.names.map((name) => name.value)).toEqual(['BANCO VTB AFRICA SA', 'VTB AFRICA']);
    expect(bank?.identifiers).toContainEqual({ type: 'swift', value: 'VTBLAOLU', country: null });
  });

  it('parses the ids column: "country, number, type", with dates in between', () => {
    const withPassport = entities.find((entity) =>
      entity.identifiers.some((id) => id.type === 'passport' && id.value === 'K475336'),
    );
    expect(withPassport?.identifiers).toContainEqual({ type: 'passport', value: 'K475336', country: 'JO' });
    expect(byId.get('us_csl:23156')?.identifiers).toContainEqual({
      type: 'imo',
      value: '8898831',
      country: null,
    });
  });
});

describe('the older CSL layout (no _id column)', () => {
  it('reads it by column name, with stable derived ids', async () => {
    const stats = createParseStats();
    const first = await collect(parseUsCsl(watchlistFile('us-csl', 'csl.csv'), stats));
    const again = await collect(parseUsCsl(watchlistFile('us-csl', 'csl.csv')));
    expect(stats.records).toBe(115);
    expect(first).toHaveLength(110);
    expect(first.map((entity) => entity.id)).toEqual(again.map((entity) => entity.id));
    const regiment = first.find(
      (entity) => entity.names[0]?.value === '183rd Guard Air Defense Missile Regiment',
    );
    expect(regiment?.id).toMatch(/^us_csl:[0-9a-f]{24}$/);
    expect(regiment?.schema).toBe('LegalEntity');
    // OFAC rows carry their entity number, the same id as in the current layout.
    expect(first.some((entity) => entity.id === 'us_csl:23156')).toBe(true);
  });
});

describe('plain and gzip input', () => {
  it('gives the same entities for the gzip file and its plain text', async () => {
    const plain = gunzipSync(readFileSync(watchlistPath('us-csl', 'consolidated.csv.gz')));
    const head = plain.subarray(0, plain.indexOf('\n', 200_000) + 1);
    const fromPlain = await collect(parseUsCsl(textFile('consolidated.csv', head)));
    const fromGzip = await collect(parseUsCsl(textFile('consolidated.csv.gz', gzipSync(head))));
    expect(fromPlain.length).toBeGreaterThan(100);
    expect(fromGzip).toEqual(fromPlain);
  });
});

describe('malformed CSL files', () => {
  const HEADER = '_id,source,entity_number,type,programs,name,alt_names\n';
  const failure = async (file: ReturnType<typeof textFile>) => {
    const error = await collect(parseUsCsl(file)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListFormatError);
    return (error as ListFormatError).message;
  };

  it('refuses a truncated gzip', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i},SDN,${i},Entity,X,ACME ${i},\n`).join('');
    const gz = gzipSync(Buffer.from(HEADER + rows));
    expect(await failure(textFile('consolidated.csv.gz', gz.subarray(0, gz.length - 20)))).toMatch(
      /^consolidated\.csv\.gz, gzip data: cannot be decompressed: unexpected end of file/,
    );
  });

  it('refuses a header without the CSL columns, unclosed quotes, unknown types and repeated ids', async () => {
    expect(await failure(textFile('x.csv', 'a,b,c\n1,2,3\n'))).toBe(
      'x.csv, line 1: not a Consolidated Screening List header: no source, name, type column',
    );
    expect(await failure(textFile('x.csv', HEADER, '1,SDN,1,Entity,X,"ACME\n'))).toMatch(
      /^x\.csv, line 2: not valid CSV: Quote Not Closed/,
    );
    expect(await failure(textFile('x.csv', HEADER, '1,SDN,1,Robot,X,ACME,\n'))).toBe(
      'x.csv, line 2: unknown type "Robot"',
    );
    expect(await failure(textFile('x.csv', HEADER, '1,SDN,1,Entity,X,,\n'))).toBe(
      'x.csv, line 2: the row has no name',
    );
    expect(
      await failure(
        textFile('x.csv', HEADER, '1,SDN,1,Entity,X,A,\n2,SDN,2,Entity,X,B,\n1,SSI,1,Entity,X,A,\n'),
      ),
    ).toBe('x.csv, line 4: _id 1 appears again after other rows');
  });
});
