import { parse } from 'node-html-parser';

/**
 * Which pages of a build the gates visit, and under what address: the sitemap's when the build has one, every
 * HTML file otherwise.
 */

/** The `<loc>` addresses of a sitemap or a sitemap index (sitemaps.org protocol), in document order. */
export function sitemapLocations(xml: string): string[] {
  // node-html-parser reads XML well enough for the sitemap protocol's flat elements, and decodes `&amp;`.
  return parse(xml)
    .querySelectorAll('loc')
    .map((loc) => loc.text.trim())
    .filter((loc) => loc.length > 0);
}

/** Whether a sitemap document is an index of other sitemaps rather than a list of pages. */
export function isSitemapIndex(xml: string): boolean {
  return parse(xml).querySelector('sitemapindex') !== null;
}

/** A page's address from the site root, from its file under dist/: `claims/a/index.html` → `/claims/a/`. */
export function addressOfFile(file: string): string {
  const path = file.split('\\').join('/').replace(/^\/+/, '');
  if (path === 'index.html') return '/';
  return `/${path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/** The file under dist/ that serves an address, as a static host does: `/claims/a/` → `claims/a/index.html`. */
export function fileOfAddress(address: string): string {
  const path = decodeURIComponent(address.replace(/[?#].*$/, '')).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export interface PageList {
  /** Where the list came from, for the report. */
  source: 'sitemap' | 'files';
  /** Addresses from the site root ("/claims/a/"), sorted, without duplicates. */
  addresses: string[];
}

/**
 * The pages to audit. With a sitemap (`sitemap-index.xml`, as @astrojs/sitemap writes it, or `sitemap.xml`),
 * the pages it lists, on whatever host it names (the build's `site`), as addresses from the root; without one,
 * every HTML file. `read` returns a file under dist/ or undefined when there is none.
 */
export function pagesToAudit(htmlFiles: string[], read: (file: string) => string | undefined): PageList {
  const root = ['sitemap-index.xml', 'sitemap.xml'].find((file) => read(file) !== undefined);
  if (root === undefined) {
    return { source: 'files', addresses: [...new Set(htmlFiles.map(addressOfFile))].sort() };
  }
  const addresses = new Set<string>();
  const visit = (file: string, seen: Set<string>) => {
    if (seen.has(file)) return;
    seen.add(file);
    const xml = read(file);
    if (xml === undefined) throw new Error(`the sitemap names ${file}, which the build does not have`);
    const locations = sitemapLocations(xml).map((loc) => new URL(loc, 'http://localhost/').pathname);
    if (isSitemapIndex(xml)) for (const location of locations) visit(fileOfAddress(location), seen);
    else for (const location of locations) addresses.add(location);
  };
  visit(root, new Set());
  return { source: 'sitemap', addresses: [...addresses].sort() };
}
