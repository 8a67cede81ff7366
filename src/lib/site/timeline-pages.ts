import { followUpView, type FollowUpView } from './follow-up-pages.ts';
import {
  followUpsSettling,
  groupRows,
  mergeTimeline,
  placeFollowUps,
  rowPeriod,
  rowPeriodIndex,
} from './follow-up-timeline.ts';
import { sortFollowUps, type Claim, type FollowUp } from './model.ts';
import { matchRoute, pageHref, ROUTES } from './routes.ts';
import {
  filterGroups,
  timelineItem,
  timelineViews,
  type FilterGroup,
  type SiteIndex,
  type TimelineItem,
  type TimelineView,
} from './site-index.ts';
import { groupByPeriod, paginate, type Page, type Period } from './timeline.ts';

/**
 * Every page of every timeline listing: the whole timeline from `/`, and each filter from
 * `/timeline/<dimension>/<value>/`, cut into pages of at most `PAGE_SIZE` claims so that no page grows with the
 * corpus. The home page is the first page of the whole timeline.
 */

/** Claims per listing page: about 25 KB of gzipped HTML at most, well under the 100 KB page budget. */
export const PAGE_SIZE = 100;

export interface TimelinePageData {
  /** The page's address ("/", "/timeline/page/2/", "/timeline/kind/event/"). */
  path: string;
  view: TimelineView;
  page: Page<Claim>;
  /** The follow-ups listed on this page among its claims: all of them on the whole timeline, on a filtered one
   * those that settle one of its claims (src/lib/site/follow-up-timeline.ts). */
  followUps: FollowUp[];
  periods: { period: Period; page: number; count: number }[];
  filters: FilterGroup[];
}

const cache = new WeakMap<SiteIndex, TimelinePageData[]>();

export function timelinePages(index: SiteIndex, size = PAGE_SIZE): TimelinePageData[] {
  const cached = size === PAGE_SIZE ? cache.get(index) : undefined;
  if (cached) return cached;
  const views = timelineViews(index);
  const filters = filterGroups(views);
  const pages = views.flatMap((view) => {
    const related = view.filter
      ? followUpsSettling(index.content.followUps, view.claims)
      : sortFollowUps(index.content.followUps);
    const placed = placeFollowUps(view.claims, related, size);
    const claimPages = paginate(view.claims, size);
    const periods = rowPeriodIndex(
      claimPages.map((page) => ({ claims: page.items, followUps: placed[page.number - 1] ?? [] })),
    );
    return claimPages.map((page) => ({
      path: pageHref(view.base, page.number),
      view,
      page,
      followUps: placed[page.number - 1] ?? [],
      periods,
      filters,
    }));
  });
  if (size === PAGE_SIZE) cache.set(index, pages);
  return pages;
}

/** The route parameter for a page under `/timeline/` ("kind/event", "page/2"); undefined for the home page. */
export const timelineParam = (path: string): string | undefined => matchRoute(ROUTES.timeline, path)?.path;

/** One entry of a timeline page, ready to render: a claim or a follow-up. */
export type TimelineEntryData = { type: 'claim'; item: TimelineItem } | { type: 'follow-up'; item: FollowUpView };

/** A page's claims (in timeline order) and follow-ups as period groups of entries, in timeline order. */
export function timelineEntryGroups(
  index: SiteIndex,
  claims: readonly Claim[],
  followUps: readonly FollowUp[],
): { period: Period; entries: TimelineEntryData[] }[] {
  return groupRows(mergeTimeline(claims, followUps), rowPeriod).map((group) => ({
    period: group.period,
    entries: group.rows.map((row): TimelineEntryData =>
      row.type === 'claim'
        ? { type: 'claim', item: timelineItem(index, row.claim) }
        : { type: 'follow-up', item: followUpView(index, row.followUp) },
    ),
  }));
}

/** Claims (in timeline order) as period groups of timeline entries, ready to render. */
export function timelineGroups(index: SiteIndex, claims: readonly Claim[]) {
  return groupByPeriod(claims, (claim) => claim).map((group) => ({
    period: group.period,
    items: group.items.map((claim) => timelineItem(index, claim)),
  }));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The words of a timeline page: its heading, the "page 2 of 5" line, the document title, what the listing
 * holds, and the meta description.
 *
 * @example timelineWords({ base: '/' }, { number: 1, count: 1 }, 23, 1).scope // → '23 claims from 1 article'
 */
export function timelineWords(
  view: Pick<TimelineView, 'filter'>,
  page: { number: number; count: number },
  total: number,
  articles: number,
) {
  const pageLabel = page.count > 1 ? `page ${page.number} of ${page.count}` : undefined;
  const heading = view.filter ? `Timeline: ${view.filter.label}` : 'Timeline';
  const title = pageLabel
    ? `${heading}, ${pageLabel}`
    : view.filter
      ? heading
      : 'Claimline: what the news claims, on whose word, and when';
  const dimension = view.filter?.dimension === 'category' ? 'sourcing' : view.filter?.dimension;
  const scope = view.filter
    ? `${plural(total, 'claim')} (${dimension ?? ''}: ${view.filter.label})`
    : `${plural(total, 'claim')} from ${plural(articles, 'article')}`;
  const description = `${scope}, in the order of when each thing happened or is expected, each with who says so and how firmly.`;
  return { heading, pageLabel, title, scope, description };
}
