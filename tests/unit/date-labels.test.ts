import { describe, expect, it } from 'vitest';
import { datetimeValue, isoWeek, longDate, quotedPhrase, shortDate } from '../../src/lib/language/date-labels.ts';

describe('quotedPhrase', () => {
  it('lowers a capital that only opens the sentence', () => {
    expect(quotedPhrase('This week')).toBe('this week');
    expect(quotedPhrase('next week')).toBe('next week');
  });

  it('keeps months, weekdays and acronyms', () => {
    expect(quotedPhrase('July 3')).toBe('July 3');
    expect(quotedPhrase('Monday')).toBe('Monday');
    expect(quotedPhrase('Aug. 4')).toBe('Aug. 4');
    expect(quotedPhrase('UN week')).toBe('UN week');
  });
});

describe('date labels', () => {
  const thisWeek = {
    start: '2025-08-04',
    end: '2025-08-10',
    precision: 'week',
    asWritten: 'This week',
    basis: 'inferred',
  } as const;

  it('reads a week as a week, with the phrase as written', () => {
    expect(shortDate(thisWeek)).toBe("week of 4 Aug 2025 ('this week')");
    expect(longDate(thisWeek, '2025-08-08')).toBe(
      "week of 4 Aug 2025: 'this week', inferred from the publication date, 8 Aug 2025",
    );
  });

  it('reads the week so far as its week, saying the day it stops on', () => {
    const soFar = { ...thisWeek, end: '2025-08-08' } as const;
    expect(shortDate(soFar)).toBe("week of 4 Aug 2025, up to 8 Aug ('this week')");
    expect(longDate(soFar, '2025-08-08')).toBe(
      "week of 4 Aug 2025, up to 8 Aug: 'this week', inferred from the publication date, 8 Aug 2025",
    );
    const newYear = { start: '2025-12-29', end: '2026-01-02', precision: 'week', basis: 'inferred' } as const;
    expect(longDate(newYear, '2026-01-02')).toBe(
      'week of 29 Dec 2025, up to 2 Jan 2026: the text gives no date; inferred by the editor (published 2 Jan 2026)',
    );
  });

  it('never prints a year or a month as a day', () => {
    const year = {
      start: '2025-01-01',
      end: '2025-12-31',
      precision: 'year',
      basis: 'stated',
      asWritten: 'in 2025',
    } as const;
    expect(shortDate(year)).toBe("2025 ('in 2025')");
    expect(longDate(year, '2025-08-08')).toBe("2025: 'in 2025', as the text states it");
    expect(shortDate({ start: '2025-02-01', end: '2025-02-28', precision: 'month', basis: 'inferred' })).toBe(
      'February 2025',
    );
  });

  it('says when a date was inferred with no phrase in the text, and when there is no date', () => {
    const inferred = { start: '2025-08-11', end: '2025-08-17', precision: 'week', basis: 'inferred' } as const;
    expect(longDate(inferred, '2025-08-08')).toBe(
      'week of 11 Aug 2025: the text gives no date; inferred by the editor (published 8 Aug 2025)',
    );
    expect(longDate(undefined, '2025-08-08')).toMatch(/^No date/);
  });
});

describe('machine-readable dates', () => {
  it('numbers ISO weeks, including weeks that belong to the next or previous year', () => {
    expect(isoWeek('2025-08-04')).toBe('2025-W32');
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // Monday of the week holding 2 Jan 2025
    expect(isoWeek('2021-01-03')).toBe('2020-W53'); // Sunday ending 2020's 53rd week
  });

  it('gives <time datetime> at the date precision', () => {
    expect(datetimeValue({ start: '2025-07-03', end: '2025-07-03', precision: 'day', basis: 'stated' })).toBe(
      '2025-07-03',
    );
    expect(datetimeValue({ start: '2025-08-11', end: '2025-08-17', precision: 'week', basis: 'inferred' })).toBe(
      '2025-W33',
    );
    // The week so far is a part of its week, which HTML can name; a date would claim one day.
    expect(datetimeValue({ start: '2025-08-04', end: '2025-08-08', precision: 'week', basis: 'inferred' })).toBe(
      '2025-W32',
    );
    expect(datetimeValue({ start: '2025-12-29', end: '2026-01-01', precision: 'week', basis: 'inferred' })).toBe(
      '2026-W01',
    );
    expect(datetimeValue({ start: '2025-08-01', end: '2025-08-31', precision: 'month', basis: 'inferred' })).toBe(
      '2025-08',
    );
    expect(datetimeValue({ start: '2025-01-01', end: '2025-12-31', precision: 'year', basis: 'inferred' })).toBe(
      '2025',
    );
  });
});
