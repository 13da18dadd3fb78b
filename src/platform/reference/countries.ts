// ISO 3166-1 alpha-2, the 249 officially assigned codes (ISO 3166 Maintenance Agency, "Officially assigned
// code elements"). Kosovo (XK) is a user-assigned code in use by the EU and others; accepted for suppliers.
const ASSIGNED =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

export const COUNTRY_CODES: ReadonlySet<string> = new Set([...ASSIGNED.split(' '), 'XK']);

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "germany", "Germany", "DE", "de" all give "DE"; unknown values give undefined. */
export function toCountryCode(value: string): string | undefined {
  const trimmed = value.trim();
  const code = trimmed.toUpperCase();
  if (COUNTRY_CODES.has(code)) return code;
  // Two-letter short forms that are not codes ("UK") are looked up as names.
  return countryByName().get(trimmed.toLowerCase());
}

let byName: Map<string, string> | undefined;
function countryByName(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const code of COUNTRY_CODES) {
      const name = englishNames.of(code);
      if (name) byName.set(name.toLowerCase(), code);
    }
    // Common short forms found in supplier files.
    for (const [name, code] of [
      ['usa', 'US'],
      ['united states of america', 'US'],
      ['uk', 'GB'],
      ['great britain', 'GB'],
      ['england', 'GB'],
      ['prc', 'CN'],
      ["people's republic of china", 'CN'],
      ['south korea', 'KR'],
      ['republic of korea', 'KR'],
      ['russia', 'RU'],
      ['russian federation', 'RU'],
      ['vietnam', 'VN'],
      ['viet nam', 'VN'],
      ['turkey', 'TR'],
      ['türkiye', 'TR'],
      ['uae', 'AE'],
    ] as const) {
      byName.set(name, code);
    }
  }
  return byName;
}

export function countryName(code: string): string {
  return englishNames.of(code) ?? code;
}
