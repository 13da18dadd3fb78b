import { type ListEntity, ListFormatError, type NameKind } from '../list-entity.model.ts';
import { EntityBuilder } from './entity-builder.ts';
import { isoPartialDate, partialDate, yearsBetween } from './list-dates.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';
import { descendants, readXmlRecords, textAt, textsAt, type XmlElement } from './xml-records.ts';

/**
 * The UN Security Council Consolidated List in XML (https://scsanctions.un.org/resources/xml/en/consolidated.xml,
 * schema https://www.un.org/sc/resources/sc-sanctions.xsd): CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL and
 * ENTITIES/ENTITY records.
 */

/** Alias QUALITY: individuals have Good / Low (low quality aliases are "weak"), entities a.k.a. / f.k.a. */
const ALIAS_KINDS: Record<string, NameKind> = {
  good: 'alias',
  low: 'weak_alias',
  'a.k.a.': 'alias',
  'f.k.a.': 'former',
  '': 'alias',
};

export async function* parseUnXml(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  const records = readXmlRecords(file, decodeUtf8(file, gunzipIfNeeded(file)), {
    roots: ['CONSOLIDATED_LIST'],
    isRecord: (name, parent) =>
      (name === 'INDIVIDUAL' && parent === 'INDIVIDUALS') || (name === 'ENTITY' && parent === 'ENTITIES'),
    describe: (partial) => recordIdOf(partial),
  });
  for await (const { element, index } of records) {
    stats.records++;
    const where = `<${element.name}> record ${index} on line ${element.line}`;
    const localId = textAt(element, 'REFERENCE_NUMBER') || textAt(element, 'DATAID');
    if (!localId)
      throw new ListFormatError(file.name, where, 'the record has no REFERENCE_NUMBER and no DATAID');
    const person = element.name === 'INDIVIDUAL';
    const entity = new EntityBuilder('un_sc', localId, person ? 'Person' : 'Organization', stats);
    applyNames(entity, element, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS');
    entity.addProgram(textAt(element, 'UN_LIST_TYPE'));
    entity.listedOn = isoPartialDate(textAt(element, 'LISTED_ON')) ?? null;
    entity.setGender(textAt(element, 'GENDER'));
    for (const nationality of textsAt(element, 'NATIONALITY', 'VALUE')) entity.addCountryName(nationality);
    for (const address of descendants(element, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
      const country = textAt(address, 'COUNTRY');
      entity.addAddress(
        ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE'].map((part) => textAt(address, part)).concat(country),
      );
      entity.addCountryName(country);
    }
    for (const dob of descendants(element, 'INDIVIDUAL_DATE_OF_BIRTH'))
      entity.addBirthDates(unBirthDates(dob));
    for (const document of descendants(element, 'INDIVIDUAL_DOCUMENT')) applyDocument(entity, document);
    for (const designation of textsAt(element, 'DESIGNATION', 'VALUE'))
      entity.addRemark(`Designation: ${designation}`);
    entity.addRemark(textAt(element, 'COMMENTS1'));
    yield entity.build(file.name, `${where} (${localId})`);
  }
  if (stats.records === 0)
    throw new ListFormatError(file.name, 'the whole file', 'no INDIVIDUAL or ENTITY records found');
}

function recordIdOf(partial: XmlElement): string | undefined {
  const reference = textAt(partial, 'REFERENCE_NUMBER');
  if (reference) return reference;
  const dataId = textAt(partial, 'DATAID');
  return dataId ? `DATAID ${dataId}` : undefined;
}

function applyNames(entity: EntityBuilder, element: XmlElement, aliasElement: string): void {
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((part) =>
    textAt(element, part),
  );
  entity.addName(parts.filter(Boolean).join(' '), 'primary');
  entity.addName(textAt(element, 'NAME_ORIGINAL_SCRIPT'), 'original_script');
  for (const alias of descendants(element, aliasElement)) {
    const quality = textAt(alias, 'QUALITY').toLowerCase();
    // A quality the schema does not list is read as a plain alias: screening errs towards matching.
    entity.addName(textAt(alias, 'ALIAS_NAME'), ALIAS_KINDS[quality] ?? 'alias');
    // Some aliases carry their own date of birth (an identity used with another birth date).
    entity.addBirthDates([isoPartialDate(textAt(alias, 'DATE_OF_BIRTH'))]);
  }
}

/** TYPE_OF_DATE EXACT or APPROXIMATELY with DATE or YEAR; BETWEEN with FROM_YEAR and TO_YEAR (each year). */
function unBirthDates(dob: XmlElement): Array<string | undefined> {
  const from = textAt(dob, 'FROM_YEAR');
  const to = textAt(dob, 'TO_YEAR');
  if (from && to) return yearsBetween(Number(from), Number(to));
  const year = textAt(dob, 'YEAR');
  return [isoPartialDate(textAt(dob, 'DATE')), year ? partialDate(Number(year)) : undefined];
}

function applyDocument(entity: EntityBuilder, document: XmlElement): void {
  const type = textAt(document, 'TYPE_OF_DOCUMENT');
  const number = textAt(document, 'NUMBER');
  if (!number) return;
  const country = entity.countryOf(
    textAt(document, 'ISSUING_COUNTRY') || textAt(document, 'COUNTRY_OF_ISSUE'),
  );
  // Types are free text, in English and sometimes Spanish or French ("Número de pasaporte").
  const kind = /pass|pasaporte/i.test(type)
    ? 'passport'
    : /national|identi/i.test(type)
      ? 'national_id'
      : 'other';
  entity.addIdentifier(kind, number, country);
}
