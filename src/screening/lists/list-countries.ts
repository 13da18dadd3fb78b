import { COUNTRY_CODES, toCountryCode } from '../../platform/reference/countries.ts';

/**
 * Country values as the list publishers write them, resolved to ISO 3166-1 alpha-2. The platform's table
 * (Intl English names and common short forms) knows "Iran" and "Russia"; the lists also write UN official
 * names ("Iran (Islamic Republic of)", "Syrian Arab Republic"), OFAC's inverted names ("Korea, North",
 * "Virgin Islands, British"), older names ("Burma") and, in nationality fields, demonyms ("Palestinian").
 */

// UN official names: UN Terminology Database (UNTERM) short names as printed in the Security Council list.
const UN_NAMES: Record<string, string> = {
  "democratic people's republic of korea": 'KP',
  'republic of korea': 'KR',
  'democratic republic of the congo': 'CD',
  'congo, democratic republic of the': 'CD',
  'congo (democratic republic)': 'CD',
  'republic of the congo': 'CG',
  congo: 'CG',
  'united republic of tanzania': 'TZ',
  'syrian arab republic': 'SY',
  "lao people's democratic republic": 'LA',
  'republic of moldova': 'MD',
  'state of palestine': 'PS',
  'occupied palestinian territory': 'PS',
  'united kingdom of great britain and northern ireland': 'GB',
  'china, hong kong special administrative region': 'HK',
  'china, macao special administrative region': 'MO',
  'brunei darussalam': 'BN',
  'holy see': 'VA',
  'cabo verde': 'CV',
};

// Names OFAC, the UK and trade.gov use that neither Intl nor UNTERM gives.
const OTHER_NAMES: Record<string, string> = {
  burma: 'MM',
  'korea, north': 'KP',
  'korea, south': 'KR',
  'north korea': 'KP',
  'south korea': 'KR',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  palestine: 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'ivory coast': 'CI',
  'czech republic': 'CZ',
  swaziland: 'SZ',
  macedonia: 'MK',
  'the former yugoslav republic of macedonia': 'MK',
  'east timor': 'TL',
  vatican: 'VA',
  'kyrgyz republic': 'KG',
  'slovak republic': 'SK',
  'the gambia': 'GM',
  'the bahamas': 'BS',
  'united states': 'US',
  'cote d ivoire': 'CI',
  'saint vincent and the grenadines': 'VC',
  // OFAC writes "Region: Crimea"; the region is part of Ukraine (UN General Assembly resolution 68/262).
  crimea: 'UA',
};

/** Values that say the country is not known; they are dropped without being reported as unmapped. */
const NOT_A_COUNTRY = new Set([
  'undetermined',
  'none identified',
  'unknown',
  'na',
  'n/a',
  'not available',
  '00',
]);

export function isUnknownCountry(value: string): boolean {
  return NOT_A_COUNTRY.has(value.trim().toLowerCase());
}

// Nationality fields sometimes hold a demonym instead of a country name.
const DEMONYMS: Record<string, string> = {
  afghan: 'AF',
  algerian: 'DZ',
  american: 'US',
  belarusian: 'BY',
  british: 'GB',
  burmese: 'MM',
  chinese: 'CN',
  colombian: 'CO',
  cuban: 'CU',
  egyptian: 'EG',
  emirati: 'AE',
  french: 'FR',
  german: 'DE',
  indian: 'IN',
  indonesian: 'ID',
  iranian: 'IR',
  iraqi: 'IQ',
  israeli: 'IL',
  jordanian: 'JO',
  kuwaiti: 'KW',
  lebanese: 'LB',
  libyan: 'LY',
  mexican: 'MX',
  moroccan: 'MA',
  nicaraguan: 'NI',
  nigerian: 'NG',
  'north korean': 'KP',
  pakistani: 'PK',
  palestinian: 'PS',
  qatari: 'QA',
  russian: 'RU',
  rwandan: 'RW',
  saudi: 'SA',
  somali: 'SO',
  sudanese: 'SD',
  syrian: 'SY',
  tunisian: 'TN',
  turkish: 'TR',
  ukrainian: 'UA',
  venezuelan: 'VE',
  yemeni: 'YE',
};

let byKey: Map<string, string> | undefined;
function countryByKey(): Map<string, string> {
  if (!byKey) {
    byKey = new Map();
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = english.of(code);
      if (!name) continue;
      byKey.set(keyOf(name), code);
      byKey.set(keyOf(name.replace(/\s*\([^)]*\)/g, '')), code);
    }
    for (const table of [UN_NAMES, OTHER_NAMES, DEMONYMS]) {
      for (const [name, code] of Object.entries(table)) byKey.set(keyOf(name), code);
    }
  }
  return byKey;
}

/** Lower case, no accents or punctuation, "&" as "and", "St." as "Saint": "Côte d’Ivoire" → "cote divoire". */
function keyOf(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\.\s*/g, 'saint ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A country name (never a bare code: "NA" in a UN name field means "not available", not Namibia). Tries the
 * value as written, then OFAC's inverted form ("Korea, North" → "North Korea"), then without a parenthesis
 * ("Iran (Islamic Republic of)" → "Iran") and without a leading "The".
 */
export function countryFromName(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim().replace(/^Region:\s*/i, '');
  if (!trimmed || trimmed.length <= 2) return undefined;
  // Lists repeat the same few hundred values thousands of times.
  if (resolved.has(trimmed)) return resolved.get(trimmed);
  if (resolved.size > 10_000) resolved.clear();
  const code = resolveName(trimmed);
  resolved.set(trimmed, code);
  return code;
}

const resolved = new Map<string, string | undefined>();

function resolveName(trimmed: string): string | undefined {
  const table = countryByKey();
  const candidates = [trimmed];
  const comma = trimmed.match(/^([^,]+),\s*([^,]+)$/);
  if (comma?.[1] && comma[2]) candidates.push(`${comma[2]} ${comma[1]}`);
  candidates.push(trimmed.replace(/\s*\([^)]*\)/g, ''));
  for (const candidate of candidates) {
    const key = keyOf(candidate);
    const code = table.get(key) ?? table.get(key.replace(/^the /, '')) ?? toCountryCode(candidate);
    if (code) return code;
  }
  return undefined;
}

/** An ISO 3166-1 alpha-2 code in any case ("ir", "IR"); anything else is undefined. */
export function countryFromCode(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  return code && code.length === 2 && COUNTRY_CODES.has(code) ? code : undefined;
}

/** A code when the value is two letters, a name otherwise (trade.gov's CSL mixes both). */
export function countryFromCodeOrName(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return trimmed.length === 2 ? countryFromCode(trimmed) : countryFromName(trimmed);
}
