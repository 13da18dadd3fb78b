/**
 * CAS Registry Numbers and EC numbers carry a check digit; a number that fails it is a typo in the list or in the
 * user's file, and is never matched on.
 *
 * CAS: NNNNNNN-NN-R, R = (sum of the other digits, each times its position counted from the right) mod 10.
 * EC (EINECS/ELINCS/NLP): NNN-NNN-R, R = (sum of the first six digits times 1..6) mod 11 (10 is not issued).
 */
export function isValidCas(value: string): boolean {
  const match = /^(\d{2,7})-(\d{2})-(\d)$/.exec(value);
  if (!match?.[1] || !match[2] || !match[3]) return false;
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i + 1);
  return sum % 10 === Number(match[3]);
}

export function isValidEc(value: string): boolean {
  const match = /^(\d{3})-(\d{3})-(\d)$/.exec(value);
  if (!match?.[1] || !match[2] || !match[3]) return false;
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (i + 1);
  return sum % 11 === Number(match[3]);
}

/** Numbers in a cell ("119738-06-6;200509-41-7", "-"), split into valid CAS, valid EC and invalid ones. */
export function readNumbers(cell: string, kind: 'cas' | 'ec'): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of cell.split(/[;,/\s]+/)) {
    const value = raw.trim();
    if (!/\d/.test(value)) continue;
    if (kind === 'cas' ? isValidCas(value) : isValidEc(value)) valid.push(value);
    else invalid.push(value);
  }
  return { valid, invalid };
}
