/**
 * `robots.txt` (RFC 9309): every crawler may read every page, and the sitemap index written by @astrojs/sitemap
 * says where they are (the `Sitemap:` line takes a full address, sitemaps.org protocol).
 */
export const SITEMAP_PATH = '/sitemap-index.xml';

export const robotsTxt = (site: URL) => `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
