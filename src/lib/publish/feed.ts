import { shortDate } from '../language/date-labels.ts';
import { truncateAtWord } from '../language/plain-text.ts';
import { claimPath, feedPagePath } from '../site/routes.ts';
import { outletLabel, type SiteIndex } from '../site/site-index.ts';
import { categoryLabel, kindLabel } from '../site/vocabulary.ts';

/**
 * The RSS feed of every claim (rendered by @astrojs/rss): one item per claim, titled as its page is, with the
 * words of its badges (the same accessible names the site's badges carry) and its excerpt. The newest claims are
 * in `/feed.xml`, the document readers subscribe to; older ones follow in `/feed/2.xml`, `/feed/3.xml`…, each
 * linking the next as a paged feed (RFC 5005 §3), so that no document grows with the site: at 10,000 claims one
 * document of every claim weighed 7.2 MB, downloaded again at every poll.
 */

/** Items to a feed document: plenty for a reader catching up (a few articles' worth), and about 70 KB. */
export const FEED_PAGE_SIZE = 100;

export interface ClaimFeedItem {
  title: string;
  /** The claim's page, from the site root; @astrojs/rss makes it absolute with the configured `site`. */
  link: string;
  /** The day its article was published: when the claim was reported. */
  pubDate: Date;
  description: string;
  /** Sourcing category, kind and outlet, as on the badges. */
  categories: string[];
}

/** The badge words of a claim, as a screen reader hears the badges: "Sourcing: Named · Kind: Statement · …". */
export function badgeText(index: SiteIndex, id: string): string {
  const facts = index.facts.get(id);
  if (!facts) throw new Error(`unknown claim ${id}`);
  const { claim } = facts;
  return [
    `Sourcing: ${categoryLabel(claim.attribution.category)}`,
    `Kind: ${kindLabel(claim.kind)}`,
    `Outlet: ${outletLabel(facts.outlet)}`,
    `Date: ${claim.date ? shortDate(claim.date) : 'none given'}`,
  ].join(' · ');
}

/** One item per claim: the newest article's claims first, each article's in their order in it. */
export function claimFeedItems(index: SiteIndex): ClaimFeedItem[] {
  const articles = [...index.content.articles].sort((a, b) =>
    a.published === b.published ? (a.id < b.id ? -1 : 1) : a.published > b.published ? -1 : 1,
  );
  return articles.flatMap((article) =>
    (index.byArticle.get(article.id) ?? []).map((claim) => {
      const facts = index.facts.get(claim.id);
      if (!facts) throw new Error(`unknown claim ${claim.id}`);
      return {
        title: claim.headline ?? truncateAtWord(claim.excerpt, 90),
        link: claimPath(claim.id),
        pubDate: new Date(`${article.published}T00:00:00Z`),
        description: `${badgeText(index, claim.id)}. “${claim.excerpt}”`,
        categories: [categoryLabel(claim.attribution.category), kindLabel(claim.kind), outletLabel(facts.outlet)],
      };
    }),
  );
}

/** One document of the paged feed: its items, its number (1 is `/feed.xml`) and how many there are. */
export interface FeedPage {
  number: number;
  pages: number;
  items: ClaimFeedItem[];
}

/** The items cut into documents of `size`, in order; one (empty) document when there are none. */
export function feedPages(items: readonly ClaimFeedItem[], size = FEED_PAGE_SIZE): FeedPage[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => ({
    number: index + 1,
    pages,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The channel's own elements beyond title, description and link: its language, the document's own address as
 * `atom:link rel="self"` (the RSS Advisory Board's best practices; needs the `atom` namespace) and, when the feed
 * runs to several documents, the paged feed's links (RFC 5005 §3): `first`, `previous`, `next` and `last`.
 * `address` makes a path from the site root absolute.
 */
export function feedChannelXml(
  page: Pick<FeedPage, 'number' | 'pages'>,
  language: string,
  address: (path: string) => URL,
) {
  const link = (rel: string, number: number) =>
    `<atom:link href="${xmlEscape(address(feedPagePath(number)).href)}" rel="${rel}" type="application/rss+xml"/>`;
  const { number, pages } = page;
  const paging =
    pages === 1
      ? []
      : [
          link('first', 1),
          ...(number > 1 ? [link('previous', number - 1)] : []),
          ...(number < pages ? [link('next', number + 1)] : []),
          link('last', pages),
        ];
  return `<language>${xmlEscape(language)}</language>${link('self', number)}${paging.join('')}`;
}
