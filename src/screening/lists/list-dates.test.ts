import { describe, expect, it } from 'vitest';
import {
  dayMonthYearDate,
  englishDate,
  isoPartialDate,
  partialDate,
  rangeDates,
  yearsBetween,
} from './list-dates.ts';
import { ofacBirthDates } from './ofac-remarks.ts';

describe('list dates', () => {
  it('builds partial dates and refuses impossible ones', () => {
    expect(partialDate(1973, 3, 25)).toBe('1973-03-25');
    expect(partialDate(1973, 3)).toBe('1973-03');
    expect(partialDate(1973, 0, 0)).toBe('1973');
    expect(partialDate(1973, 2, 30)).toBeUndefined();
    expect(partialDate(1973, 13)).toBeUndefined();
    expect(partialDate(73)).toBeUndefined();
  });

  it('reads ISO dates, datetimes and zero placeholders', () => {
    expect(isoPartialDate('1973-03-25')).toBe('1973-03-25');
    expect(isoPartialDate('2023-05-01-04:00')).toBe('2023-05-01');
    expect(isoPartialDate('2024-06-01T10:57:03')).toBe('2024-06-01');
    expect(isoPartialDate('1975-00-00')).toBe('1975');
    expect(isoPartialDate('1975')).toBe('1975');
    expect(isoPartialDate('circa 1975')).toBeUndefined();
  });

  it('reads day/month/year with the UK masks', () => {
    expect(dayMonthYearDate('25/03/1973')).toBe('1973-03-25');
    expect(dayMonthYearDate('dd/03/1973')).toBe('1973-03');
    expect(dayMonthYearDate('dd/mm/1945')).toBe('1945');
    expect(dayMonthYearDate('00/00/1975')).toBe('1975');
    expect(dayMonthYearDate('1975')).toBeUndefined();
  });

  it('reads OFAC English dates and ranges', () => {
    expect(englishDate('25 Mar 1973')).toBe('1973-03-25');
    expect(englishDate('Mar 1973')).toBe('1973-03');
    expect(englishDate('Foo 1973')).toBeUndefined();
    expect(ofacBirthDates('circa 1958')).toEqual(['1958']);
    expect(ofacBirthDates('1950 to 1952')).toEqual(['1950', '1951', '1952']);
    expect(ofacBirthDates('circa 1958-1960')).toEqual(['1958', '1959', '1960']);
    expect(ofacBirthDates('01 Oct 1992 to 31 Oct 1992')).toEqual(['1992-10']);
    expect(ofacBirthDates('01 Jan 1961 to 31 Dec 1963')).toEqual(['1961', '1962', '1963']);
    expect(ofacBirthDates('Mar 1962 to Feb 1963')).toEqual(['1962', '1963']);
  });

  it('does not expand absurd ranges', () => {
    expect(yearsBetween(1900, 2000)).toEqual([]);
    expect(yearsBetween(1970, 1960)).toEqual([]);
    expect(rangeDates('1970-01-01', '1970-01-01')).toEqual(['1970-01-01']);
  });
});
