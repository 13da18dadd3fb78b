import { type ListSource, listSources } from '../api/screening.types.ts';

export const listSourceLabels: Record<ListSource, string> = {
  us_ofac_sdn: 'OFAC SDN (US)',
  us_ofac_cons: 'OFAC non-SDN (US)',
  us_csl: 'Consolidated Screening List (US)',
  un_sc: 'UN Security Council',
  eu_fsf: 'EU Financial Sanctions',
  gb_hmt: 'UK Sanctions List',
  opensanctions: 'OpenSanctions',
  senzing: 'Senzing sample',
};

export function isListSource(value: string | null | undefined): value is ListSource {
  return listSources.some((source) => source === value);
}

/** "UN Security Council"; an unknown source (a newer server) shows as it is. */
export function getListLabel(source: string): string {
  return isListSource(source) ? listSourceLabels[source] : source;
}

export const listSourceOptions = listSources.map((source) => ({
  value: source,
  label: listSourceLabels[source],
}));
