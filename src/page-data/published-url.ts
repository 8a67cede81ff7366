import { absoluteUrl, siteRoot } from '../lib/site/site-address.ts';

/**
 * The root of the site as published: Astro's `site` with its `base` (src/lib/site/site-address.ts), for every address
 * that leaves the page: share tags, JSON-LD, the feed, robots.txt, the CSV, the schema's `$id`.
 */
export const publishedRoot = (site: URL): URL => siteRoot(site, import.meta.env.BASE_URL);

/** The full address of `path`, an address from the site's root ("/claims/x/"), where the site is published. */
export function publishedUrl(path: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: structured data names each page by its full address');
  return absoluteUrl(path, publishedRoot(site));
}
