import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../../page-data/site-content.ts';
import { publishedRoot } from '../../page-data/published-url.ts';
import { correctionEntries, correctionFeedItems } from '../../lib/site/corrections.ts';
import { CORRECTIONS_FEED_PATH } from '../../lib/site/routes.ts';
import { absoluteUrl } from '../../lib/site/site-address.ts';
import { SITE_NAME } from '../../lib/site/document-title.ts';

/** `dist/corrections/feed.xml`: RSS 2.0, the newest corrections, one item each (docs/corrections.md). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: feed links are absolute');
  const root = publishedRoot(site);
  const address = (path: string) => absoluteUrl(path, root);
  const items = correctionFeedItems(correctionEntries((await loadSiteContent()).claims));
  return rss({
    title: `${SITE_NAME}: corrections`,
    description: 'Every correction to a published claim: what changed, from what to what, and why. Newest first.',
    site: root,
    // Absolute here: @astrojs/rss would resolve "/claims/…" against the host, dropping a base path.
    items: items.map((item) => ({ ...item, link: address(item.link).href })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>en</language><atom:link href="${address(CORRECTIONS_FEED_PATH).href}" rel="self" ` +
      'type="application/rss+xml"/>',
  });
};
