import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatRange,
  isRealDay,
  isWholeWeek,
  mondayOf,
  precisionMismatch,
  rangeFor,
  weekSoFar,
} from '../../src/lib/language/dates.ts';

describe('calendar days', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isRealDay('2025-08-04')).toBe(true);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2025-02-30')).toBe(false);
    expect(isRealDay('2025-13-01')).toBe(false);
    expect(isRealDay('2025-8-4')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-07-31', 1)).toBe('2025-08-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('finds the Monday of an ISO week', () => {
    expect(mondayOf('2025-08-08')).toBe('2025-08-04'); // Friday
    expect(mondayOf('2025-08-10')).toBe('2025-08-04'); // Sunday belongs to the week before
    expect(mondayOf('2025-08-11')).toBe('2025-08-11');
  });
});

describe('precision', () => {
  it('gives the range a precision implies', () => {
    expect(rangeFor('week', '2025-08-08')).toEqual({ start: '2025-08-04', end: '2025-08-10' });
    expect(rangeFor('month', '2024-02-10')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(rangeFor('year', '2025-08-08')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('says why a range does not fit its precision', () => {
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-10' }, 'week', undefined)).toBeUndefined();
    expect(precisionMismatch({ start: '2025-08-05', end: '2025-08-11' }, 'week', undefined)).toMatch(
      /Monday to Sunday/,
    );
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-05' }, 'day', undefined)).toMatch(/same day/);
    expect(precisionMismatch({ start: '2025-08-01', end: '2025-08-30' }, 'month', undefined)).toMatch(/2025-08-31/);
    expect(precisionMismatch({ start: '2025-01-01', end: '2025-12-31' }, 'year', undefined)).toBeUndefined();
  });

  it('finds the week so far of a publication day, and tells it from a whole week', () => {
    expect(weekSoFar('2025-08-08')).toEqual({ start: '2025-08-04', end: '2025-08-08' });
    expect(weekSoFar('2025-08-04')).toEqual({ start: '2025-08-04', end: '2025-08-04' }); // a Monday: one day so far
    expect(weekSoFar('2025-08-10')).toEqual(rangeFor('week', '2025-08-10')); // a Sunday: the whole week
    expect(weekSoFar('2026-01-01')).toEqual({ start: '2025-12-29', end: '2026-01-01' });
    expect(isWholeWeek({ start: '2025-08-04', end: '2025-08-10' })).toBe(true);
    expect(isWholeWeek({ start: '2025-08-04', end: '2025-08-08' })).toBe(false);
  });

  it('lets a week stop on its article’s publication day, and nowhere else', () => {
    const friday = '2025-08-08';
    expect(precisionMismatch({ start: '2025-08-04', end: friday }, 'week', friday)).toBeUndefined();
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-10' }, 'week', friday)).toBeUndefined();
    // Stopping before or after the publication day, or the week so far of a day the article was not published on.
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-07' }, 'week', friday)).toBe(
      "a week runs Monday to Sunday, or Monday to the article's publication day 2025-08-08: " +
        'the week holding 2025-08-04 is 2025-08-04 to 2025-08-10, or 2025-08-04 to 2025-08-08',
    );
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-09' }, 'week', friday)).toMatch(
      /2025-08-04 to 2025-08-10, or 2025-08-04 to 2025-08-08$/,
    );
    expect(precisionMismatch({ start: '2025-08-05', end: friday }, 'week', friday)).toMatch(
      /the week holding 2025-08-05 is 2025-08-04 to 2025-08-10, or 2025-08-04 to 2025-08-08$/,
    );
    expect(precisionMismatch({ start: '2025-08-11', end: '2025-08-15' }, 'week', friday)).toBe(
      "a week runs Monday to Sunday, or Monday to the article's publication day 2025-08-08 when the week holds it: " +
        'the week holding 2025-08-11 is 2025-08-11 to 2025-08-17',
    );
    // Without a known article only whole weeks fit.
    expect(precisionMismatch({ start: '2025-08-04', end: friday }, 'week', undefined)).toMatch(
      /publication day when the week holds it: the week holding 2025-08-04 is 2025-08-04 to 2025-08-10$/,
    );
    // Other precisions take no part of their span from the publication day.
    expect(precisionMismatch({ start: '2025-08-01', end: friday }, 'month', friday)).toMatch(/2025-08-31/);
    expect(precisionMismatch({ start: friday, end: friday }, 'day', friday)).toBeUndefined();
  });

  it('reads a range at its precision, never faking a day', () => {
    expect(formatRange({ start: '2025-07-03', end: '2025-07-03' }, 'day')).toBe('3 Jul 2025');
    expect(formatRange({ start: '2025-08-04', end: '2025-08-10' }, 'week')).toBe('week of 4 Aug 2025');
    expect(formatRange({ start: '2025-08-04', end: '2025-08-08' }, 'week')).toBe('week of 4 Aug 2025, up to 8 Aug');
    expect(formatRange({ start: '2025-07-28', end: '2025-08-01' }, 'week')).toBe('week of 28 Jul 2025, up to 1 Aug');
    expect(formatRange({ start: '2025-12-29', end: '2026-01-01' }, 'week')).toBe(
      'week of 29 Dec 2025, up to 1 Jan 2026',
    );
    expect(formatRange({ start: '2025-08-01', end: '2025-08-31' }, 'month')).toBe('August 2025');
    expect(formatRange({ start: '2025-01-01', end: '2025-12-31' }, 'year')).toBe('2025');
  });
});
