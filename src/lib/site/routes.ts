/**
 * Every address the site has, from its root: the pages, the data files, the feeds and the share images. Links,
 * canonical addresses, feeds and the export build their addresses here, and the pages that take parameters read
 * them off the same addresses (`routeParams`), so that a link and the page it leads to cannot disagree. Addresses
 * are written from the site's root; the published base is put in front elsewhere (src/lib/site/site-address.ts).
 */

/** The home page: the first page of the whole timeline. */
export const HOME_PATH = '/';

/** Where the timeline's later pages and its filtered views live; there is no page at this address itself. */
export const TIMELINE_FOLDER = '/timeline/';

/** What a timeline can be filtered by, as the address names it: sourcing category, kind, or reporting outlet. */
export type FilterDimension = 'category' | 'kind' | 'outlet';

/** A filtered timeline's first page: `filterPath('kind', 'prediction')` → `/timeline/kind/prediction/`. */
export const filterPath = (dimension: FilterDimension, value: string) => `${TIMELINE_FOLDER}${dimension}/${value}/`;

/**
 * Page `number` of a listing whose first page is at `first`: the first page itself, then `<first>page/N/`, except
 * that the home page's later pages are under the timeline's folder (`/timeline/page/2/`).
 *
 * @example pageHref('/timeline/kind/event/', 3) // → '/timeline/kind/event/page/3/'
 */
export function pageHref(first: string, number: number): string {
  if (number <= 1) return first;
  return `${first === HOME_PATH ? TIMELINE_FOLDER : first}page/${String(number)}/`;
}

/** The list of every article. */
export const ARTICLES_PATH = '/articles/';

/** An article annotated sentence by sentence: `territory-for-peace` → `/articles/territory-for-peace/`. */
export const articlePath = (id: string) => `${ARTICLES_PATH}${id}/`;

/** A claim's page, from its id: `territory-for-peace/01-lede` → `/claims/territory-for-peace/01-lede/`. */
export const claimPath = (id: string) => `/claims/${id}/`;

/** The list of every source, grouped by type. */
export const SOURCES_PATH = '/sources/';

/** A source's page (its first page; later ones by `pageHref`): `wsj` → `/sources/wsj/`. */
export const sourcePath = (id: string) => `${SOURCES_PATH}${id}/`;

/** The follow-ups listing's first page; later ones by `pageHref` (`/follow-ups/page/2/`). */
export const FOLLOW_UPS_PATH = '/follow-ups/';

/** A follow-up's page: `alaska-summit` → `/follow-ups/alaska-summit/`. */
export const followUpPath = (id: string) => `${FOLLOW_UPS_PATH}${id}/`;

/** Every correction to a published claim, newest first. */
export const CORRECTIONS_PATH = '/corrections/';

/** The corrections as an RSS feed. */
export const CORRECTIONS_FEED_PATH = `${CORRECTIONS_PATH}feed.xml`;

/** The sections of the methodology page that other pages link to, by their `id`. */
export type MethodologySection = 'outcomes' | 'hedges' | 'data';

/** How claims are made, or one section of it: `methodologyPath('outcomes')` → `/methodology/#outcomes`. */
export const methodologyPath = (section?: MethodologySection) =>
  section === undefined ? '/methodology/' : `/methodology/#${section}`;

/** The search page, the one page with a script. */
export const SEARCH_PATH = '/search/';

/** The page a static host serves for an address that does not exist, under the address its layout is given. */
export const NOT_FOUND_PATH = '/404/';

/** The RSS feed of every claim: its newest document, the one readers subscribe to. */
export const FEED_PATH = '/feed.xml';

/** The claims feed's document `number`: `/feed.xml`, then `/feed/2.xml`, `/feed/3.xml`… (a paged feed, RFC 5005). */
export const feedPagePath = (number: number): string => (number === 1 ? FEED_PATH : `/feed/${String(number)}.xml`);

/** The export of every article, source, claim and follow-up (docs/architecture.md, "Contracts"). */
export const CLAIMS_JSON_PATH = '/claims.json';

/** The JSON Schema that the export meets. */
export const CLAIMS_SCHEMA_PATH = '/claims.schema.json';

/** The claims for spreadsheets, one row each. */
export const CLAIMS_CSV_PATH = '/claims.csv';

