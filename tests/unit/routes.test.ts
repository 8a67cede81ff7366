import { globSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ARTICLES_PATH,
  articleImagePath,
  articlePath,
  CLAIMS_CSV_PATH,
  CLAIMS_JSON_PATH,
  CLAIMS_SCHEMA_PATH,
  claimImagePath,
  claimPath,
  CORRECTIONS_FEED_PATH,
  CORRECTIONS_PATH,
  FEED_PATH,
  feedPagePath,
  filterPath,
  FOLLOW_UPS_PATH,
  followUpPath,
  HOME_PATH,
  matchRoute,
  methodologyPath,
  NOT_FOUND_PATH,
  pageHref,
  ROBOTS_PATH,
  routeParams,
  ROUTES,
  SEARCH_BUNDLE_PATH,
  SEARCH_PATH,
  SITE_IMAGE_PATH,
  SITEMAP_PATH,
  SOURCES_PATH,
  sourcePath,
  type RouteParams,
} from '../../src/lib/site/routes.ts';
import { projectRoot } from '../helpers/fixtures.ts';

describe('the addresses of pages', () => {
  it('are written from the site root, pages with a final slash', () => {
    expect(HOME_PATH).toBe('/');
    expect(articlePath('territory-for-peace')).toBe('/articles/territory-for-peace/');
    expect(claimPath('territory-for-peace/01-lede')).toBe('/claims/territory-for-peace/01-lede/');
    expect(sourcePath('wsj')).toBe('/sources/wsj/');
    expect(followUpPath('alaska-summit')).toBe('/follow-ups/alaska-summit/');
    expect(filterPath('kind', 'prediction')).toBe('/timeline/kind/prediction/');
    expect(filterPath('outlet', 'nyt')).toBe('/timeline/outlet/nyt/');
    expect([ARTICLES_PATH, SOURCES_PATH, FOLLOW_UPS_PATH, CORRECTIONS_PATH, SEARCH_PATH]).toEqual([
      '/articles/',
      '/sources/',
      '/follow-ups/',
      '/corrections/',
      '/search/',
    ]);
  });

  it('name a section of the methodology by its id', () => {
    expect(methodologyPath()).toBe('/methodology/');
    expect(methodologyPath('outcomes')).toBe('/methodology/#outcomes');
    expect(methodologyPath('data')).toBe('/methodology/#data');
  });

  it('number the later pages of a listing under its first, the home page under the timeline', () => {
    expect(pageHref('/', 1)).toBe('/');
    expect(pageHref('/', 2)).toBe('/timeline/page/2/');
    expect(pageHref('/timeline/kind/event/', 3)).toBe('/timeline/kind/event/page/3/');
    expect(pageHref(sourcePath('wsj'), 1)).toBe('/sources/wsj/');
    expect(pageHref(sourcePath('wsj'), 2)).toBe('/sources/wsj/page/2/');
    expect(pageHref(FOLLOW_UPS_PATH, 4)).toBe('/follow-ups/page/4/');
  });
});

describe('the addresses of files', () => {
  it('page the claims feed from /feed.xml on', () => {
    expect([1, 2, 10].map(feedPagePath)).toEqual(['/feed.xml', '/feed/2.xml', '/feed/10.xml']);
    expect(feedPagePath(1)).toBe(FEED_PATH);
  });

  it('put the share images under /og/ and the search bundle under /pagefind/', () => {
    expect(claimImagePath('a/01-x')).toBe('/og/claims/a/01-x.png');
    expect(articleImagePath('a')).toBe('/og/articles/a.png');
    expect(SITE_IMAGE_PATH).toBe('/og/site.png');
    expect(SEARCH_BUNDLE_PATH).toBe('/pagefind/pagefind.js');
  });

  it('name the data files as the contracts do (docs/architecture.md)', () => {
    expect([CLAIMS_JSON_PATH, CLAIMS_SCHEMA_PATH, CLAIMS_CSV_PATH]).toEqual([
      '/claims.json',
      '/claims.schema.json',
      '/claims.csv',
    ]);
    expect([CORRECTIONS_FEED_PATH, ROBOTS_PATH, SITEMAP_PATH]).toEqual([
      '/corrections/feed.xml',
      '/robots.txt',
      '/sitemap-index.xml',
    ]);
  });
});

