import type { Claim } from './model.ts';
import {
  filterGroups,
  timelineItem,
  timelineViews,
  type FilterGroup,
  type SiteIndex,
  type TimelineView,
} from './site-index.ts';
import { groupByPeriod, pageHref, paginate, periodIndex, type Page, type Period } from './timeline.ts';

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
    const periods = periodIndex(view.claims, size);
    return paginate(view.claims, size).map((page) => ({
      path: pageHref(view.base, page.number),
      view,
      page,
      periods,
      filters,
    }));
  });
  if (size === PAGE_SIZE) cache.set(index, pages);
  return pages;
}

/** The route parameter for a page under `/timeline/` ("kind/event", "page/2"); undefined for the home page. */
export function timelineParam(path: string): string | undefined {
  const match = /^\/timeline\/(.+)\/$/.exec(path);
  return match?.[1];
}

/** Claims (in timeline order) as period groups of timeline entries, ready to render. */
export function timelineGroups(index: SiteIndex, claims: readonly Claim[]) {
  return groupByPeriod(claims, (claim) => claim).map((group) => ({
    period: group.period,
    items: group.items.map((claim) => timelineItem(index, claim)),
  }));
}
