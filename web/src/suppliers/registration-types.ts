import { type RegistrationType, registrationTypes } from '../api/suppliers.types.ts';

export const registrationTypeLabels: Record<RegistrationType, string> = {
  uscc: 'USCC — CN unified social credit code',
  ein: 'EIN — US employer identification number',
  vat: 'VAT number',
  eori: 'EORI number',
  crn: 'CRN — UK Companies House',
  hrb: 'HRB — DE Handelsregister',
  siren: 'SIREN — FR',
  ogrn: 'OGRN — RU',
  inn: 'INN — RU',
  gstin: 'GSTIN — IN',
  cnpj: 'CNPJ — BR',
  abn: 'ABN — AU',
  other: 'Other',
};

export const registrationTypeOptions = registrationTypes.map((type) => ({
  value: type,
  label: registrationTypeLabels[type],
}));

export function isRegistrationType(value: string | null | undefined): value is RegistrationType {
  return registrationTypes.some((type) => type === value);
}