describe('route parameters', () => {
  it('are read off the address a path function gives, so that a link and its page agree', () => {
    expect(routeParams(ROUTES.claim, claimPath('a/01-x'))).toEqual({ id: 'a/01-x' });
    expect(routeParams(ROUTES.article, articlePath('territory-for-peace'))).toEqual({ id: 'territory-for-peace' });
    expect(routeParams(ROUTES.followUp, followUpPath('alaska-summit'))).toEqual({ id: 'alaska-summit' });
    expect(routeParams(ROUTES.followUpsPage, pageHref(FOLLOW_UPS_PATH, 2))).toEqual({ number: '2' });
    expect(routeParams(ROUTES.source, pageHref(sourcePath('wsj'), 1))).toEqual({ path: 'wsj' });
    expect(routeParams(ROUTES.source, pageHref(sourcePath('wsj'), 3))).toEqual({ path: 'wsj/page/3' });
    expect(routeParams(ROUTES.timeline, filterPath('category', 'named'))).toEqual({ path: 'category/named' });
    expect(routeParams(ROUTES.timeline, pageHref(HOME_PATH, 2))).toEqual({ path: 'page/2' });
    expect(routeParams(ROUTES.feedPage, feedPagePath(2))).toEqual({ page: '2' });
    expect(routeParams(ROUTES.shareImage, claimImagePath('a/01-x'))).toEqual({ path: 'claims/a/01-x' });
    expect(routeParams(ROUTES.shareImage, SITE_IMAGE_PATH)).toEqual({ path: 'site' });
  });

  it('are typed by the route', () => {
    expectTypeOf(routeParams(ROUTES.followUpsPage, '/follow-ups/page/2/')).toEqualTypeOf<{ number: string }>();
    expectTypeOf<RouteParams<'/a/[x]/[...y]/'>>().toEqualTypeOf<{ x: string; y: string }>();
  });

  it('take one segment for [name] and several for [...name], and read a dot as a dot', () => {
    expect(matchRoute(ROUTES.article, '/articles/a/b/')).toBeUndefined();
    expect(matchRoute(ROUTES.claim, '/claims/a/b/')).toEqual({ id: 'a/b' });
    expect(matchRoute(ROUTES.claim, '/claims//')).toBeUndefined();
    expect(matchRoute(ROUTES.feedPage, '/feed/2xxml')).toBeUndefined();
    expect(matchRoute(ROUTES.timeline, HOME_PATH)).toBeUndefined();
  });

  it('refuse an address that is not the route’s, naming both', () => {
    expect(() => routeParams(ROUTES.claim, articlePath('a'))).toThrow(
      '/articles/a/ is not an address of the route /claims/[...id]/',
    );
  });
});

/**
 * The address a file under src/pages/ serves, by Astro's file-based routing with `trailingSlash: 'always'` and
 * `build.format: 'directory'`: `claims/[...id].astro` → `/claims/[...id]/`, `follow-ups/index.astro` →
 * `/follow-ups/`, `feed/[page].xml.ts` → `/feed/[page].xml`, `404.astro` → `/404/`.
 */
function routeOfPageFile(file: string): string {
  const path = file.replace(/^src\/pages/, '');
  if (path.endsWith('.ts')) return path.slice(0, -'.ts'.length);
  const page = path.slice(0, -'.astro'.length);
  return page.endsWith('/index') ? page.slice(0, -'index'.length) : `${page}/`;
}

describe('the pages under src/pages/', () => {
  const routes = globSync('src/pages/**/*.{astro,ts}', { cwd: projectRoot })
    .map((file) => routeOfPageFile(file.split('\\').join('/')))
    .sort();

  it('each serve an address that routes.ts names, and each page route it names has its file', () => {
    const named = [
      HOME_PATH,
      NOT_FOUND_PATH,
      ARTICLES_PATH,
      SOURCES_PATH,
      FOLLOW_UPS_PATH,
      CORRECTIONS_PATH,
      CORRECTIONS_FEED_PATH,
      methodologyPath(),
      SEARCH_PATH,
      FEED_PATH,
      CLAIMS_JSON_PATH,
      CLAIMS_SCHEMA_PATH,
      CLAIMS_CSV_PATH,
      ROBOTS_PATH,
      // The share images' route is injected by src/integrations/share-images.ts under `astro dev`, not a file.
      ...Object.values(ROUTES).filter((route) => route !== ROUTES.shareImage),
    ];
    expect(routes).toEqual([...named].sort());
  });
});
