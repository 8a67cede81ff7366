import { describe, expect, it } from 'vitest';
import {
  countBy,
  groupByPeriod,
  neighbours,
  paginate,
  periodIndex,
  periodOf,
  timelineOrder,
} from '../../src/lib/site/timeline.ts';
import { pageHref } from '../../src/lib/site/routes.ts';
import { claim, day, week, year } from '../helpers/site-model.ts';

const claims = [
  claim('a/1', { date: week('2025-08-11', '2025-08-17', 'next week') }),
  claim('a/2', { date: year('2025') }),
  claim('a/3'),
  claim('a/4', { date: day('2025-07-03') }),
  claim('b/1', { article: 'b', date: day('2025-07-03') }),
  claim('a/5', { date: { start: '2025-07-01', end: '2025-07-31', precision: 'month', basis: 'inferred' } }),
  claim('a/6', { date: day('2025-07-01') }),
];

describe('timeline order', () => {
  it('orders by start, then the narrower range, then article and order; undated last', () => {
    expect(timelineOrder(claims).map((entry) => entry.id)).toEqual(['a/2', 'a/6', 'a/5', 'a/4', 'b/1', 'a/1', 'a/3']);
  });

  it('keeps a year-precision claim ahead of a claim dated its 1 January, so the year group comes first', () => {
    const newYear = [claim('a/1', { date: day('2025-01-01') }), claim('a/2', { date: year('2025') })];
    expect(timelineOrder(newYear).map((entry) => entry.id)).toEqual(['a/2', 'a/1']);
    const groups = groupByPeriod(timelineOrder(newYear), (entry) => entry);
    expect(groups.map((group) => group.period.key)).toEqual(['2025', '2025-01']);
  });

  it('puts the week so far after the days it starts on and ahead of its whole week, under the month it starts in', () => {
    const soFar = claim('a/2', { date: week('2025-07-28', '2025-08-01', 'this week') });
    const sameWeek = [
      claim('a/1', { date: week('2025-07-28', '2025-08-03', 'this week') }),
      soFar,
      claim('a/3', { date: day('2025-07-28') }),
      claim('a/4', { date: day('2025-07-29') }),
    ];
    expect(timelineOrder(sameWeek).map((entry) => entry.id)).toEqual(['a/3', 'a/2', 'a/1', 'a/4']);
    // Ending in the next month, it stays with its Monday's month, as a whole week does.
    expect(periodOf(soFar)).toEqual({ key: '2025-07', label: 'July 2025' });
  });

  it('does not change the list it is given', () => {
    const copy = [...claims];
    timelineOrder(claims);
    expect(claims).toEqual(copy);
  });
});

describe('periods', () => {
  it('puts a year-precision claim under its year, never under a month', () => {
    expect(periodOf(claim('a/1', { date: year('2025') }))).toEqual({
      key: '2025',
      label: '2025, dated to the year only',
    });
    expect(periodOf(claim('a/1', { date: day('2025-07-03') }))).toEqual({ key: '2025-07', label: 'July 2025' });
    expect(periodOf(claim('a/1', { date: week('2025-07-28', '2025-08-03') })).key).toBe('2025-07');
    expect(periodOf(claim('a/1')).key).toBe('undated');
  });

  it('groups the timeline with each period once, in order', () => {
    const groups = groupByPeriod(timelineOrder(claims), (entry) => entry);
    expect(groups.map((group) => [group.period.key, group.items.length])).toEqual([
      ['2025', 1],
      ['2025-07', 4],
      ['2025-08', 1],
      ['undated', 1],
    ]);
  });

  it('says on which page each period starts', () => {
    expect(periodIndex(timelineOrder(claims), 3).map((entry) => [entry.period.key, entry.page, entry.count])).toEqual([
      ['2025', 1, 1],
      ['2025-07', 1, 4],
      ['2025-08', 2, 1],
      ['undated', 3, 1],
    ]);
  });
});

describe('lists and pages', () => {
  it('finds neighbours at either end', () => {
    expect(neighbours(['x', 'y', 'z'], 0)).toEqual({ previous: undefined, next: 'y' });
    expect(neighbours(['x', 'y', 'z'], 2)).toEqual({ previous: 'y', next: undefined });
  });

  it('cuts a list into pages and keeps one page for an empty list', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((page) => page.count === 3)).toBe(true);
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('addresses later pages under the listing', () => {
    expect(pageHref('/', 1)).toBe('/');
    expect(pageHref('/', 2)).toBe('/timeline/page/2/');
    expect(pageHref('/timeline/kind/event/', 3)).toBe('/timeline/kind/event/page/3/');
  });

  it('counts by key, listing the given keys first even when zero', () => {
    const counts = countBy(claims, (entry) => entry.kind, ['prediction', 'event']);
    expect([...counts]).toEqual([
      ['prediction', 0],
      ['event', 7],
    ]);
  });
});
