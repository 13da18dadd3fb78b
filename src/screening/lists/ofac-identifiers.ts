import type { IdentifierType } from '../list-entity.model.ts';

/**
 * The identifier labels OFAC writes in SDN remarks ("Passport 1084010 (Egypt)") and trade.gov repeats in the
 * CSL "ids" column ("EG, 1084010, Passport"). Labels seen in the SDN and non-SDN files of the shared data
 * folder; anything else stays in the remarks only. Longer labels are tried first ("Company Number IMO" before
 * "Company Number").
 */
const LABELS: ReadonlyArray<readonly [string, IdentifierType]> = [
  // IMO numbers: of the ship, or the IMO's "unique company and registered owner identification number".
  ['Vessel Registration Identification', 'imo'],
  ['International Maritime Organization No.', 'imo'],
  ['Identification Number IMO', 'imo'],
  ['Company Number IMO', 'imo'],
  ['MMSI', 'mmsi'],
  ['SWIFT/BIC', 'swift'],
  ['Aircraft Tail Number', 'aircraft_registration'],
  ['Previous Aircraft Tail Number', 'aircraft_registration'],
  ['Passport', 'passport'],
  ['Diplomatic Passport', 'passport'],
  ['British National Overseas Passport', 'passport'],
  ['Stateless Person Passport', 'passport'],
  ['Travel Document Number', 'passport'],
  ['National ID No.', 'national_id'],
  ['Cedula No.', 'national_id'],
  ['D.N.I.', 'national_id'],
  ['C.U.R.P.', 'national_id'],
  ['SSN', 'national_id'],
  ['Identification Number', 'national_id'],
  ['Personal ID Card', 'national_id'],
  ["Citizen's Card Number", 'national_id'],
  ['Kenyan ID No.', 'national_id'],
  ['Turkish Identification Number', 'national_id'],
  ['Tazkira National ID Card', 'national_id'],
  ['Bosnian Personal ID No.', 'national_id'],
  ['Moroccan Personal ID No.', 'national_id'],
  ['UAE Identification', 'national_id'],
  ['National Foreign ID Number', 'national_id'],
  ['Residency Number', 'national_id'],
  ['Electoral Registry No.', 'national_id'],
  ['Stateless Person ID Card', 'national_id'],
  ['Refugee ID Card', 'national_id'],
  ["Driver's License No.", 'national_id'],
  ['Birth Certificate Number', 'national_id'],
  ['Tax ID No.', 'tax'],
  ['NIT #', 'tax'],
  ['RUC #', 'tax'],
  ['R.F.C.', 'tax'],
  ['RIF #', 'tax'],
  ['V.A.T. Number', 'tax'],
  ['Italian Fiscal Code', 'tax'],
  ['Fiscal Code', 'tax'],
  ['Romanian Tax Registration', 'tax'],
  ['CUIT', 'tax'],
  ['Registration Number', 'registration'],
  ['Registration ID', 'registration'],
  ['Company Number', 'registration'],
  ['UK Company Number', 'registration'],
  ['Commercial Registry Number', 'registration'],
  ['Business Registration Document #', 'registration'],
  ['Business Registration Number', 'registration'],
  ['Business Number', 'registration'],
  ['Folio Mercantil No.', 'registration'],
  ['Matricula Mercantil No', 'registration'],
  ['C.R. No.', 'registration'],
  ['Trade License No.', 'registration'],
  ['Legal Entity Number', 'registration'],
  ['LE Number', 'registration'],
  ['Government Gazette Number', 'registration'],
  ['Public Registration Number', 'registration'],
  ['Chamber of Commerce Number', 'registration'],
  ['Unified Social Credit Code (USCC)', 'registration'],
  ['United Social Credit Code Certificate (USCCC)', 'registration'],
  ['Certificate of Incorporation Number', 'registration'],
  ['Enterprise Number', 'registration'],
  ['Branch Unit Number', 'registration'],
  ['Registered Charity No.', 'registration'],
  ['Dubai Chamber of Commerce Membership No.', 'registration'],
  ['Istanbul Chamber of Comm. No.', 'registration'],
  ['MSB Registration Number', 'registration'],
  ['Central Registration System Number', 'registration'],
  ['D-U-N-S Number', 'other'],
  ["Aircraft Manufacturer's Serial Number (MSN)", 'other'],
  ['Aircraft Construction Number (also called L/N or S/N or F/N)', 'other'],
  ['Aircraft Serial Identification', 'other'],
  ['Aircraft Mode S Transponder Code', 'other'],
  ['Digital Currency Address -', 'other'],
];

const BY_LENGTH = [...LABELS].sort((a, b) => b[0].length - a[0].length);
const EXACT = new Map(LABELS.map(([label, type]) => [label.toLowerCase(), type]));

/** "Passport 1084010 (Egypt)" → the label's type and the text after the label. */
export function matchIdentifierLabel(part: string): { type: IdentifierType; rest: string } | undefined {
  for (const [label, type] of BY_LENGTH) {
    if (part.length > label.length && part.startsWith(label) && part[label.length] === ' ') {
      return { type, rest: part.slice(label.length + 1).trim() };
    }
  }
  return undefined;
}

/** The type for a label given on its own (the last part of a CSL "ids" item). */
export function identifierTypeOfLabel(label: string): IdentifierType | undefined {
  const trimmed = label.trim().toLowerCase();
  if (trimmed.startsWith('digital currency address -')) return 'other';
  return EXACT.get(trimmed);
}

/** "1084010 (Egypt) issued 01 Jan 2000 expires 2005" → number "1084010", country text "Egypt"; "(5777731)" → "5777731". */
export function splitIdentifierValue(rest: string): { value: string; country: string | undefined } {
  const withoutDates = rest
    .replace(/[.;]+$/, '')
    .replace(/,?\s+(?:issued|expires|expired|expiring|Issue Date|Expire Date)\b.*$/i, '')
    .trim();
  const match = withoutDates.match(/^(.+?)\s*\(([^()]+)\)$/);
  const value = (match?.[1] ?? withoutDates).replace(/^\((.*)\)$/, '$1');
  return { value: value.trim(), country: match?.[2]?.trim() };
}

/** An IMO number is seven digits, written with or without the "IMO" prefix ("IMO 9187629", "IMO9562233"). */
export function imoDigits(value: string): string | undefined {
  return value.match(/(?:^|\D)(\d{7})(?:\D|$)/)?.[1];
}
