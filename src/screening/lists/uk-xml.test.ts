import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { collect, textFile, watchlistFile } from './list-fixtures.ts';
import { UK_XML_FIXTURE } from './uk-fixtures.ts';
import { parseUkXml } from './uk-xml.ts';

describe('the real UK Sanctions List sample', async () => {
  const entities = await collect(
    parseUkXml(watchlistFile('uk', 'Asapsobi__aml-checker-v1__tests_fixtures_lists_uk_sample.xml')),
  );

  it('reads its 3 designations', () => {
    expect(entities.map((entity) => entity.id)).toEqual([
      'gb_hmt:GHR0190',
      'gb_hmt:RUS3602',
      'gb_hmt:AFG0001',
    ]);
    expect(entities.every((entity) => entity.schema === 'Organization')).toBe(true);
  });

  it('reads primary name variations as aliases, and the LEI among registration numbers', () => {
    const exmo = entities[1];
    expect(exmo?.names[0]).toEqual({ value: 'EXMO EXCHANGE LIMITED', kind: 'primary', lang: null });
    expect(exmo?.names.slice(1).every((name) => name.kind === 'alias')).toBe(true);
    expect(exmo?.names).toHaveLength(8);
    expect(exmo?.identifiers).toContainEqual({ type: 'lei', value: '984500B899H9EED3B354', country: null });
    expect(exmo?.identifiers).toContainEqual({ type: 'registration', value: '11655602', country: null });
    expect(exmo).toMatchObject({
      countries: ['GB'],
      listedOn: '2026-05-26',
      programs: ['The Russia (Sanctions) (EU Exit) Regulations 2019'],
    });
  });

  it('reads the non-Latin name, aliases and address countries of a UN designation', () => {
    const hawala = entities[2];
    expect(hawala?.names).toContainEqual({
      value: 'حاجی خيرالله و حاجی ستار صرافی',
      kind: 'original_script',
      lang: null,
    });
    expect(hawala?.names.filter((name) => name.kind === 'alias')).toHaveLength(8);
    expect(hawala?.countries).toEqual(['AE', 'AF', 'IR']);
    expect(hawala?.addresses).toHaveLength(16);
    expect(hawala?.remarks).toContain('UN reference number: TAe.010');
  });
});

describe('UK XML persons and ships', () => {
  it('reads names, alias strength, birth dates, nationality, documents, IMO and flag', async () => {
    const [person, ship] = await collect(parseUkXml(textFile('uk.xml', UK_XML_FIXTURE)));
    expect(person).toMatchObject({
      id: 'gb_hmt:RUS9001',
      schema: 'Person',
      names: [
        { value: 'Ivan Ivanovich PETROV', kind: 'primary', lang: null },
        { value: 'Ivan PETROFF', kind: 'alias', lang: null },
        { value: 'Vanya', kind: 'weak_alias', lang: null },
        { value: 'IVAN PETROV', kind: 'alias', lang: null },
        { value: 'Иван Иванович ПЕТРОВ', kind: 'original_script', lang: 'ru' },
      ],
      birthDates: ['1973-03-25', '1974'],
      countries: ['RU'],
      gender: 'male',
      identifiers: [
        { type: 'passport', value: '720000001', country: null },
        { type: 'national_id', value: '770000000001', country: null },
      ],
      listedOn: '2022-03-15',
    });
    expect(ship).toMatchObject({
      id: 'gb_hmt:RUS9002',
      schema: 'Vessel',
      identifiers: [{ type: 'imo', value: '9876543', country: null }],
      countries: ['GA'],
    });
  });

  it('refuses a truncated file, unknown designation types and designations without UniqueID', async () => {
    const failure = async (text: string) => {
      const error = await collect(parseUkXml(textFile('uk.xml', text))).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ListFormatError);
      return (error as ListFormatError).message;
    };
    expect(await failure(UK_XML_FIXTURE.slice(0, UK_XML_FIXTURE.indexOf('<ShipDetails>')))).toMatch(
      /^uk\.xml, line \d+, in <Designation> record 2 \(RUS9002\) that starts on line \d+: unclosed tag/,
    );
    expect(
      await failure(UK_XML_FIXTURE.replace('<IndividualEntityShip>Ship', '<IndividualEntityShip>Submarine')),
    ).toBe('uk.xml, <Designation> record 2 on line 40 (RUS9002): unknown designation type "Submarine"');
    expect(await failure('<Designations><Designation><Names/></Designation></Designations>')).toBe(
      'uk.xml, <Designation> record 1 on line 1: the Designation has no UniqueID',
    );
  });
});
