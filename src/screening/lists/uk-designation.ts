import { type EntitySchema, type ListEntity, ListFormatError, type NameKind } from '../list-entity.model.ts';
import { cleanText, EntityBuilder } from './entity-builder.ts';
import { dayMonthYearDate } from './list-dates.ts';
import type { ParseStats } from './list-file.ts';
import { imoDigits } from './ofac-identifiers.ts';

/**
 * One designation of the UK Sanctions List (FCDO, https://www.gov.uk/government/publications/the-uk-sanctions-list),
 * as both its XML and its CSV export describe it. The two readers fill this shape; one function turns it into
 * a ListEntity, so both exports give the same entity.
 */
export interface UkDesignation {
  uniqueId: string;
  /** IndividualEntityShip (XML) / Designation Type (CSV): Individual, Entity or Ship. */
  kind: string;
  names: UkName[];
  nonLatinNames: Array<{ value: string; language: string }>;
  regimes: string[];
  dateDesignated: string;
  dobs: string[];
  nationalities: string[];
  genders: string[];
  passports: string[];
  nationalIds: string[];
  registrationNumbers: string[];
  imoNumbers: string[];
  flags: string[];
  addresses: Array<{ lines: string[]; country: string }>;
  remarks: string[];
}

export interface UkName {
  /** Name1 .. Name5: given names, or parts of an entity's name. */
  parts: string[];
  /** Name6: the family name, or the whole name of an entity or ship. */
  name6: string;
  /** "Primary Name", "Primary name variation", "Alias" (the list spells them in several casings). */
  type: string;
  /** "Good quality a.k.a", "Low quality a.k.a", or empty. */
  strength: string;
}

export function emptyDesignation(uniqueId: string): UkDesignation {
  return {
    uniqueId,
    kind: '',
    names: [],
    nonLatinNames: [],
    regimes: [],
    dateDesignated: '',
    dobs: [],
    nationalities: [],
    genders: [],
    passports: [],
    nationalIds: [],
    registrationNumbers: [],
    imoNumbers: [],
    flags: [],
    addresses: [],
    remarks: [],
  };
}

const SCHEMAS: Record<string, EntitySchema> = {
  individual: 'Person',
  entity: 'Organization',
  ship: 'Vessel',
};

/** NonLatinScriptLanguage as ISO 639-1, for the languages the list uses. */
const LANGUAGES: Record<string, string> = {
  arabic: 'ar',
  belarusian: 'be',
  bosnian: 'bs',
  bulgarian: 'bg',
  chinese: 'zh',
  greek: 'el',
  hebrew: 'he',
  korean: 'ko',
  persian: 'fa',
  romanian: 'ro',
  russian: 'ru',
  serbian: 'sr',
  turkish: 'tr',
  ukrainian: 'uk',
};

export function buildUkEntity(
  file: string,
  where: string,
  designation: UkDesignation,
  stats: ParseStats,
): ListEntity {
  const record = `${where} (${designation.uniqueId})`;
  const schema = SCHEMAS[cleanText(designation.kind).toLowerCase()];
  if (!schema) throw new ListFormatError(file, record, `unknown designation type "${designation.kind}"`);
  const entity = new EntityBuilder('gb_hmt', designation.uniqueId, schema, stats);
  for (const name of designation.names) {
    entity.addName([...name.parts, name.name6].map(cleanText).filter(Boolean).join(' '), nameKind(name));
  }
  for (const { value, language } of designation.nonLatinNames) {
    entity.addName(value, 'original_script', LANGUAGES[cleanText(language).toLowerCase()] ?? null);
  }
  for (const regime of designation.regimes) entity.addProgram(regime);
  entity.listedOn = dayMonthYearDate(designation.dateDesignated) ?? null;
  entity.addBirthDates(designation.dobs.map(dayMonthYearDate));
  for (const nationality of designation.nationalities) entity.addCountryName(nationality);
  for (const gender of designation.genders) entity.setGender(gender);
  for (const passport of designation.passports) entity.addIdentifier('passport', passport);
  for (const id of designation.nationalIds) entity.addIdentifier('national_id', id);
  for (const text of designation.registrationNumbers) applyRegistration(entity, text);
  for (const imo of designation.imoNumbers) entity.addIdentifier('imo', imoDigits(imo));
  for (const flag of designation.flags) entity.addCountryName(flag);
  for (const address of designation.addresses) {
    entity.addAddress([...address.lines, address.country]);
    entity.addCountryName(address.country);
  }
  for (const remark of designation.remarks) entity.addRemark(remark);
  return entity.build(file, record);
}

function nameKind(name: UkName): NameKind {
  const type = cleanText(name.type).toLowerCase();
  if (type === 'primary name') return 'primary';
  if (/low quality/i.test(name.strength)) return 'weak_alias';
  return 'alias';
}

/**
 * Business registration numbers come as free text, sometimes several labelled lines: "UK Company number -
 * 11655602", "Legal Entity Identifier - 984500B899H9EED3B354". An LEI (ISO 17442: 18 characters and two check
 * digits) is kept as an LEI, anything else as a registration number.
 */
function applyRegistration(entity: EntityBuilder, text: string): void {
  for (const line of text.split(/\r?\n/)) {
    const value = cleanText(line.includes(' - ') ? line.slice(line.lastIndexOf(' - ') + 3) : line);
    if (!value) continue;
    entity.addIdentifier(/^[A-Z0-9]{18}\d{2}$/.test(value) ? 'lei' : 'registration', value);
  }
}
