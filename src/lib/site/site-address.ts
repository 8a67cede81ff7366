/**
 * Where the site is published: at the root of its host ("https://claimline.example/"), or under a path of it, as a
 * GitHub Pages project site is ("https://owner.github.io/claimline/", Astro's `base` "/claimline/"). The site's
 * code writes every address from the site's own root ("/claims/x/"); these functions put the published site's base
 * in front: in absolute addresses (feed, sitemap, share tags, export) and in the links of each page as it is made
 * (src/middleware.ts).
 */

/** `base` with exactly one slash at each end: "/", "/claimline/". */
export function normalBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The published site's root: the host of `site` with `base` as its path ("https://owner.github.io/claimline/"). */
export const siteRoot = (site: URL, base: string): URL => new URL(normalBase(base), site);

/** The absolute address of `path`, an address from the site's root ("/claims/x/"), on the site rooted at `root`. */
export const absoluteUrl = (path: string, root: URL): URL => new URL(path.replace(/^\/+/, ''), root);

/** `path`, an address from the site's root, as the host serves it: "/claims/x/" → "/claimline/claims/x/". */
export const withBase = (path: string, base: string): string =>
  path.startsWith('/') && !path.startsWith('//') ? `${normalBase(base)}${path.slice(1)}` : path;

/** Astro's folder for the assets it bundles (the default of `build.assets`, which astro.config.mjs keeps). */
const ASTRO_ASSETS = '_astro';

/**
 * The attributes whose root-relative addresses `rebaseHtml` rewrites: links, sources and form actions (HTML's URL
 * attributes that the pages use; `content` and `srcset` hold none of them here).
 */
const ADDRESS = /(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g;

/**
 * A page's HTML with `base` in front of every root-relative address in its `href`, `src` and `action` attributes,
 * except Astro's own assets, which Astro writes with the base already (`/claimline/_astro/…`, `build.assets`). Text
 * and other attributes cannot hold `href="/…` as such, since Astro escapes their quotation marks.
 *
 * @example rebaseHtml('<a href="/claims/x/">', '/claimline/') // → '<a href="/claimline/claims/x/">'
 */
export function rebaseHtml(html: string, base: string): string {
  const prefix = normalBase(base);
  if (prefix === '/') return html;
  const assets = `${prefix}${ASTRO_ASSETS}/`;
  return html.replace(ADDRESS, (whole, attribute: string, path: string) =>
    path.startsWith(assets) ? whole : `${attribute}${withBase(path, prefix)}"`,
  );
}
