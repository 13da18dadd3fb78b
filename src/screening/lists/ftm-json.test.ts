import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { parseFtmDelta, parseFtmJson } from './ftm-json.ts';
import { createParseStats, type ListFile } from './list-file.ts';
import { collect, textFile, watchlistFile } from './list-fixtures.ts';

describe('real OpenSanctions FtM files', () => {
  it('t1 (full form): the 4 persons and 2 organizations, not the address', async () => {
    const stats = createParseStats();
    const entities = await collect(parseFtmJson(watchlistFile('ftm', 't1', 'entities.ftm.json'), stats));
    expect(stats).toMatchObject({ records: 7, entities: 6, skipped: 1 });
    expect(entities.map((entity) => entity.schema).sort()).toEqual([
      'Organization',
      'Organization',
      'Person',
      'Person',
      'Person',
      'Person',
    ]);
    const person = entities.find((entity) => entity.id === 'opensanctions:NK-2Ka3UvopqbpZmVDFjWd4LA');
    expect(person).toMatchObject({
      source: 'opensanctions',
      birthDates: ['1971-01-22'],
      countries: ['RU'],
      gender: 'male',
      programs: ['eu_fsf'],
    });
    expect(person?.names[0]).toEqual({ value: 'Vitaly Yurievich KUZMENKO', kind: 'primary', lang: null });
    // Given and family names are paired within one script, never across scripts.
    const values = person?.names.map((name) => name.value);
    expect(values).toEqual(
      expect.arrayContaining(['Виталий Юрьевич КУЗЬМЕНКО', 'Vitaly KUZMENKO', 'Виталий КУЗЬМЕНКО']),
    );
    expect(values).not.toContain('Vitaly КУЗЬМЕНКО');
    const org = entities.find((entity) => entity.id === 'opensanctions:NK-2GdmHtZTeNXjNVrBGEXZNj');
    expect(org?.names).toHaveLength(12);
    expect(org?.names[0]).toEqual({ value: 'RAB „Inter Tobacco“', kind: 'primary', lang: null });
    expect(org?.identifiers).toEqual([{ type: 'registration', value: '808000714', country: null }]);
    expect(org?.countries).toEqual(['BY']);
  });

  it('zala (multi-script names): 11 companies and 6 persons of 91 records', async () => {
    const stats = createParseStats();
    const entities = await collect(parseFtmJson(watchlistFile('ftm', 'zala', 'entities.ftm.json'), stats));
    expect(entities).toHaveLength(17);
    expect(stats.skipped).toBe(74);
    expect(entities.filter((entity) => entity.schema === 'Company')).toHaveLength(11);
    const withWeak = entities.filter((entity) => entity.names.some((name) => name.kind === 'weak_alias'));
    expect(withWeak).toHaveLength(1);
    expect(entities.flatMap((entity) => entity.identifiers).some((id) => id.type === 'passport')).toBe(true);
  });

  it('parteispenden (minimal form): 56 companies, 22 persons, 18 organizations', async () => {
    const entities = await collect(parseFtmJson(watchlistFile('ftm', 'parteispenden', 'entities.ftm.json')));
    expect(entities).toHaveLength(96);
    expect(
      entities.find((entity) => entity.id === 'opensanctions:6d03aec76fdeec8f9697d8b19954ab6fc2568bc8')
        ?.names,
    ).toEqual([{ value: 'MLPD', kind: 'primary', lang: null }]);
  });

  it('reads delta files as upserts and deletes', async () => {
    const changes = [];
    for (const version of [
      '20240527194702-wnk',
      '20240528014702-pfh',
      '20240528074703-npf',
      '20240528134729-3iv',
    ]) {
      for await (const change of parseFtmDelta(watchlistFile('ftm', 't2', version, 'entities.delta.json'))) {
        changes.push(change.op === 'delete' ? `delete ${change.id}` : `upsert ${change.entity.id}`);
      }
    }
    expect(changes).toEqual([
      'upsert opensanctions:NK-2T3S8Hu29ktYnKSTgQp2wL',
      'upsert opensanctions:NK-2sJaJRaPJcWUfMbHjTtWcL',
      'upsert opensanctions:NK-500Poltergeist',
      'upsert opensanctions:NK-2T3S8Hu29ktYnKSTgQp2wL',
      'delete opensanctions:NK-500Poltergeist',
      'upsert opensanctions:Q4365364',
    ]);
  });
});

describe('FtM details and malformed files', () => {
  const line = (entity: object) => JSON.stringify(entity);

  it('maps Airplane to Aircraft, identifiers and previous names', async () => {
    const [plane, vessel] = await collect(
      parseFtmJson(
        textFile(
          'e.json',
          `${line({ id: 'a1', schema: 'Airplane', properties: { name: ['EP-ABC'], registrationNumber: ['EP-ABC'], previousName: ['OLD'] } })}\n`,
          `${line({ id: 'v1', schema: 'Vessel', properties: { name: ['SEA'], imoNumber: ['IMO9187629'], flag: ['pa'], weakAlias: ['S'] } })}\n`,
        ),
      ),
    );
    expect(plane).toMatchObject({
      schema: 'Aircraft',
      identifiers: [{ type: 'aircraft_registration', value: 'EP-ABC' }],
      names: [
        { value: 'EP-ABC', kind: 'primary' },
        { value: 'OLD', kind: 'former' },
      ],
    });
    expect(vessel).toMatchObject({ identifiers: [{ type: 'imo', value: '9187629' }], countries: ['PA'] });
    expect(vessel?.names[1]).toEqual({ value: 'S', kind: 'weak_alias', lang: null });
  });

  it('builds a person name from first and last names when no name is given', async () => {
    const [person] = await collect(
      parseFtmJson(
        textFile(
          'e.json',
          line({ id: 'p', schema: 'Person', properties: { firstName: ['Anna'], lastName: ['Berg'] } }),
        ),
      ),
    );
    expect(person?.names).toEqual([{ value: 'Anna Berg', kind: 'primary', lang: null }]);
  });

  it('refuses a line that is not JSON, a record that is not FtM, a party without a name', async () => {
    const failure = async (
      text: string,
      parse: (file: ListFile) => AsyncIterable<unknown> = parseFtmJson,
    ) => {
      const error = await collect(parse(textFile('entities.ftm.json', text))).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ListFormatError);
      return (error as ListFormatError).message;
    };
    const good = line({ id: 'x', schema: 'Company', properties: { name: ['X'] } });
    expect(
      await failure(`${good}\n\n{"id": "y", "schema": "Company", "properties": {"name": ["Y"]}\n`),
    ).toMatch(/^entities\.ftm\.json, line 3: not valid JSON: /);
    expect(await failure(`${good}\n{"id": "y", "properties": {}}\n`)).toMatch(
      /^entities\.ftm\.json, line 2: not an FtM record: schema /,
    );
    expect(await failure(line({ id: 'z', schema: 'Person', properties: { birthDate: ['1970'] } }))).toBe(
      'entities.ftm.json, line 1 (id z): the record has no name',
    );
    expect(await failure(line({ op: 'REPLACE', entity: { id: 'a' } }), parseFtmDelta)).toMatch(
      /line 1: not an FtM record: op /,
    );
    expect(await failure('')).toBe('entities.ftm.json, the whole file: no entities found');
  });
});
