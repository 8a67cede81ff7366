import { SITEMAP_PATH } from '../site/routes.ts';
import { absoluteUrl } from '../site/site-address.ts';

/**
 * `robots.txt` (RFC 9309): every crawler may read every page, and the sitemap index written by @astrojs/sitemap
 * says where they are (the `Sitemap:` line takes a full address, sitemaps.org protocol). `root` is the published
 * site's root (src/lib/site/site-address.ts).
 */
export const robotsTxt = (root: URL) => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, root).href}\n`;
