import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { createParseStats } from './list-file.ts';
import { collect, textFile, watchlistFile, watchlistPath } from './list-fixtures.ts';
import { parseUnXml } from './un-xml.ts';

describe('the real UN Security Council Consolidated List', async () => {
  const stats = createParseStats();
  const entities = await collect(parseUnXml(watchlistFile('un', 'UN_consolidated.xml'), stats));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));

  it('reads 730 individuals and 273 entities', () => {
    expect(entities.filter((entity) => entity.schema === 'Person')).toHaveLength(730);
    expect(entities.filter((entity) => entity.schema === 'Organization')).toHaveLength(273);
    expect(byId.size).toBe(1003);
    expect(stats.records).toBe(1003);
    // LISTED_ON is sometimes written with a time zone ("2023-05-01-04:00").
    expect(entities.every((entity) => /^\d{4}-\d{2}-\d{2}$/.test(entity.listedOn ?? ''))).toBe(true);
  });

  it('reads an individual with the name in its original script', () => {
    expect(byId.get('un_sc:IQi.001')).toMatchObject({
      source: 'un_sc',
      schema: 'Person',
      names: [
        { value: 'SADDAM HUSSEIN AL-TIKRITI', kind: 'primary' },
        { value: 'صدام حسين التكريتي', kind: 'original_script' },
        { value: 'Abu Ali', kind: 'weak_alias' },
      ],
      birthDates: ['1937-04-28'],
      countries: ['IQ'],
      programs: ['Iraq'],
      listedOn: '2003-06-27',
    });
  });

  it('reads Good aliases as aliases and Low ones as weak aliases', () => {
    const names = byId.get('un_sc:CDi.003')?.names.map((name) => [name.value, name.kind]);
    expect(names).toEqual([
      ['GASTON IYAMUREMYE', 'primary'],
      ['Rumuli', 'weak_alias'],
      ['Byiringiro Victor Rumuli', 'alias'],
      ['Victor Rumuri', 'alias'],
      ['Michel Byiringiro', 'alias'],
    ]);
  });

  it('reads entity aliases (a.k.a. and f.k.a.) and address countries', () => {
    expect(byId.get('un_sc:CDe.001')).toMatchObject({
      schema: 'Organization',
      names: [
        { value: 'ADF', kind: 'primary' },
        { value: 'Allied Democratic Forces', kind: 'alias' },
        { value: 'Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda', kind: 'former' },
        { value: 'ADF/NALU', kind: 'former' },
        { value: 'NALU', kind: 'former' },
      ],
      countries: ['CD'],
      addresses: ['North Kivu, Democratic Republic of the Congo'],
    });
  });

  it('turns BETWEEN dates into each year, and reads year-only dates', () => {
    const between = entities.find((entity) => entity.birthDates.join() === '1973,1974');
    expect(between).toBeDefined();
    expect(byId.get('un_sc:CDi.001')?.birthDates).toEqual(['1971']);
  });

  it('reads documents with their issuing country', () => {
    const passports = entities.flatMap((entity) => entity.identifiers.filter((id) => id.type === 'passport'));
    expect(passports).toContainEqual({ type: 'passport', value: 'AB850901', country: 'TZ' });
    expect(entities.flatMap((entity) => entity.identifiers).length).toBeGreaterThan(400);
  });

  it('resolves every nationality and address country but "former Soviet Union"', () => {
    expect([...stats.unmappedCountries.keys()]).toEqual(['former Soviet Union']);
  });
});

describe('malformed UN files', () => {
  const xml = readFileSync(watchlistPath('un', 'UN_consolidated.xml'), 'utf8');
  const failure = async (...chunks: string[]) => {
    const error = await collect(parseUnXml(textFile('UN_consolidated.xml', ...chunks))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ListFormatError);
    return (error as ListFormatError).message;
  };

  it('refuses a file cut in the middle of a record, naming the record', async () => {
    const cut = xml.indexOf('<FOURTH_NAME>AL-TIKRITI</FOURTH_NAME>');
    expect(await failure(xml.slice(0, cut))).toMatch(
      /^UN_consolidated\.xml, line 4370, in <INDIVIDUAL> record 79 \(DATAID 6908049\) that starts on line 4364: unclosed tag: INDIVIDUAL$/,
    );
  });

  it('refuses a file cut between two records', async () => {
    const cut = xml.indexOf('<INDIVIDUAL>', 100_000);
    expect(await failure(xml.slice(0, cut))).toMatch(
      /^UN_consolidated\.xml, line \d+: unclosed tag: INDIVIDUALS/,
    );
  });

  it('does not expand entities declared in a DTD ("billion laughs")', async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&lol3;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    expect(await failure(lol)).toMatch(
      /^UN_consolidated\.xml, line 8, in <INDIVIDUAL> record 1 \(DATAID 1\) that starts on line 8: undefined entity/,
    );
    expect(await failure(lol.replace('&lol3;', '&xxe;'))).toMatch(/undefined entity/);
  });

  it('refuses other XML, records without id or name, and a file with no records', async () => {
    expect(await failure('<export><sanctionEntity/></export>')).toMatch(
      /the root element is <export>, expected <CONSOLIDATED_LIST>/,
    );
    expect(
      await failure(
        '<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>',
      ),
    ).toBe(
      'UN_consolidated.xml, <ENTITY> record 1 on line 1: the record has no REFERENCE_NUMBER and no DATAID',
    );
    expect(
      await failure(
        '<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>9</DATAID></ENTITY></ENTITIES></CONSOLIDATED_LIST>',
      ),
    ).toBe('UN_consolidated.xml, <ENTITY> record 1 on line 1 (9): the record has no name');
    expect(await failure('<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>')).toBe(
      'UN_consolidated.xml, the whole file: no INDIVIDUAL or ENTITY records found',
    );
    expect(await failure('')).toMatch(/document must contain a root element/);
  });

  it('reads the list written on one 2 MB line', async () => {
    const oneLine = xml.replace(/\s*\n\s*/g, ' ');
    expect(oneLine.includes('\n')).toBe(false);
    expect(await collect(parseUnXml(textFile('un.xml', oneLine)))).toHaveLength(1003);
  });

  it('reads a record split into one-character chunks', async () => {
    const record =
      '<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>7</DATAID><FIRST_NAME>ACME</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>';
    const [entity] = await collect(parseUnXml(textFile('un.xml', ...record.split(''))));
    expect(entity?.id).toBe('un_sc:7');
  });
});
