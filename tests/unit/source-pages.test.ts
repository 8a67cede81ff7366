import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { sourceCounts, sourcePages, sourceRole, sourceSide } from '../../src/lib/site/source-pages.ts';
import { timelinePages, timelineParam, timelineWords } from '../../src/lib/site/timeline-pages.ts';
import { claim, day, site, sources } from '../helpers/site-model.ts';

const [gazette, herald, ana, officials] = sources;
if (!gazette || !herald || !ana || !officials) throw new Error('fixture');

const content = site([
  claim('a/1', { date: day('2025-03-01'), attribution: { category: 'named', chain: ['gazette', 'ana'] } }),
  claim('a/2', {
    date: day('2025-03-02'),
    kind: 'prediction',
    attribution: { category: 'named', chain: ['gazette', 'ana'] },
  }),
  claim('a/3', {
    date: day('2025-03-03'),
    attribution: { category: 'anonymous-official', chain: ['gazette', 'herald', 'officials'] },
  }),
]);
const index = indexSite(content);

describe('source pages', () => {
  it('describes what a source is and whose side it is on', () => {
    expect(sourceRole(gazette)).toBe('News outlet, Testland');
    expect(sourceRole(herald)).toBe('News outlet');
    expect(sourceRole(ana)).toBe('Mayor (Town hall)');
    expect(sourceRole(officials)).toBe('Anonymous official (officials)');
    expect(sourceSide(officials)).toBe('port');
  });

  it('counts a source’s claims by category and kind, and where it is the original source', () => {
    const counts = sourceCounts(gazette, index.bySource.get('gazette') ?? []);
    expect(counts.byCategory.map((row) => `${row.label} ${row.count}`)).toEqual([
      'Named 2',
      'Anonymous official 1',
      'Anonymous source 0',
      'Outlet 0',
      'Unattributed 0',
    ]);
    expect(counts.byKind.find((row) => row.label === 'Prediction')?.count).toBe(1);
    expect(counts.asOriginal).toBe(0);
    expect(sourceCounts(ana, index.bySource.get('ana') ?? []).asOriginal).toBe(2);
  });

  it('gives every source a page, and more pages when its claims do not fit on one', () => {
    const pages = sourcePages(index, 2);
    expect(pages.map((page) => `${page.base} ${page.page.number}/${page.page.count}`)).toEqual([
      '/sources/gazette/ 1/2',
      '/sources/gazette/ 2/2',
      '/sources/herald/ 1/1',
      '/sources/ana/ 1/1',
      '/sources/officials/ 1/1',
    ]);
    expect(pages.map((page) => page.reported)).toEqual([2, 2, 1, 0, 0]);
  });
});

describe('timeline pages', () => {
  it('builds the home page and every filter, paginated, each path once', () => {
    const paths = timelinePages(index, 2).map((page) => page.path);
    expect(paths).toEqual([
      '/',
      '/timeline/page/2/',
      '/timeline/category/named/',
      '/timeline/category/anonymous-official/',
      '/timeline/kind/event/',
      '/timeline/kind/prediction/',
      '/timeline/outlet/gazette/',
      '/timeline/outlet/herald/',
    ]);
    expect(paths.map(timelineParam)).toEqual([
      undefined,
      'page/2',
      'category/named',
      'category/anonymous-official',
      'kind/event',
      'kind/prediction',
      'outlet/gazette',
      'outlet/herald',
    ]);
  });

  it('computes the default pages once per index', () => {
    expect(timelinePages(index)).toBe(timelinePages(index));
  });
});

describe('timeline page words', () => {
  it('titles the home page after the site, and later or filtered pages after what they hold', () => {
    const home = timelineWords({}, { number: 1, count: 1 }, 23, 1);
    expect(home).toMatchObject({ heading: 'Timeline', pageLabel: undefined, scope: '23 claims from 1 article' });
    expect(home.title).toMatch(/^Claimline: /);
    expect(timelineWords({}, { number: 2, count: 3 }, 250, 4)).toMatchObject({
      title: 'Timeline, page 2 of 3',
      pageLabel: 'page 2 of 3',
      scope: '250 claims from 4 articles',
    });
    const filtered = timelineWords(
      { filter: { dimension: 'category', value: 'named', label: 'Named' } },
      { number: 1, count: 1 },
      1,
      1,
    );
    expect(filtered).toMatchObject({ title: 'Timeline: Named', scope: '1 claim (sourcing: Named)' });
    expect(filtered.description).toMatch(/^1 claim \(sourcing: Named\), in the order of when/);
  });
});
