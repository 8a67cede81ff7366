import { claimPath } from '../claims-export.ts';
import { shortDate } from '../date-labels.ts';
import { truncateAtWord } from '../plain-text.ts';
import { outletLabel, type SiteIndex } from '../site-index.ts';
import { categoryLabel, kindLabel } from '../vocabulary.ts';

/**
 * The RSS feed of every claim (rendered by @astrojs/rss): one item per claim, titled as its page is, with the
 * words of its badges (the same accessible names the site's badges carry) and its excerpt.
 */

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

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The channel's own elements beyond title, description and link: its language, and the feed's own address as
 * `atom:link rel="self"`, as the RSS Advisory Board's best practices ask (needs the `atom` namespace).
 */
export const feedChannelXml = (feedUrl: URL, language: string) =>
  `<language>${xmlEscape(language)}</language>` +
  `<atom:link href="${xmlEscape(feedUrl.href)}" rel="self" type="application/rss+xml"/>`;
