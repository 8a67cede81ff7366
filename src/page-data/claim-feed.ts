import rss from '@astrojs/rss';
import { claimFeedItems, feedChannelXml, feedPages, type FeedPage } from '../lib/publish/feed.ts';
import { FEED_TITLE } from '../lib/publish/page-meta.ts';
import { indexSite, type SiteIndex } from '../lib/site/site-index.ts';
import { absoluteUrl } from '../lib/site/site-address.ts';
import { publishedRoot } from './published-url.ts';
import { loadSiteContent } from './site-content.ts';

/**
 * The claims feed's documents (src/lib/publish/feed.ts), made once per build: `/feed.xml` and every `/feed/N.xml`
 * ask for them, and at 10,000 claims making the items again for each of a hundred documents would cost seconds.
 */
const pagesOf = new WeakMap<SiteIndex, FeedPage[]>();

export async function claimFeedPages(): Promise<FeedPage[]> {
  const index = indexSite(await loadSiteContent());
  let pages = pagesOf.get(index);
  if (!pages) {
    pages = feedPages(claimFeedItems(index));
    pagesOf.set(index, pages);
  }
  return pages;
}

/** One document of the feed as RSS 2.0, every link absolute on the configured `site` (and its base path). */
export async function claimFeedResponse(site: URL | undefined, number: number): Promise<Response> {
  if (!site) throw new Error('astro.config.mjs must set `site`: feed links are absolute');
  const root = publishedRoot(site);
  const page = (await claimFeedPages())[number - 1];
  if (!page) throw new Error(`the feed has no document ${String(number)}`);
  const address = (path: string) => absoluteUrl(path, root);
  const part = page.pages === 1 ? '' : ` (${String(page.number)} of ${String(page.pages)}, newest first)`;
  return rss({
    title: page.number === 1 ? FEED_TITLE : `${FEED_TITLE}, ${String(page.number)} of ${String(page.pages)}`,
    description: `Every claim Claimline has recorded: what a news story claims, on whose word, and when${part}.`,
    site: root,
    // Absolute here: @astrojs/rss would resolve "/claims/…" against the host, dropping a base path.
    items: page.items.map((item) => ({ ...item, link: address(item.link).href })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelXml(page, 'en', address),
  });
}
