import type { EntityQuery, EntitySchema, MatchRequest } from '../../api/screening.types.ts';

export const identifierKinds = [
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'taxNumber',
  'imoNumber',
] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export const identifierKindOptions: { value: IdentifierKind; label: string }[] = [
  { value: 'idNumber', label: 'ID number' },
  { value: 'passportNumber', label: 'Passport' },
  { value: 'registrationNumber', label: 'Registration' },
  { value: 'taxNumber', label: 'Tax number' },
  { value: 'imoNumber', label: 'IMO number' },
];

export const schemaOptions: { value: EntitySchema; label: string }[] = [
  { value: 'LegalEntity', label: 'Any party' },
  { value: 'Person', label: 'Person' },
  { value: 'Company', label: 'Company' },
  { value: 'Organization', label: 'Organization' },
  { value: 'Vessel', label: 'Vessel' },
  { value: 'Aircraft', label: 'Aircraft' },
];

export interface SearchFormValues {
  name: string;
  schema: EntitySchema;
  country: string | null;
  birthDate: string;
  identifier: string;
  identifierKind: IdentifierKind;
  threshold: number;
}

export const defaultThreshold = 0.8;

export const emptySearch: SearchFormValues = {
  name: '',
  schema: 'LegalEntity',
  country: null,
  birthDate: '',
  identifier: '',
  identifierKind: 'idNumber',
  threshold: defaultThreshold,
};

/** "1973", "1973-03" or "1973-03-25", as the lists write dates of birth. */
export const birthDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The one query the search sends to POST /api/v1/match; empty optional fields are left out. */
export function toMatchRequest(values: SearchFormValues, limit: number): MatchRequest {
  const properties: EntityQuery['properties'] = { name: [values.name.trim()] };
  if (values.country) properties.country = [values.country];
  if (values.birthDate.trim()) properties.birthDate = [values.birthDate.trim()];
  if (values.identifier.trim()) properties[values.identifierKind] = [values.identifier.trim()];
  return { queries: { search: { schema: values.schema, properties } }, threshold: values.threshold, limit };
}
