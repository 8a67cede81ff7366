import { formatRange } from '../language/dates.ts';
import type { Claim } from './model.ts';

/**
 * The timeline: claims in the order of when the claimed thing happened (or is expected), grouped by period.
 * Coarse dates are never faked into days: a year-precision claim sits in its year's own group, ahead of that
 * year's months, and a claim with no date sits in a last group of its own.
 */

/**
 * Timeline order: by start day, then the range that ends first (so "1 Aug 2025" comes before "August 2025"),
 * then by article and place in the article; undated claims last, in article order. A year-precision claim comes
 * before anything else that starts on its 1 January, so that the year's own group stays ahead of its months.
 */
export function compareByDate(a: Claim, b: Claim): number {
  if (a.date && b.date) {
    if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
    const [aYear, bYear] = [a.date.precision === 'year', b.date.precision === 'year'];
    if (aYear !== bYear) return aYear ? -1 : 1;
    if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  if (a.article !== b.article) return a.article < b.article ? -1 : 1;
  return a.order - b.order;
}

export const timelineOrder = (claims: readonly Claim[]) => [...claims].sort(compareByDate);

export interface Period {
  /** Stable key, usable as a fragment id: "2025", "2025-08", "undated". */
  key: string;
  /** Heading text: "2025 (the year only)", "August 2025", "No date". */
  label: string;
}

/**
 * The period a claim is listed under. Day and week dates go under the month their range starts in; a month
 * date under its month; a year date under the year itself, never under one of its months.
 */
export function periodOf(claim: Claim): Period {
  const date = claim.date;
  if (!date) return { key: 'undated', label: 'No date given' };
  if (date.precision === 'year') {
    return { key: date.start.slice(0, 4), label: `${date.start.slice(0, 4)}, dated to the year only` };
  }
  return { key: date.start.slice(0, 7), label: formatRange(date, 'month') };
}

export interface PeriodGroup<T> {
  period: Period;
  items: T[];
}

/**
 * Consecutive items of the same period, in the order given. Given timeline order, each period appears once:
 * a year's key ("2025") sorts before its months ("2025-01"…), as a year's range starts on 1 January.
 */
export function groupByPeriod<T>(items: readonly T[], claimOf: (item: T) => Claim): PeriodGroup<T>[] {
  const groups: PeriodGroup<T>[] = [];
  for (const item of items) {
    const period = periodOf(claimOf(item));
    const last = groups.at(-1);
    if (last?.period.key === period.key) last.items.push(item);
    else groups.push({ period, items: [item] });
  }
  return groups;
}

/** The items before and after `index` in a list, when there are any. */
export function neighbours<T>(list: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? list[index - 1] : undefined, next: list[index + 1] };
}

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages there are in all. */
  count: number;
  items: T[];
}

/**
 * Cut a list into pages of at most `size` items, so that no page grows with the whole corpus. An empty list
 * still has one (empty) page.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive whole number: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/**
 * Where each period of a listing starts: the page it first appears on, for a "jump to" list that stays short
 * however long the listing is.
 */
export function periodIndex(claims: readonly Claim[], size: number): { period: Period; page: number; count: number }[] {
  const index: { period: Period; page: number; count: number }[] = [];
  claims.forEach((claim, position) => {
    const period = periodOf(claim);
    const last = index.at(-1);
    if (last?.period.key === period.key) last.count++;
    else index.push({ period, page: Math.floor(position / size) + 1, count: 1 });
  });
  return index;
}

/** How many items fall under each key, in first-seen order unless `order` lists the keys. */
export function countBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, order?: readonly K[]) {
  const counts = new Map<K, number>((order ?? []).map((key) => [key, 0]));
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}
