import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatRange,
  isRealDay,
  mondayOf,
  precisionMismatch,
  rangeFor,
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
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-10' }, 'week')).toBeUndefined();
    expect(precisionMismatch({ start: '2025-08-05', end: '2025-08-11' }, 'week')).toMatch(/Monday to Sunday/);
    expect(precisionMismatch({ start: '2025-08-04', end: '2025-08-05' }, 'day')).toMatch(/same day/);
    expect(precisionMismatch({ start: '2025-08-01', end: '2025-08-30' }, 'month')).toMatch(/2025-08-31/);
    expect(precisionMismatch({ start: '2025-01-01', end: '2025-12-31' }, 'year')).toBeUndefined();
  });

  it('reads a range at its precision, never faking a day', () => {
    expect(formatRange({ start: '2025-07-03', end: '2025-07-03' }, 'day')).toBe('3 Jul 2025');
    expect(formatRange({ start: '2025-08-04', end: '2025-08-10' }, 'week')).toBe('week of 4 Aug 2025');
    expect(formatRange({ start: '2025-08-01', end: '2025-08-31' }, 'month')).toBe('August 2025');
    expect(formatRange({ start: '2025-01-01', end: '2025-12-31' }, 'year')).toBe('2025');
  });
});
