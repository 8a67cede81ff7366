import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../data/site-content.ts';
import { claimFeedItems, feedChannelXml } from '../lib/publish/feed.ts';
import { FEED_PATH, FEED_TITLE } from '../lib/publish/page-meta.ts';
import { indexSite } from '../lib/site-index.ts';
import { absoluteUrl } from '../lib/site-address.ts';
import { publishedRoot } from '../data/published-url.ts';

/** `dist/feed.xml`: RSS 2.0, one item per claim, every link absolute on the configured `site`. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: feed links are absolute');
  const root = publishedRoot(site);
  return rss({
    title: FEED_TITLE,
    description: 'Every claim Claimline has recorded: what a news story claims, on whose word, and when.',
    site: root,
    // Absolute here: @astrojs/rss would resolve "/claims/…" against the host, dropping a base path.
    items: claimFeedItems(indexSite(await loadSiteContent())).map((item) => ({
      ...item,
      link: absoluteUrl(item.link, root).href,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelXml(absoluteUrl(FEED_PATH, root), 'en'),
  });
};
