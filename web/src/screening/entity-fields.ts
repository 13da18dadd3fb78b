import type { ListEntity } from '../api/screening.types.ts';
import { getCountryName } from '../suppliers/countries.ts';

export interface EntityField {
  key: string;
  label: string;
  values: string[];
}

const nameKindLabels: Record<string, string> = {
  primary: 'primary',
  alias: 'alias',
  weak_alias: 'weak alias',
  former: 'former name',
  original_script: 'original script',
};

const identifierLabels: Record<string, string> = {
  imo: 'IMO',
  mmsi: 'MMSI',
  call_sign: 'Call sign',
  lei: 'LEI',
  swift: 'SWIFT/BIC',
  passport: 'Passport',
  national_id: 'National ID',
  registration: 'Registration',
  tax: 'Tax number',
  aircraft_registration: 'Aircraft registration',
  other: 'Other',
};

/** A listed entity as rows a reviewer reads: names with their kind, dates, countries, identifiers, programmes. */
export function toEntityFields(entity: ListEntity): EntityField[] {
  return [
    {
      key: 'names',
      label: 'Names',
      values: entity.names.map(
        (name) =>
          `${name.value} (${nameKindLabels[name.kind] ?? name.kind}${name.lang ? `, ${name.lang}` : ''})`,
      ),
    },
    { key: 'schema', label: 'Kind', values: [entity.schema] },
    { key: 'birthDates', label: 'Dates of birth', values: entity.birthDates },
    {
      key: 'countries',
      label: 'Countries',
      values: entity.countries.map((code) => `${getCountryName(code)} (${code})`),
    },
    {
      key: 'identifiers',
      label: 'Identifiers',
      values: entity.identifiers.map(
        (id) => `${identifierLabels[id.type] ?? id.type} ${id.value}${id.country ? ` (${id.country})` : ''}`,
      ),
    },
    { key: 'programs', label: 'Programmes', values: entity.programs },
    { key: 'gender', label: 'Gender', values: entity.gender ? [entity.gender] : [] },
    { key: 'addresses', label: 'Addresses', values: entity.addresses },
    { key: 'listedOn', label: 'Listed on', values: entity.listedOn ? [entity.listedOn] : [] },
    { key: 'remarks', label: 'Remarks', values: entity.remarks ? [entity.remarks] : [] },
  ];
}

export interface FieldChange {
  key: string;
  label: string;
  before: string[] | null;
  after: string[] | null;
  changed: boolean;
}

/** The two sides of a listed entity field by field; a side that does not exist is null. */
export function compareEntities(before: ListEntity | null, after: ListEntity | null): FieldChange[] {
  const beforeFields = before ? toEntityFields(before) : null;
  const afterFields = after ? toEntityFields(after) : null;
  const template = afterFields ?? beforeFields ?? [];
  return template.map((field, index) => {
    const b = beforeFields?.[index]?.values ?? null;
    const a = afterFields?.[index]?.values ?? null;
    return {
      key: field.key,
      label: field.label,
      before: b,
      after: a,
      changed: JSON.stringify(b) !== JSON.stringify(a),
    };
  });
}
