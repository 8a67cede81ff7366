import { absoluteUrl, siteRoot } from '../lib/site-address.ts';

/**
 * The full address of `path`, an address from the site's root ("/claims/x/"), where the site is published: Astro's
 * `site` with its `base` (src/lib/site-address.ts), for addresses that leave the page, such as JSON-LD.
 */
export function publishedUrl(path: string, site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs must set `site`: structured data names each page by its full address');
  return absoluteUrl(path, siteRoot(site, import.meta.env.BASE_URL));
}
