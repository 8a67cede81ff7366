import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/**
 * What a page weighs over the wire: its HTML and the stylesheets and scripts it loads, each gzipped on its own
 * (as a server sends them), at zlib's default level, which is what common servers use.
 */

export interface PageWeight {
  /** The page's path under dist/ ("index.html"). */
  page: string;
  html: number;
  css: number;
  js: number;
  /** Local assets the page loads ("/_astro/index.abc.css"). */
  assets: string[];
  total: number;
}

export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes).length;

/** The local stylesheets and scripts a page loads; anything with a scheme or `//` is not local. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const root = parse(html);
  const local = (href: string | undefined): href is string => !!href && href.startsWith('/') && !href.startsWith('//');
  const css = root
    .querySelectorAll('link')
    .filter((link) => (link.getAttribute('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((link) => link.getAttribute('href'))
    .filter(local);
  const js = root
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src'))
    .filter(local);
  return { css, js };
}

/** Weigh one page, reading its assets with `read` (a path under dist/, leading slash removed). */
export function weighPage(page: string, read: (path: string) => Uint8Array): PageWeight {
  const html = read(page);
  const { css, js } = pageAssets(new TextDecoder().decode(html));
  const weigh = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSize(read(path.slice(1))), 0);
  const weight = { html: gzipSize(html), css: weigh(css), js: weigh(js) };
  return { page, ...weight, assets: [...css, ...js], total: weight.html + weight.css + weight.js };
}

/** "index.html: 6.1 KB gzip (HTML 4.2 KB, CSS 1.9 KB, JS 0 B)". */
export function formatWeight(weight: PageWeight): string {
  const kb = (bytes: number) => (bytes === 0 ? '0 B' : `${(bytes / 1024).toFixed(1)} KB`);
  return `${weight.page}: ${kb(weight.total)} gzip (HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)})`;
}
