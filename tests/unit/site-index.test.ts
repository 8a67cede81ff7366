import { describe, expect, it } from 'vitest';
import {
  chainLinks,
  factsOf,
  filterGroups,
  indexSite,
  isExpected,
  linkCategories,
  reportingOutlet,
  timelineItem,
  timelineViews,
} from '../../src/lib/site/site-index.ts';
import { badgeText } from '../../src/lib/publish/feed.ts';
import { claimCard } from '../../src/lib/publish/share-cards.ts';
import { article, claim, day, site, sources, week } from '../helpers/site-model.ts';

const sourceMap = new Map(sources.map((source) => [source.id, source]));

describe('claim facts', () => {
  it('treats predictions and anything dated after publication as expected', () => {
    expect(isExpected({ kind: 'prediction', date: day('2025-01-01') }, '2025-03-14')).toBe(true);
    expect(isExpected({ kind: 'event', date: day('2025-03-15') }, '2025-03-14')).toBe(true);
    expect(isExpected({ kind: 'event', date: day('2025-03-14') }, '2025-03-14')).toBe(false);
    expect(isExpected({ kind: 'statement', date: undefined }, '2025-03-14')).toBe(false);
  });

  it('finds the innermost outlet of a chain', () => {
    expect(reportingOutlet(['gazette', 'herald', 'officials'], sourceMap).id).toBe('herald');
    expect(reportingOutlet(['gazette', 'ana'], sourceMap).id).toBe('gazette');
    expect(() => reportingOutlet(['ana'], sourceMap)).toThrow(/no outlet/);
  });

  it('gives each link of a chain the category it would have as the last link', () => {
    const [gazette, herald, ana, officials] = sources;
    if (!gazette || !herald || !ana || !officials) throw new Error('fixture');
    expect(linkCategories([gazette, herald, officials])).toEqual(['unattributed', 'outlet', 'anonymous-official']);
    expect(linkCategories([gazette, ana])).toEqual(['unattributed', 'named']);
  });

  it('names what each link of a chain did', () => {
    const [gazette, herald, , officials] = sources;
    if (!gazette || !herald || !officials) throw new Error('fixture');
    expect(chainLinks([gazette, herald, officials]).map((link) => [link.source.id, link.role, link.category])).toEqual([
      ['gazette', 'Published it', 'unattributed'],
      ['herald', 'Passed it on', 'outlet'],
      ['officials', 'Original source', 'anonymous-official'],
    ]);
    expect(chainLinks([gazette]).map((link) => link.role)).toEqual(['Published it, in its own voice']);
  });
});

describe('the site index', () => {
  const content = site(
    [
      claim('a/2', { kind: 'prediction', date: week('2025-03-17', '2025-03-23', 'Next week'), hedges: ['may'] }),
      claim('a/1', {
        date: day('2025-03-10'),
        attribution: { category: 'anonymous-official', chain: ['gazette', 'herald', 'officials'] },
      }),
      claim('b/1', { article: 'b', kind: 'statement', attribution: { category: 'named', chain: ['gazette', 'ana'] } }),
    ],
    [article('a'), article('b', '2025-03-20')],
  );
  const index = indexSite(content);

  it('is computed once per content object', () => {
    expect(indexSite(content)).toBe(index);
  });

  it('knows each claim’s place in time and in its article', () => {
    expect(index.timeline.map((entry) => entry.id)).toEqual(['a/1', 'a/2', 'b/1']);
    expect(index.byArticle.get('a')?.map((entry) => entry.id)).toEqual(['a/1', 'a/2']);
    expect(factsOf(index, 'a/2')).toMatchObject({ timelinePosition: 1, articlePosition: 1, expected: true });
    expect(factsOf(index, 'a/1').outlet.id).toBe('herald');
    expect(() => factsOf(index, 'nope')).toThrow(/unknown claim/);
  });

  it('lists each source’s claims once, however often it appears in a chain', () => {
    expect(index.bySource.get('gazette')?.map((entry) => entry.id)).toEqual(['a/1', 'a/2', 'b/1']);
    expect(index.bySource.get('officials')?.map((entry) => entry.id)).toEqual(['a/1']);
  });

  it('renders a timeline entry as plain data', () => {
    expect(timelineItem(index, factsOf(index, 'a/2').claim)).toEqual({
      id: 'a/2',
      href: '/claims/a/2/',
      title: 'Sentence a/2.',
      date: { text: 'week of 17 Mar 2025', datetime: '2025-W12', phrase: 'next week' },
      category: 'unattributed',
      kind: 'prediction',
      outlet: { id: 'gazette', label: 'Gazette' },
      expected: true,
      reported: '14 Mar 2025',
      reportedDatetime: '2025-03-14',
      hedges: ['may'],
    });
  });

  it('words the week so far alike on the timeline, the share card and the feed', () => {
    // Published Friday 14 Mar 2025: what happened "this week" runs from Monday 10 Mar to that day.
    const soFar = site([claim('a/1', { date: week('2025-03-10', '2025-03-14', 'This week') })]);
    const soFarIndex = indexSite(soFar);
    const facts = factsOf(soFarIndex, 'a/1');
    const label = "week of 10 Mar 2025, up to 14 Mar ('this week')";
    expect(timelineItem(soFarIndex, facts.claim).date).toEqual({
      text: 'week of 10 Mar 2025, up to 14 Mar',
      datetime: '2025-W11',
      phrase: 'this week',
    });
    expect(claimCard(facts).date).toBe(label);
    expect(badgeText(soFarIndex, 'a/1').split(' · ').at(-1)).toBe(`Date: ${label}`);
  });

  it('makes one view per category, kind and outlet with claims, and the whole timeline first', () => {
    const views = timelineViews(index);
    expect(views.map((view) => view.base)).toEqual([
      '/',
      '/timeline/category/named/',
      '/timeline/category/anonymous-official/',
      '/timeline/category/unattributed/',
      '/timeline/kind/event/',
      '/timeline/kind/statement/',
      '/timeline/kind/prediction/',
      '/timeline/outlet/gazette/',
      '/timeline/outlet/herald/',
    ]);
    expect(views.find((view) => view.base === '/timeline/outlet/gazette/')?.claims.map((entry) => entry.id)).toEqual([
      'a/2',
      'b/1',
    ]);
    const groups = filterGroups(views);
    expect(
      groups.map((group) => [group.dimension, group.options.map((option) => `${option.label} ${option.count}`)]),
    ).toEqual([
      ['category', ['Named 1', 'Anonymous official 1', 'Unattributed 1']],
      ['kind', ['Event 1', 'Statement 1', 'Prediction 1']],
      ['outlet', ['Gazette 2', 'The Herald 1']],
    ]);
    expect(groups.map((group) => group.hidden)).toEqual([0, 0, 0]);
    const capped = filterGroups(views, 1).find((group) => group.dimension === 'outlet');
    expect(capped?.options.map((option) => option.label)).toEqual(['Gazette']);
    expect(capped?.hidden).toBe(1);
  });
});
