import { formatDay, formatRange, isoWeekday, parseIsoDay } from './dates.ts';
import type { ClaimDate } from '../schema/claim.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/calendar-words.ts';

/**
 * How a claim's date reads on the site. Precision is shown as it is: a week reads "week of 4 Aug 2025", the week so
 * far "week of 4 Aug 2025, up to 8 Aug", a year reads "2025", and nothing coarser than a day is ever printed as a day.
 * The claim page, the timeline, the share cards and the feed all take their words from here.
 */

/** Words that keep their capital inside a sentence: months and weekdays (the phrase may start with one). */
const PROPER_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].flatMap((word) => [word, word.slice(0, 3)]));

/**
 * The phrase as written, for quoting inside a sentence: a capital that is there only because the phrase opens
 * its sentence ("This week") is lowered; names of months and days, and acronyms, keep theirs.
 *
 * @example quotedPhrase('This week') // → 'this week'
 * @example quotedPhrase('July 3') // → 'July 3'
 */
export function quotedPhrase(asWritten: string): string {
  const first = /^\p{L}+/u.exec(asWritten)?.[0] ?? '';
  const keepsCapital = PROPER_WORDS.has(first.toLowerCase()) || (first.length > 1 && first === first.toUpperCase());
  return keepsCapital ? asWritten : asWritten.charAt(0).toLowerCase() + asWritten.slice(1);
}

/** The date at its precision: "week of 4 Aug 2025", "week of 4 Aug 2025, up to 8 Aug", "3 Jul 2025", "2025". */
export const dateText = (date: ClaimDate) => formatRange(date, date.precision);

/**
 * The short form for lists: the date at its precision, then the phrase as written when the text gives one.
 *
 * @example shortDate({ start: '2025-08-04', end: '2025-08-10', precision: 'week', asWritten: 'This week', basis: 'inferred' })
 * // → "week of 4 Aug 2025 ('this week')"
 */
export function shortDate(date: ClaimDate): string {
  const phrase = date.asWritten ? ` ('${quotedPhrase(date.asWritten)}')` : '';
  return `${dateText(date)}${phrase}`;
}

/**
 * The full account for a claim's page: the date, the phrase, and how the date is known.
 *
 * @example longDate({ start: '2025-08-04', end: '2025-08-10', precision: 'week', asWritten: 'this week', basis: 'inferred' }, '2025-08-08')
 * // → "week of 4 Aug 2025: 'this week', inferred from the publication date, 8 Aug 2025"
 */
export function longDate(date: ClaimDate | undefined, published: string): string {
  if (!date) return 'No date: the text gives no clue to when.';
  const phrase = date.asWritten ? `'${quotedPhrase(date.asWritten)}', ` : '';
  if (date.basis === 'stated') return `${dateText(date)}: ${phrase}as the text states it`;
  if (date.asWritten) return `${dateText(date)}: ${phrase}inferred from the publication date, ${formatDay(published)}`;
  return `${dateText(date)}: the text gives no date; inferred by the editor (published ${formatDay(published)})`;
}

/** ISO 8601 week-numbering year and week of a day ("2025-W32"), for `<time datetime>`. */
export function isoWeek(day: string): string {
  const value = parseIsoDay(day);
  if (!value) throw new RangeError(`not a calendar day: ${day}`);
  // The Thursday of a week decides which year the week belongs to (ISO 8601).
  const thursday = new Date(value.getTime() + (4 - isoWeekday(day)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * A machine-readable value for `<time datetime>` at the date's precision: a day, an ISO week, a month or a year
 * (all valid per the HTML standard's "valid date string", "week string", "month string" and "year" forms). The
 * week so far is the week it lies in: HTML has no form for part of a week, and the label says where it stops.
 */
export function datetimeValue(date: ClaimDate): string {
  switch (date.precision) {
    case 'day':
      return date.start;
    case 'week':
      return isoWeek(date.start);
    case 'month':
      return date.start.slice(0, 7);
    case 'year':
      return date.start.slice(0, 4);
  }
}
