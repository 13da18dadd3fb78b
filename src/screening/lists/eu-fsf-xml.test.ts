import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { parseEuFsfXml } from './eu-fsf-xml.ts';
import { collect, textFile, watchlistFile, watchlistPath } from './list-fixtures.ts';

const SAMPLE = 'Asapsobi__aml-checker-v1__tests_fixtures_lists_eu_sample.xml';
const EXCERPT = 'DarkSide666__SanctionsList__src_Resource_ES.php__comment-excerpt.xml';

describe('the real EU Financial Sanctions Files samples', async () => {
  const sample = await collect(parseEuFsfXml(watchlistFile('eu-fsf', SAMPLE)));
  const excerpt = await collect(parseEuFsfXml(watchlistFile('eu-fsf', EXCERPT)));

  it('reads 3 and 2 sanctionEntity records', () => {
    expect(sample.map((entity) => entity.id)).toEqual(['eu_fsf:172907', 'eu_fsf:179375', 'eu_fsf:13']);
    expect(excerpt.map((entity) => entity.id)).toEqual(['eu_fsf:1', 'eu_fsf:207']);
  });

  it('reads Garantex: an enterprise, its programme, address country and wallet remarks', () => {
    expect(sample[0]).toMatchObject({
      source: 'eu_fsf',
      schema: 'Organization',
      names: [{ value: 'Garantex', kind: 'primary', lang: 'en' }],
      programs: ['UKR'],
      countries: ['RU'],
      addresses: ['Presnenskaya embankment 12, Moscow, RUSSIAN FEDERATION'],
      listedOn: '2025-02-24',
    });
    expect(sample[0]?.remarks).toContain('ETH: 0x002471b8A185f9980708d0eAEC5B289714F56f8d');
  });

  it('reads Grinex: a Russian-language alias and identification numbers with their country', () => {
    expect(sample[1]?.names).toEqual([
      { value: 'Grinex', kind: 'primary', lang: 'en' },
      { value: 'Гринекс', kind: 'alias', lang: 'ru' },
    ]);
    expect(sample[1]?.identifiers).toEqual([
      { type: 'tax', value: '02312202410120', country: 'KG' },
      { type: 'registration', value: '311748-3301-OOO', country: 'KG' },
    ]);
    // countryIso2Code="00" (UNKNOWN) addresses add no country.
    expect(sample[1]?.countries).toEqual(['KG']);
  });

  it('reads a person: birth date, citizenship, gender', () => {
    expect(sample[2]).toMatchObject({
      schema: 'Person',
      names: [
        { value: 'Saddam Hussein Al-Tikriti', kind: 'primary' },
        { value: 'Abu Ali', kind: 'alias' },
        { value: 'Abou Ali', kind: 'alias', lang: 'fr' },
      ],
      birthDates: ['1937-04-28'],
      countries: ['IQ'],
      gender: 'male',
      programs: ['IRQ'],
    });
    expect(excerpt[0]?.identifiers).toEqual([{ type: 'passport', value: 'AD001095', country: null }]);
  });

  it('keeps the multilingual aliases of IBDA-C with their languages', () => {
    const ibda = excerpt[1];
    expect(ibda?.names).toHaveLength(19);
    expect(ibda?.names[0]).toEqual({
      value: 'İslami Büyük Doğu Akıncılar Cephesi',
      kind: 'primary',
      lang: null,
    });
    expect(ibda?.names).toContainEqual({
      value: 'Front der islamischen Kämpfer des Großen Ostens',
      kind: 'alias',
      lang: 'de',
    });
    expect(ibda?.names).toContainEqual({
      value: 'Μέγα Ισλαµικό Μέτωπο των Πολεµιστών της Ανατολής',
      kind: 'alias',
      lang: 'el',
    });
    expect(new Set(ibda?.names.map((name) => name.lang))).toEqual(
      new Set([
        null,
        'bg',
        'pt',
        'sl',
        'sk',
        'pl',
        'hu',
        'lt',
        'lv',
        'et',
        'cs',
        'it',
        'de',
        'el',
        'es',
        'fr',
        'ro',
      ]),
    );
  });
});

describe('EU FSF details and malformed files', () => {
  const entity = (body: string) =>
    `<export xmlns="http://eu.europa.ec/fpi/fsd/export"><sanctionEntity logicalId="5"><subjectType code="person"/>${body}</sanctionEntity></export>`;

  it('reads weak aliases, year-only birth dates and IMO numbers', async () => {
    const [person] = await collect(
      parseEuFsfXml(
        textFile(
          'eu.xml',
          entity(
            '<nameAlias wholeName="Ivan Petrov" strong="true"/><nameAlias wholeName="Vanya" strong="false"/>' +
              '<nameAlias firstName="Ivan" lastName="Petroff" wholeName="" strong="true"><remark>Low quality alias</remark></nameAlias>' +
              '<birthdate year="1970" monthOfYear="" dayOfMonth="" birthdate=""/><identification identificationTypeCode="imo" number="IMO 9187629"/>',
          ),
        ),
      ),
    );
    expect(person?.names.map((name) => [name.value, name.kind])).toEqual([
      ['Ivan Petrov', 'primary'],
      ['Vanya', 'weak_alias'],
      ['Ivan Petroff', 'weak_alias'],
    ]);
    expect(person?.birthDates).toEqual(['1970']);
    expect(person?.identifiers).toEqual([{ type: 'imo', value: '9187629', country: null }]);
  });

  it('refuses a truncated file, a record without logicalId and one without names', async () => {
    const xml = readFileSync(watchlistPath('eu-fsf', SAMPLE), 'utf8');
    const failure = async (text: string) => {
      const error = await collect(parseEuFsfXml(textFile('eu.xml', text))).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ListFormatError);
      return (error as ListFormatError).message;
    };
    expect(await failure(xml.slice(0, xml.indexOf('wholeName="Grinex"')))).toMatch(
      /^eu\.xml, line 2\d, in <sanctionEntity> record 2 \(logicalId 179375\) that starts on line 2\d: /,
    );
    expect(
      await failure('<export><sanctionEntity><nameAlias wholeName="X"/></sanctionEntity></export>'),
    ).toBe('eu.xml, <sanctionEntity> record 1 on line 1: the sanctionEntity has no logicalId');
    expect(await failure(entity('<nameAlias wholeName="" firstName=""/>'))).toBe(
      'eu.xml, <sanctionEntity> record 1 on line 1 (logicalId 5): the record has no name',
    );
  });
});
