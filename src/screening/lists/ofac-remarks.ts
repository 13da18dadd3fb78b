import type { EntityBuilder } from './entity-builder.ts';
import { englishDate, rangeDates } from './list-dates.ts';
import { imoDigits, matchIdentifierLabel, splitIdentifierValue } from './ofac-identifiers.ts';

/**
 * Facts OFAC writes into the free-text Remarks column of its legacy files (SDN data specification, "Remarks"):
 * parts separated by "; ", each a label and a value, "alt. " before a second value of the same label.
 *
 * Weak aliases: in the delimited files OFAC puts weak a.k.a.s in the remarks, not in alt.csv (OFAC FAQ 123,
 * "Where can I find weak aliases"; recent action of 13 June 2012, "weak aliases in the remarks fields of the
 * fixed-width and delimited files"). So "a.k.a. 'BNC'" in the remarks is a weak alias, "f.k.a." a former name.
 */
export function applyOfacRemarks(entity: EntityBuilder, remarks: string): void {
  for (const raw of remarks.split(';')) {
    const part = raw
      .trim()
      .replace(/\.$/, '')
      .replace(/^alt\.\s+/, '');
    if (!part) continue;
    applyPart(entity, part);
  }
}

function applyPart(entity: EntityBuilder, part: string): void {
  const named = part.match(/^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s+(.+)$/);
  if (named?.[1] && named[2]) {
    entity.addName(unquote(named[2]), named[1] === 'f.k.a.' ? 'former' : 'weak_alias');
    return;
  }
  const dob = part.match(/^DOB\s+(.+)$/);
  if (dob?.[1]) {
    entity.addBirthDates(ofacBirthDates(dob[1]));
    return;
  }
  const country = part.match(/^(?:nationality|citizen|Nationality of Registration)\s+(.+)$/);
  if (country?.[1]) {
    entity.addCountryName(country[1]);
    return;
  }
  const gender = part.match(/^Gender\s+(Male|Female)$/i);
  if (gender?.[1]) {
    entity.setGender(gender[1]);
    return;
  }
  const label = matchIdentifierLabel(part);
  if (!label) return;
  const { value, country: issuer } = splitIdentifierValue(label.rest);
  if (label.type === 'imo') {
    entity.addIdentifier('imo', imoDigits(value));
    return;
  }
  entity.addIdentifier(label.type, value, issuer ? entity.countryOf(issuer) : null);
}

/**
 * "25 Mar 1973", "Mar 1973", "1973", "circa 1958", "1950 to 1952", "01 Jan 1961 to 31 Dec 1963",
 * "circa 1958-1960". A circa year is kept as the year: the matcher decides how near is near enough.
 */
export function ofacBirthDates(spec: string): string[] {
  const text = spec.trim().replace(/^circa\s+/i, '');
  const range = text.split(/\s+to\s+|(?<=^\d{4})-(?=\d{4}$)/);
  if (range.length === 2 && range[0] && range[1]) {
    const from = englishDate(range[0]);
    const to = englishDate(range[1]);
    return from && to ? rangeDates(from, to) : [];
  }
  const date = englishDate(text);
  return date ? [date] : [];
}

/** 'BNC' → BNC (OFAC quotes names in remarks with apostrophes, which names themselves also contain). */
function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.startsWith("'") && trimmed.endsWith("'") && trimmed.length > 1
    ? trimmed.slice(1, -1)
    : trimmed;
}
