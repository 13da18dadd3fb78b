import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { createParseStats } from './list-file.ts';
import { collect, textFile, watchlistFile } from './list-fixtures.ts';
import { parseSenzingJson } from './senzing-json.ts';

describe('real Senzing files', () => {
  it('us_congress (JSON lines, lists of attributes): 1,319 records, 1,317 persons and 2 positions', async () => {
    const stats = createParseStats();
    const entities = await collect(
      parseSenzingJson(watchlistFile('senzing', 'us_congress_senzing.json'), stats),
    );
    expect(stats).toMatchObject({ records: 1319, entities: 1317, skipped: 2 });
    expect(entities).toHaveLength(1317);
    expect(entities.some((entity) => entity.names[0]?.value === 'United States senator')).toBe(false);
    expect(stats.unmappedCountries.size).toBe(0);
    expect(entities.every((entity) => entity.schema === 'Person' && entity.countries.includes('US'))).toBe(
      true,
    );
    expect(entities[0]).toMatchObject({
      id: 'senzing:OS_US_CONGRESS:NK-AQ4HymsADSK2D63MkyTqfC',
      source: 'senzing',
      names: [{ value: 'Jennifer L. McClellan', kind: 'primary', lang: null }],
      birthDates: ['1972'],
      programs: ['OS_US_CONGRESS'],
    });
    expect(entities.find((entity) => entity.id === 'senzing:OS_US_CONGRESS:Q101198561')?.names).toEqual([
      { value: 'Scott Franklin', kind: 'primary', lang: null },
      { value: 'C. Scott Franklin', kind: 'alias', lang: null },
    ]);
  });

  it('peps (JSON array, flat attributes): persons and an organization', async () => {
    const entities = await collect(parseSenzingJson(watchlistFile('senzing', 'peps_senzing.json')));
    expect(entities.map((entity) => [entity.id, entity.schema, entity.names[0]?.value])).toEqual([
      ['senzing:OPENSANCTIONS_PEP:Q123456', 'Person', 'John Smith'],
      ['senzing:OPENSANCTIONS_PEP:Q789012', 'Person', 'Maria Garcia Lopez'],
      ['senzing:OPENSANCTIONS_PEP:Q345678', 'Organization', 'Ministry of Finance'],
    ]);
    expect(entities[0]).toMatchObject({
      birthDates: ['1965-03-15'],
      countries: ['US'],
      addresses: ['Washington, DC, United States'],
    });
    expect(entities[2]?.countries).toEqual(['DE']);
  });
});

describe('Senzing details and malformed files', () => {
  it('reads usage prefixes and identifiers', async () => {
    const record = {
      DATA_SOURCE: 'WATCH',
      RECORD_ID: 7,
      PRIMARY_NAME_ORG: 'Acme Ltd',
      NAMES: [{ NAME_TYPE: 'ALIAS', NAME_ORG: 'Acme' }],
      IDENTIFIERS: [
        { PASSPORT_NUMBER: 'X1', PASSPORT_COUNTRY: 'Iran' },
        { LEI_NUMBER: '5493001KJTIIGC8Y1R12' },
      ],
    };
    const [entity] = await collect(parseSenzingJson(textFile('s.json', JSON.stringify(record))));
    expect(entity).toMatchObject({
      id: 'senzing:WATCH:7',
      schema: 'Organization',
      names: [
        { value: 'Acme Ltd', kind: 'primary' },
        { value: 'Acme', kind: 'alias' },
      ],
      identifiers: [
        { type: 'passport', value: 'X1', country: 'IR' },
        { type: 'lei', value: '5493001KJTIIGC8Y1R12', country: null },
      ],
    });
  });

  it('refuses records without DATA_SOURCE or name, bad JSON, and an unclosed array', async () => {
    const failure = async (text: string) => {
      const error = await collect(parseSenzingJson(textFile('s.json', text))).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ListFormatError);
      return (error as ListFormatError).message;
    };
    expect(await failure('{"RECORD_ID": "1", "NAME_FULL": "X"}')).toBe(
      's.json, line 1: the record has no DATA_SOURCE or RECORD_ID',
    );
    expect(await failure('{"DATA_SOURCE": "D", "RECORD_ID": "1"}')).toBe(
      's.json, line 1 (RECORD_ID 1): the record has no name',
    );
    expect(
      await failure('{"DATA_SOURCE": "D", "RECORD_ID": "1", "NAME_FULL": "X"}\n{"DATA_SOURCE": '),
    ).toMatch(/^s\.json, line 2: not valid JSON/);
    expect(await failure('[{"DATA_SOURCE": "D", "RECORD_ID": "1", "NAME_FULL": "X"}, ')).toBe(
      's.json, array item 2: the JSON array is not closed (file cut short?)',
    );
    expect(await failure('["just a string"]')).toBe(
      's.json, array item 1: not a Senzing record: expected a JSON object',
    );
  });
});
