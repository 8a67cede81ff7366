/**
 * Calendar arithmetic on ISO days (`YYYY-MM-DD`), in UTC so that no time zone can move a day.
 * Weeks run Monday to Sunday (ISO 8601), which is how "this week" is read in a European newsroom; a week can also
 * stop at the publication day of its article (the week so far), for what had happened "this week" by then.
 */

export type Precision = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;

/** `2025-08-04` → a Date at midnight UTC, or undefined when the text is not a real calendar day. */
export function parseIsoDay(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, date));
  // Date.UTC rolls 30 February over into March; a real day survives the round trip unchanged.
  return value.getUTCFullYear() === year && value.getUTCMonth() === month - 1 && value.getUTCDate() === date
    ? value
    : undefined;
}

export function isRealDay(day: string): boolean {
  return parseIsoDay(day) !== undefined;
}

export function toIsoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

function mustParse(day: string): Date {
  const value = parseIsoDay(day);
  if (!value) throw new RangeError(`not a calendar day: ${day}`);
  return value;
}

export function addDays(day: string, days: number): string {
  return toIsoDay(new Date(mustParse(day).getTime() + days * DAY_MS));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  const weekday = mustParse(day).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday that starts the ISO week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

export function lastDayOfMonth(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month, 0)));
}

export interface DayRange {
  start: string;
  end: string;
}

/** The range a precision implies around `day`: its week, calendar month or calendar year. */
export function rangeFor(precision: Precision, day: string): DayRange {
  const value = mustParse(day);
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  switch (precision) {
    case 'day':
      return { start: day, end: day };
    case 'week': {
      const start = mondayOf(day);
      return { start, end: addDays(start, 6) };
    }
    case 'month':
      return { start: `${day.slice(0, 7)}-01`, end: lastDayOfMonth(year, month) };
    case 'year':
      return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
}

/**
 * The week so far on `published`: its Monday to the publication day itself. What an article reports as having
 * happened "this week" cannot run past the day it was written, so a week-precision date may stop there.
 */
export function weekSoFar(published: string): DayRange {
  return { start: mondayOf(published), end: published };
}

/** Whether a week-precision range runs the whole week (Monday to Sunday) rather than stopping early. */
export const isWholeWeek = (range: DayRange) => range.end === addDays(range.start, 6);

/**
 * Why a range does not fit its precision, or undefined when it does. Both ends must be real days already.
 * A week runs Monday to Sunday, or Monday to `published` when the week holds that day (`weekSoFar`); a month is
 * one calendar month; a year is one calendar year. `published` is the publication day of the claim's article,
 * undefined when the article is unknown (then only whole weeks fit).
 */
export function precisionMismatch(
  range: DayRange,
  precision: Precision,
  published: string | undefined,
): string | undefined {
  const expected = rangeFor(precision, range.start);
  if (expected.start === range.start && expected.end === range.end) return undefined;
  switch (precision) {
    case 'day':
      return `a day-precision date starts and ends on the same day (start ${range.start}, end ${range.end})`;
    case 'week':
      return weekMismatch(range, expected, published);
    case 'month':
      return `a month-precision date covers one calendar month: ${expected.start} to ${expected.end}`;
    case 'year':
      return `a year-precision date covers one calendar year: ${expected.start} to ${expected.end}`;
  }
}

/** A range short of its whole `week` fits only as the week so far of the publication day, when the week holds it. */
function weekMismatch(range: DayRange, week: DayRange, published: string | undefined): string | undefined {
  const soFar = published !== undefined && mondayOf(published) === week.start ? weekSoFar(published) : undefined;
  if (soFar?.start === range.start && soFar.end === range.end) return undefined;
  const day = published === undefined ? '' : ` ${published}`;
  const forms = `a week runs Monday to Sunday, or Monday to the article's publication day${day}`;
  const whole = `the week holding ${range.start} is ${week.start} to ${week.end}`;
  if (!soFar) return `${forms} when the week holds it: ${whole}`;
  return soFar.end === week.end ? `${forms}: ${whole}` : `${forms}: ${whole}, or ${soFar.start} to ${soFar.end}`;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `2025-08-04` → "4 Aug 2025" (day month year, the house style). */
export function formatDay(day: string): string {
  return `${dayAndMonth(day)} ${mustParse(day).getUTCFullYear()}`;
}

/** `2025-08-04` → "4 Aug", for a day whose year the words around it already give. */
function dayAndMonth(day: string): string {
  const value = mustParse(day);
  return `${value.getUTCDate()} ${MONTHS_SHORT[value.getUTCMonth()]}`;
}

/** Month names in English, January first. */
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * How a dated range reads at its precision: "4 Aug 2025", "week of 4 Aug 2025", "August 2025", "2025". A week
 * that stops before its Sunday (the week so far) says where it stops, so that no reader takes it for the whole
 * week: "week of 4 Aug 2025, up to 8 Aug" (the year again only when it differs: "…, up to 1 Jan 2026").
 */
export function formatRange(range: DayRange, precision: Precision): string {
  const start = mustParse(range.start);
  switch (precision) {
    case 'day':
      return formatDay(range.start);
    case 'week': {
      const week = `week of ${formatDay(range.start)}`;
      if (isWholeWeek(range)) return week;
      const sameYear = range.end.slice(0, 4) === range.start.slice(0, 4);
      return `${week}, up to ${sameYear ? dayAndMonth(range.end) : formatDay(range.end)}`;
    }
    case 'month':
      return `${MONTHS_LONG[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
    case 'year':
      return String(start.getUTCFullYear());
  }
}
