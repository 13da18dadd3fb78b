import { describe, expect, it } from 'vitest';
import { type ListEntity, ListFormatError } from '../list-entity.model.ts';
import { createParseStats } from './list-file.ts';
import { collect, textFile, watchlistFile } from './list-fixtures.ts';
import { type OfacCsvSet, parseOfacCsv } from './ofac-csv.ts';

function sdnSet(): OfacCsvSet {
  return {
    primary: watchlistFile('ofac-sdn', 'sdn.csv'),
    aliases: watchlistFile('ofac-sdn', 'alt.csv'),
    addresses: watchlistFile('ofac-sdn', 'add.csv'),
    comments: watchlistFile('ofac-sdn', 'sdn_comments.csv'),
  };
}

describe('the real SDN list (legacy CSV set)', async () => {
  const stats = createParseStats();
  const entities = await collect(parseOfacCsv(sdnSet(), 'us_ofac_sdn', stats));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const get = (entNum: number): ListEntity => {
    const entity = byId.get(`us_ofac_sdn:${entNum}`);
    if (!entity) throw new Error(`no SDN entry ${entNum}`);
    return entity;
  };

  it('reads every row of sdn.csv, and nothing else, as one entity', () => {
    expect(entities).toHaveLength(8976);
    expect(byId.size).toBe(8976);
    expect(stats.records).toBe(8976);
    expect(stats.entities).toBe(8976);
  });

  it('maps SDN_Type to the schema', () => {
    const count = (schema: string) => entities.filter((entity) => entity.schema === schema).length;
    expect(count('Person')).toBe(4620);
    expect(count('Vessel')).toBe(406);
    expect(count('Aircraft')).toBe(277);
    expect(count('Organization')).toBe(3673);
  });

  it('reads a person with aliases, birth date, nationality, gender and passport', () => {
    expect(get(12725)).toMatchObject({
      source: 'us_ofac_sdn',
      schema: 'Person',
      names: [
        { value: 'AL-ASSAD, Maher', kind: 'primary' },
        { value: 'ASSAD, Maher', kind: 'alias' },
        { value: 'ASSAD, Mahar', kind: 'alias' },
        { value: 'AL-ASAD, Mahir', kind: 'alias' },
      ],
      birthDates: ['1967-12-08'],
      countries: ['SY'],
      gender: 'male',
      programs: ['SYRIA', 'SYRIA-EO13894'],
      identifiers: [{ type: 'passport', value: '4138', country: 'SY' }],
    });
  });

  it('keeps OFAC weak aliases from the remarks as weak aliases', () => {
    const bank = get(306);
    expect(bank.names).toEqual([
      { value: 'BANCO NACIONAL DE CUBA', kind: 'primary', lang: null },
      { value: 'NATIONAL BANK OF CUBA', kind: 'alias', lang: null },
      { value: 'BNC', kind: 'weak_alias', lang: null },
    ]);
    expect(bank.countries).toEqual(['CH', 'ES', 'JP', 'PA']);
    expect(bank.addresses).toContain('Zweierstrasse 35, Zurich CH-8022, Switzerland');
    expect(
      get(8279)
        .names.filter((name) => name.kind === 'weak_alias')
        .map((name) => name.value),
    ).toEqual(['BONT', 'BOUTOV', 'BUTT', 'BUTTE']);
  });

  it('reads birth date forms: several dates, circa years and year ranges', () => {
    expect(get(12300).birthDates).toEqual(['1964-07-07', '1965-05-13', '1968-04-13']);
    expect(get(10479).birthDates).toEqual(['1956']);
    const ranged = entities.find((entity) => entity.remarks?.includes('DOB 01 Jan 1961 to 31 Dec 1963'));
    expect(ranged?.birthDates).toEqual(expect.arrayContaining(['1961', '1962', '1963']));
  });

  it('reads a vessel with its IMO number, call sign and flag', () => {
    const vessel = get(15036);
    expect(vessel.schema).toBe('Vessel');
    expect(vessel.names[0]?.value).toBe('ARTAVIL');
    expect(vessel.identifiers).toEqual(
      expect.arrayContaining([
        { type: 'imo', value: '9187629', country: null },
        { type: 'call_sign', value: 'T2EU4', country: null },
      ]),
    );
    expect(vessel.countries).toContain('IR');
  });

  it('appends sdn_comments.csv to the remarks it continues', () => {
    const entry = get(28264);
    expect(entry.remarks).toContain("a.k.a. 'blackjack1987'; a.k.a. 'khaleesi'; Linked To: LAZARUS GROUP.");
    expect(entry.names.map((name) => name.value)).toEqual(
      expect.arrayContaining(['blackjack1987', 'khaleesi']),
    );
    expect(entry.identifiers).toContainEqual({
      type: 'national_id',
      value: '210302198701102136',
      country: 'CN',
    });
  });

  it('resolves the nationality and address countries it meets', () => {
    expect(entities.filter((entity) => entity.countries.length > 0).length).toBeGreaterThan(7500);
    // What is left unresolved is places that are not countries (cities, "Region: Kafia Kingi").
    expect([...stats.unmappedCountries.keys()]).not.toContain('Korea, North');
    expect([...stats.unmappedCountries.values()].reduce((a, b) => a + b, 0)).toBeLessThan(60);
  });
});

