/** Dates as the lists write them, turned into the partial ISO 8601 dates of ListEntity ("1973", "1973-03", "1973-03-25"). */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** The widest year range expanded into single years; wider ranges say too little to compare birth dates. */
export const MAX_YEAR_RANGE = 30;

/**
 * A year, year-month or full date from numbers; zeros or placeholders in the month or day mean unknown
 * ("1975-00-00" is 1975). Undefined for impossible dates.
 */
export function partialDate(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return undefined;
  const y = String(year);
  if (!month) return y;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const ym = `${y}-${String(month).padStart(2, '0')}`;
  if (!day) return ym;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > last) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/**
 * "1973", "1973-03", "1973-03-25", "1973-03-25T00:00:00Z", "2023-05-01-04:00" (XML Schema date with a time
 * zone), "1975-00-00": the date part, zeros dropped.
 */
export function isoPartialDate(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\sZ]|[+-]\d{2}:?\d{2}$)/);
  if (!match) return undefined;
  return partialDate(Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0));
}

/** "25/03/1973", "dd/03/1973", "00/00/1973" (the UK list masks unknown parts with dd, mm or zeros). */
export function dayMonthYearDate(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{1,2}|dd)\/(\d{1,2}|mm)\/(\d{4})$/i);
  if (!match) return undefined;
  const day = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : 0;
  const month = /^\d+$/.test(match[2] ?? '') ? Number(match[2]) : 0;
  return partialDate(Number(match[3]), month, month ? day : 0);
}

/** "25 Mar 1973", "Mar 1973", "1973" as OFAC writes them. */
export function englishDate(value: string): string | undefined {
  const match = value.trim().match(/^(?:(\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\d{4})$/);
  if (!match) return undefined;
  const month = match[2] ? MONTHS[match[2].toLowerCase()] : 0;
  if (month === undefined) return undefined;
  return partialDate(Number(match[3]), month, match[1] ? Number(match[1]) : 0);
}

/** Every year from one to the other, when the range is sensible. */
export function yearsBetween(from: number, to: number): string[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > MAX_YEAR_RANGE) return [];
  const years: string[] = [];
  for (let year = from; year <= to; year++) {
    const iso = partialDate(year);
    if (iso) years.push(iso);
  }
  return years;
}

/**
 * A range of two dates, as the birth dates it stands for: the shared month when both ends fall in the same
 * month ("01 Oct 1992 to 31 Oct 1992" is 1992-10), otherwise each year it spans ("01 Jan 1961 to 31 Dec 1963"
 * is 1961, 1962, 1963), so that a matcher comparing years finds every candidate year.
 */
export function rangeDates(from: string, to: string): string[] {
  if (from === to) return [from];
  if (from.slice(0, 7) === to.slice(0, 7) && from.length >= 7) return [from.slice(0, 7)];
  return yearsBetween(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
}
