import { describe, expect, it } from 'vitest';
import {
  compareFollowUpToClaim,
  followUpPeriod,
  followUpsSettling,
  groupRows,
  mergeTimeline,
  placeFollowUps,
  rowPeriod,
  rowPeriodIndex,
  type TimelineRow,
} from '../../src/lib/site/follow-up-timeline.ts';
import type { FollowUp } from '../../src/lib/site/model.ts';
import { timelineOrder } from '../../src/lib/site/timeline.ts';
import { claim, day, week, year } from '../helpers/site-model.ts';

const followUp = (id: string, date: string, claims: string[] = ['a/1']): FollowUp => ({
  id,
  date,
  summary: `${id} happened.`,
  citations: [{ outlet: 'The Herald', url: `https://example.org/${id}`, published: date }],
  resolves: claims.map((target) => ({ claim: target, outcome: 'confirmed', reason: 'It did.' })),
});

const claims = timelineOrder([
  claim('a/1', { date: week('2025-08-11', '2025-08-17', 'next week'), kind: 'prediction' }),
  claim('a/2', { date: year('2025') }),
  claim('a/3'),
  claim('a/4', { date: day('2025-07-03') }),
  claim('a/5', { date: { start: '2025-08-15', end: '2025-08-31', precision: 'day', basis: 'inferred' } }),
  claim('a/6', { date: day('2025-08-15') }),
]);

const ids = (rows: readonly TimelineRow[]) =>
  rows.map((row) => (row.type === 'claim' ? row.claim.id : `follow-up:${row.followUp.id}`));

describe('compareFollowUpToClaim', () => {
  it('puts a follow-up after claims of earlier or the same days, before later ones and undated ones', () => {
    const summit = followUp('summit', '2025-08-15');
    expect(compareFollowUpToClaim(summit, { date: week('2025-08-11', '2025-08-17') })).toBeGreaterThan(0);
    expect(compareFollowUpToClaim(summit, { date: day('2025-08-15') })).toBeGreaterThan(0);
    expect(compareFollowUpToClaim(summit, { date: day('2025-08-16') })).toBeLessThan(0);
    expect(compareFollowUpToClaim(summit, { date: { ...day('2025-08-15'), end: '2025-08-31' } })).toBeLessThan(0);
    expect(compareFollowUpToClaim(summit, {})).toBeLessThan(0);
  });
});

describe('mergeTimeline', () => {
  it('sets each follow-up among the claims at its date, sorted by date then id; after every dated claim, before undated ones', () => {
    const rows = mergeTimeline(claims, [
      followUp('late', '2025-09-01'),
      followUp('summit', '2025-08-15'),
      followUp('announced', '2025-08-08'),
      followUp('also-summit', '2025-08-15'),
    ]);
    expect(ids(rows)).toEqual([
      'a/2',
      'a/4',
      'follow-up:announced',
      'a/1',
      'a/6',
      'follow-up:also-summit',
      'follow-up:summit',
      'a/5',
      'follow-up:late',
      'a/3',
    ]);
  });

  it('keeps the claims as they are when there are no follow-ups, and lists follow-ups alone when there are no claims', () => {
    expect(ids(mergeTimeline(claims, []))).toEqual(claims.map((entry) => entry.id));
    expect(ids(mergeTimeline([], [followUp('b', '2025-02-01'), followUp('a', '2025-01-01')]))).toEqual([
      'follow-up:a',
      'follow-up:b',
    ]);
  });
});

describe('periods with follow-ups', () => {
  it('lists a follow-up under the month of its day', () => {
    expect(followUpPeriod({ date: '2025-08-15' })).toEqual({ key: '2025-08', label: 'August 2025' });
  });

  it('groups claims and follow-ups of a month together, each period once', () => {
    const rows = mergeTimeline(claims, [followUp('summit', '2025-08-15'), followUp('late', '2025-09-01')]);
    expect(groupRows(rows, rowPeriod).map((group) => [group.period.key, group.rows.length])).toEqual([
      ['2025', 1],
      ['2025-07', 1],
      ['2025-08', 4],
      ['2025-09', 1],
      ['undated', 1],
    ]);
  });
});

describe('follow-ups on pages', () => {
  it('places each follow-up on the page of the claim before it, the first page when none is', () => {
    const early = followUp('early', '2024-01-01');
    const summit = followUp('summit', '2025-08-15');
    const late = followUp('late', '2025-09-01');
    // Pages of two claims: [a/2, a/4], [a/1, a/6], [a/5, a/3].
    const pages = placeFollowUps(claims, [late, summit, early], 2);
    expect(pages.map((page) => page.map((entry) => entry.id))).toEqual([['early'], ['summit'], ['late']]);
  });

  it('gives an empty listing one page, holding every follow-up', () => {
    expect(placeFollowUps([], [followUp('x', '2025-01-01')], 100).map((page) => page.length)).toEqual([1]);
  });

  it('says on which page each period starts, counting claims and follow-ups', () => {
    const summit = followUp('summit', '2025-08-15');
    const late = followUp('late', '2025-09-01');
    const placed = placeFollowUps(claims, [summit, late], 2);
    const pages = [0, 1, 2].map((index) => ({
      claims: claims.slice(index * 2, index * 2 + 2),
      followUps: placed[index] ?? [],
    }));
    expect(rowPeriodIndex(pages).map((entry) => [entry.period.key, entry.page, entry.count])).toEqual([
      ['2025', 1, 1],
      ['2025-07', 1, 1],
      ['2025-08', 2, 4],
      ['2025-09', 3, 1],
      ['undated', 3, 1],
    ]);
  });

  it('keeps, for a filtered listing, the follow-ups that settle one of its claims', () => {
    const settlesA1 = followUp('one', '2025-08-15', ['a/1']);
    const settlesB = followUp('other', '2025-08-10', ['b/1', 'a/4']);
    const settlesNone = followUp('none', '2025-08-01', ['b/2']);
    expect(followUpsSettling([settlesA1, settlesB, settlesNone], [{ id: 'a/1' }, { id: 'a/4' }])).toEqual([
      settlesB,
      settlesA1,
    ]);
  });
});
