import { type ListEntity, ListFormatError } from '../list-entity.model.ts';
import { createParseStats, type ListFile, type ParseStats } from './list-file.ts';
import { decodeUtf8, gunzipIfNeeded } from './text-decoding.ts';
import { buildUkEntity, emptyDesignation, type UkDesignation } from './uk-designation.ts';
import { descendants, readXmlRecords, textAt, textsAt, type XmlElement } from './xml-records.ts';

/**
 * The UK Sanctions List in XML (FCDO, UK_Sanctions_List.xml): <Designations> with one <Designation> per
 * listed person, entity or ship.
 */
export async function* parseUkXml(
  file: ListFile,
  stats: ParseStats = createParseStats(),
): AsyncGenerator<ListEntity> {
  const records = readXmlRecords(file, decodeUtf8(file, gunzipIfNeeded(file)), {
    roots: ['Designations'],
    isRecord: (name, parent) => name === 'Designation' && parent === 'Designations',
    describe: (partial) => textAt(partial, 'UniqueID') || undefined,
  });
  for await (const { element, index } of records) {
    stats.records++;
    const where = `<Designation> record ${index} on line ${element.line}`;
    const uniqueId = textAt(element, 'UniqueID');
    if (!uniqueId) throw new ListFormatError(file.name, where, 'the Designation has no UniqueID');
    yield buildUkEntity(file.name, where, designationOf(element, uniqueId), stats);
  }
  if (stats.records === 0)
    throw new ListFormatError(file.name, 'the whole file', 'no Designation records found');
}

function designationOf(element: XmlElement, uniqueId: string): UkDesignation {
  const designation = emptyDesignation(uniqueId);
  designation.kind = textAt(element, 'IndividualEntityShip');
  for (const name of descendants(element, 'Names', 'Name')) {
    designation.names.push({
      parts: ['Name1', 'Name2', 'Name3', 'Name4', 'Name5'].map((part) => textAt(name, part)),
      name6: textAt(name, 'Name6'),
      type: textAt(name, 'NameType'),
      strength: textAt(name, 'AliasStrength'),
    });
  }
  for (const name of descendants(element, 'NonLatinNames', 'NonLatinName')) {
    designation.nonLatinNames.push({
      value: textAt(name, 'NameNonLatinScript'),
      language: textAt(name, 'NonLatinScriptLanguage'),
    });
  }
  designation.regimes = textsAt(element, 'RegimeName');
  designation.dateDesignated = textAt(element, 'DateDesignated');
  const individual = descendants(element, 'IndividualDetails', 'Individual');
  for (const person of individual) {
    designation.dobs.push(...textsAt(person, 'DOBs', 'DOB'));
    designation.nationalities.push(...textsAt(person, 'Nationalities', 'Nationality'));
    designation.genders.push(...textsAt(person, 'Genders', 'Gender'));
    designation.passports.push(...textsAt(person, 'PassportDetails', 'Passport', 'PassportNumber'));
    designation.nationalIds.push(
      ...textsAt(person, 'NationalIdentifierDetails', 'NationalIdentifier', 'NationalIdentifierNumber'),
    );
  }
  designation.registrationNumbers = textsAt(
    element,
    'EntityDetails',
    'Entity',
    'BusinessRegistrationNumbers',
    'BusinessRegistrationNumber',
  );
  for (const ship of descendants(element, 'ShipDetails', 'Ship')) {
    designation.imoNumbers.push(...textsAt(ship, 'IMONumbers', 'IMONumber'));
    designation.flags.push(...textsAt(ship, 'CurrentBelievedFlagOfShips', 'CurrentBelievedFlagOfShip'));
  }
  for (const address of descendants(element, 'Addresses', 'Address')) {
    designation.addresses.push({
      lines: [1, 2, 3, 4, 5, 6]
        .map((n) => textAt(address, `AddressLine${n}`))
        .concat(textAt(address, 'AddressPostalCode')),
      country: textAt(address, 'AddressCountry'),
    });
  }
  const un = textAt(element, 'UNReferenceNumber');
  if (un) designation.remarks.push(`UN reference number: ${un}`);
  designation.remarks.push(
    ...textsAt(element, 'OtherInformation'),
    ...textsAt(element, 'UKStatementofReasons'),
  );
  return designation;
}
