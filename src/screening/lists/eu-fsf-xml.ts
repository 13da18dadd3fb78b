import type { EntitySchema, IdentifierType, ListEntity } from '../list-entity.model.ts';
import { ListFormatError } from '../list-entity.model.ts';
import { EntityBuilder } from './entity-builder.ts';
import { countryFromCode } from './list-countries.ts';
import { isoPartialDate, partialDate } from './list-dates.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { imoDigits } from './ofac-identifiers.ts';
import { decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';
import { childrenNamed, readXmlRecords, type XmlElement } from './xml-records.ts';

/**
 * The EU Financial Sanctions Files, XML export 1.1 (webgate.ec.europa.eu/fsd/fsf, xmlFullSanctionsList_1_1;
 * namespace http://eu.europa.ec/fpi/fsd/export): <export> with one <sanctionEntity> per listed party, its
 * facts in attributes of child elements.
 */

const SCHEMAS: Record<string, EntitySchema> = { person: 'Person', enterprise: 'Organization' };

/** identificationTypeCode values of the export (the codes OpenSanctions' eu_fsf crawler maps, plus taxid). */
const IDENTIFICATION_TYPES: Record<string, IdentifierType> = {
  passport: 'passport',
  id: 'national_id',
  ssn: 'national_id',
  nrn: 'national_id',
  nationcert: 'national_id',
  birthcert: 'national_id',
  electionid: 'national_id',
  residentperm: 'national_id',
  drivinglicence: 'national_id',
  travelcardid: 'national_id',
  regnumber: 'registration',
  tradelic: 'registration',
  fiscalcode: 'tax',
  taxid: 'tax',
  swiftbic: 'swift',
  imo: 'imo',
};

export async function* parseEuFsfXml(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  const records = readXmlRecords(file, decodeUtf8(file, gunzipIfNeeded(file)), {
    roots: ['export'],
    isRecord: (name, parent) => name === 'sanctionEntity' && parent === 'export',
    describe: (partial) => idOf(partial),
  });
  for await (const { element, index } of records) {
    stats.records++;
    const where = `<sanctionEntity> record ${index} on line ${element.line}`;
    const logicalId = element.attributes.logicalId?.trim();
    if (!logicalId) throw new ListFormatError(file.name, where, 'the sanctionEntity has no logicalId');
    const subject = childrenNamed(element, 'subjectType')[0]?.attributes.code ?? '';
    const entity = new EntityBuilder('eu_fsf', logicalId, SCHEMAS[subject] ?? 'LegalEntity', stats);
    applyNames(entity, element);
    const published: string[] = [];
    for (const regulation of childrenNamed(element, 'regulation')) {
      entity.addProgram(regulation.attributes.programme);
      const date = isoPartialDate(regulation.attributes.publicationDate);
      if (date) published.push(date);
    }
    entity.listedOn = isoPartialDate(element.attributes.designationDate) ?? published.sort()[0] ?? null;
    for (const birth of childrenNamed(element, 'birthdate')) entity.addBirthDates([birthDateOf(birth)]);
    for (const citizenship of childrenNamed(element, 'citizenship'))
      entity.addCountryIso(citizenship.attributes.countryIso2Code);
    for (const address of childrenNamed(element, 'address')) {
      const a = address.attributes;
      const country = a.countryDescription === 'UNKNOWN' ? '' : a.countryDescription;
      entity.addAddress([a.street, a.poBox, a.zipCode, a.city, a.place, a.region, country]);
      entity.addCountryIso(a.countryIso2Code);
      for (const remark of childrenNamed(address, 'remark')) entity.addRemark(remark.text);
    }
    for (const identification of childrenNamed(element, 'identification'))
      applyIdentification(entity, identification);
    for (const remark of childrenNamed(element, 'remark')) entity.addRemark(remark.text);
    yield entity.build(file.name, `${where} (logicalId ${logicalId})`);
  }
  if (stats.records === 0)
    throw new ListFormatError(file.name, 'the whole file', 'no sanctionEntity records found');
}

function idOf(partial: XmlElement): string | undefined {
  const id = partial.attributes.logicalId;
  return id ? `logicalId ${id}` : undefined;
}

/**
 * Every nameAlias is a name of the party; the export marks none as the main one, so the first strong one is
 * taken as primary. strong="false", or a remark calling the alias "low quality", makes a weak alias.
 */
function applyNames(entity: EntityBuilder, element: XmlElement): void {
  for (const alias of childrenNamed(element, 'nameAlias')) {
    const a = alias.attributes;
    const remark = childrenNamed(alias, 'remark')[0]?.text ?? '';
    const weak = a.strong === 'false' || /\blow quality\b/i.test(remark);
    const whole =
      a.wholeName?.trim() || [a.firstName, a.middleName, a.lastName].filter((part) => part?.trim()).join(' ');
    const kind = weak ? 'weak_alias' : entity.hasName('primary') ? 'alias' : 'primary';
    entity.addName(whole, kind, a.nameLanguage?.trim() || null);
    entity.setGender(a.gender);
    entity.addRemark(a.function);
    // Remarks on a name hold facts such as wallet addresses, or only the alias quality already read above.
    if (!/^\W*(low|good|high) quality\W*$/i.test(remark.trim())) entity.addRemark(remark);
  }
}

function birthDateOf(birth: XmlElement): string | undefined {
  const a = birth.attributes;
  const full = isoPartialDate(a.birthdate);
  if (full) return full;
  const year = Number(a.year);
  return year ? partialDate(year, Number(a.monthOfYear ?? 0), Number(a.dayOfMonth ?? 0)) : undefined;
}

function applyIdentification(entity: EntityBuilder, identification: XmlElement): void {
  const a = identification.attributes;
  const type = IDENTIFICATION_TYPES[(a.identificationTypeCode ?? '').toLowerCase()] ?? 'other';
  const country = countryFromCode(a.countryIso2Code) ?? null;
  const number = a.number?.trim() || a.latinNumber;
  entity.addIdentifier(type, type === 'imo' && number ? imoDigits(number) : number, country);
  if (a.latinNumber?.trim() && a.number?.trim()) entity.addIdentifier(type, a.latinNumber, country);
}