/** What crawlers may read. */
export const ROBOTS_PATH = '/robots.txt';

/** The sitemap index, as @astrojs/sitemap writes it. */
export const SITEMAP_PATH = '/sitemap-index.xml';

/** The site's icon, copied from public/. */
export const FAVICON_PATH = '/favicon.svg';

/** The folder of dist/ the share images are delivered into, drawn by src/integrations/share-images.ts. */
export const SHARE_IMAGE_FOLDER = 'og';

/** The site's own share image, for pages that are not about one claim or article. */
export const SITE_IMAGE_PATH = `/${SHARE_IMAGE_FOLDER}/site.png`;

/** A claim's share image: `territory-for-peace/01-lede` → `/og/claims/territory-for-peace/01-lede.png`. */
export const claimImagePath = (id: string) => `/${SHARE_IMAGE_FOLDER}/claims/${id}.png`;

/** An article's share image: `territory-for-peace` → `/og/articles/territory-for-peace.png`. */
export const articleImagePath = (id: string) => `/${SHARE_IMAGE_FOLDER}/articles/${id}.png`;

/** The folder of dist/ Pagefind's search index is delivered into, built by src/integrations/search-index.ts. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

/** Pagefind's browser bundle, which the search page loads. */
export const SEARCH_BUNDLE_PATH = `/${SEARCH_INDEX_FOLDER}/pagefind.js`;

/**
 * The routes that take parameters, as Astro's file-based routing spells them: each page's file under src/pages/
 * (`claims/[...id].astro` serves `/claims/[...id]/`), and the share images' route that the integration injects under
 * `astro dev`. A `[name]` part is one path segment, a `[...name]` part one or more.
 */
export const ROUTES = {
  article: '/articles/[id]/',
  claim: '/claims/[...id]/',
  source: '/sources/[...path]/',
  followUp: '/follow-ups/[id]/',
  followUpsPage: '/follow-ups/page/[number]/',
  timeline: '/timeline/[...path]/',
  feedPage: '/feed/[page].xml',
  shareImage: `/${SHARE_IMAGE_FOLDER}/[...path].png`,
} as const;

/** The parameter names of a route: `'/follow-ups/page/[number]/'` → `'number'`. */
type ParamNames<Route extends string> = Route extends `${string}[${infer Name}]${infer Rest}`
  ? (Name extends `...${infer Spread}` ? Spread : Name) | ParamNames<Rest>
  : never;

/** A route's parameters, as `getStaticPaths` gives them: `{ id: 'territory-for-peace/01-lede' }`. */
export type RouteParams<Route extends string> = Record<ParamNames<Route>, string>;

const routeExpressions = new Map<string, RegExp>();

function routeExpression(route: string): RegExp {
  let expression = routeExpressions.get(route);
  if (!expression) {
    const source = route
      .split(/(\[(?:\.\.\.)?[^\]]+\])/)
      .map((part) => {
        const param = /^\[(\.\.\.)?([^\]]+)\]$/.exec(part);
        if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return `(?<${param[2] ?? ''}>${param[1] === undefined ? '[^/]+' : '.+'})`;
      })
      .join('');
    expression = new RegExp(`^${source}$`, 'u');
    routeExpressions.set(route, expression);
  }
  return expression;
}

/**
 * The parameters of `route` that give `path`, or undefined when `path` is not one of its addresses.
 *
 * @example matchRoute(ROUTES.timeline, '/timeline/page/2/') // → { path: 'page/2' }
 * @example matchRoute(ROUTES.timeline, '/') // → undefined
 */
export function matchRoute<Route extends string>(route: Route, path: string): RouteParams<Route> | undefined {
  const groups = routeExpression(route).exec(path)?.groups;
  return groups && ({ ...groups } as RouteParams<Route>);
}

/**
 * The parameters of `route` that give `path`, for a page's `getStaticPaths`: `path` comes from the functions above,
 * so the page is built at the address its links name. Throws when `path` is not one of the route's addresses.
 *
 * @example routeParams(ROUTES.claim, claimPath('territory-for-peace/01-lede')) // → { id: 'territory-for-peace/01-lede' }
 */
export function routeParams<Route extends string>(route: Route, path: string): RouteParams<Route> {
  const params = matchRoute(route, path);
  if (!params) throw new Error(`${path} is not an address of the route ${route}`);
  return params;
}