describe('the real consolidated (non-SDN) list', () => {
  it('reads 442 entities with their own id prefix', async () => {
    const dir = 'ofac-non-sdn';
    const entities = await collect(
      parseOfacCsv(
        {
          primary: watchlistFile(dir, 'cons_prim.csv'),
          aliases: watchlistFile(dir, 'cons_alt.csv'),
          addresses: watchlistFile(dir, 'cons_add.csv'),
          comments: watchlistFile(dir, 'cons_comments.csv'),
        },
        'us_ofac_cons',
      ),
    );
    expect(entities).toHaveLength(442);
    expect(
      entities.every((entity) => entity.id.startsWith('us_ofac_cons:') && entity.source === 'us_ofac_cons'),
    ).toBe(true);
    expect(new Set(entities.flatMap((entity) => entity.programs))).toContain('UKRAINE-EO13662');
  });
});

const ROW = (entNum: number, name: string, type = '-0- ', remarks = '-0-') =>
  `${entNum},"${name}",${type},"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,${remarks === '-0-' ? '-0- ' : `"${remarks}"`}\r\n`;

describe('small OFAC fixtures', () => {
  it('reads alias types and weak marks of alt.csv, and skips the end-of-file byte', async () => {
    const entities = await collect(
      parseOfacCsv(
        {
          primary: textFile('sdn.csv', ROW(1, 'ACME TRADING LLC'), '\u001a'),
          aliases: textFile(
            'alt.csv',
            '1,10,"aka","ACME",-0- \r\n1,11,"fka","ACME OLD",-0- \r\n1,12,"nka","ACME NEW",-0- \r\n1,13,"aka","AC","weak"\r\n\u001a',
          ),
        },
        'us_ofac_sdn',
      ),
    );
    expect(entities[0]?.names.map((name) => [name.value, name.kind])).toEqual([
      ['ACME TRADING LLC', 'primary'],
      ['ACME', 'alias'],
      ['ACME OLD', 'former'],
      ['ACME NEW', 'alias'],
      ['AC', 'weak_alias'],
    ]);
  });

  it('decodes a file written in Windows-1252', async () => {
    const bytes = Buffer.from(ROW(7, 'MU\u00d1OZ, Jos\u00e9', '"individual"'), 'latin1');
    const [entity] = await collect(parseOfacCsv({ primary: textFile('sdn.csv', bytes) }, 'us_ofac_sdn'));
    expect(entity?.names[0]?.value).toBe('MUÑOZ, José');
  });

  it('reads a row split across chunks', async () => {
    const text = ROW(3, 'SPLIT, Row', '"individual"', 'DOB 25 Mar 1973; nationality Iran');
    const [entity] = await collect(
      parseOfacCsv({ primary: textFile('sdn.csv', text.slice(0, 20), text.slice(20)) }, 'us_ofac_sdn'),
    );
    expect(entity).toMatchObject({ birthDates: ['1973-03-25'], countries: ['IR'], schema: 'Person' });
  });

  const failure = async (set: OfacCsvSet): Promise<ListFormatError> => {
    const error = await collect(parseOfacCsv(set, 'us_ofac_sdn')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ListFormatError);
    return error as ListFormatError;
  };

  it('refuses a row with an unclosed quote, naming the file and line', async () => {
    const error = await failure({
      primary: textFile('sdn.csv', ROW(1, 'GOOD'), '2,"BROKEN,-0- ,-0-\r\n3,-0-\r\n'),
    });
    expect(error.file).toBe('sdn.csv');
    expect(error.message).toMatch(/^sdn\.csv, line 2: not valid CSV: Quote Not Closed/);
  });

  it('refuses a stray quote inside a field', async () => {
    const error = await failure({ primary: textFile('sdn.csv', ROW(1, 'GOOD'), '2,"BAD"QUOTE",-0-\r\n') });
    expect(error.message).toMatch(/^sdn\.csv, line 2: not valid CSV: Invalid Closing Quote/);
  });

  it('refuses rows with the wrong number of columns, unknown types, no name or a repeated ent_num', async () => {
    expect((await failure({ primary: textFile('sdn.csv', '1,"SHORT",-0- \r\n') })).message).toBe(
      'sdn.csv, line 1: expected 12 columns, found 3',
    );
    expect((await failure({ primary: textFile('sdn.csv', ROW(1, 'X', '"spaceship"')) })).message).toContain(
      'unknown SDN_Type "spaceship"',
    );
    expect((await failure({ primary: textFile('sdn.csv', ROW(1, '')) })).message).toBe(
      'sdn.csv, line 1 (ent_num 1): the record has no name',
    );
    expect((await failure({ primary: textFile('sdn.csv', ROW(5, 'A'), ROW(5, 'B')) })).message).toBe(
      'sdn.csv, line 2: ent_num 5 appears twice',
    );
    expect(
      (
        await failure({
          primary: textFile('sdn.csv', ROW(1, 'A')),
          aliases: textFile('alt.csv', '1,2,"xyz","B",-0-\r\n'),
        })
      ).message,
    ).toBe('alt.csv, line 1: unknown alt_type "xyz"');
    expect((await failure({ primary: textFile('sdn.csv', '\u001a') })).message).toBe(
      'sdn.csv, the whole file: no records found',
    );
  });
});
