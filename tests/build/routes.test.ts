import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { claimFeedItems, feedPages } from '../../src/lib/publish/feed.ts';
import { shareImageJobs } from '../../src/lib/publish/share-cards.ts';
import { followUpPages } from '../../src/lib/site/follow-up-pages.ts';
import {
  ARTICLES_PATH,
  articlePath,
  CLAIMS_CSV_PATH,
  CLAIMS_JSON_PATH,
  CLAIMS_SCHEMA_PATH,
  claimPath,
  CORRECTIONS_FEED_PATH,
  CORRECTIONS_PATH,
  FAVICON_PATH,
  feedPagePath,
  FOLLOW_UPS_PATH,
  followUpPath,
  methodologyPath,
  pageHref,
  ROBOTS_PATH,
  SEARCH_BUNDLE_PATH,
  SEARCH_INDEX_FOLDER,
  SEARCH_PATH,
  SITEMAP_PATH,
  SOURCES_PATH,
  type MethodologySection,
} from '../../src/lib/site/routes.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { sourcePages } from '../../src/lib/site/source-pages.ts';
import { PAGE_SIZE, timelinePages } from '../../src/lib/site/timeline-pages.ts';
import { fileOfAddress } from '../../tools/gates/pages.ts';
import { dist, distFiles, readDist } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * Every address src/lib/site/routes.ts gives for the seed is a file of the built site, and the built site has no
 * page or file it does not name: the addresses are worked out here from content/ through the content check and the
 * page lists the pages build from, not read off dist/.
 */

const index = indexSite(toSiteContent(checkContent(await readContentFiles(projectRoot)).content));

const pageAddresses = [
  ...timelinePages(index).map((page) => page.path),
  ARTICLES_PATH,
  ...index.content.articles.map((article) => articlePath(article.id)),
  ...index.content.claims.map((claim) => claimPath(claim.id)),
  SOURCES_PATH,
  ...sourcePages(index, PAGE_SIZE).map((data) => pageHref(data.base, data.page.number)),
  ...followUpPages(index).map((page) => pageHref(FOLLOW_UPS_PATH, page.number)),
  ...index.content.followUps.map((followUp) => followUpPath(followUp.id)),
  CORRECTIONS_PATH,
  methodologyPath(),
  SEARCH_PATH,
];
const fileAddresses = [
  ...feedPages(claimFeedItems(index)).map((page) => feedPagePath(page.number)),
  CORRECTIONS_FEED_PATH,
  CLAIMS_JSON_PATH,
  CLAIMS_SCHEMA_PATH,
  CLAIMS_CSV_PATH,
  ROBOTS_PATH,
  SITEMAP_PATH,
  FAVICON_PATH,
  SEARCH_BUNDLE_PATH,
  ...shareImageJobs(index).map((job) => job.path),
];
/** The files of dist/ the routes name; the not-found page is the one file a static host serves by its own name. */
const named = [...pageAddresses, ...fileAddresses].map(fileOfAddress).concat('404.html');

describe('the routes of the built site', () => {
  it('name only files the build wrote', () => {
    expect(named.filter((file) => !existsSync(join(dist, file)))).toEqual([]);
  });

  it('name every page and file the build wrote, but for bundled assets and what an index names', () => {
    // Astro's bundles (_astro/), Pagefind's index (loaded from its bundle) and the sitemaps the sitemap index lists.
    const unnamed = (file: string) =>
      !file.startsWith('_astro/') && !file.startsWith(`${SEARCH_INDEX_FOLDER}/`) && !/^sitemap-\d+\.xml$/.test(file);
    const names = new Set(named);
    expect(distFiles('').filter((file) => unnamed(file) && !names.has(file))).toEqual([]);
  });

  it('link sections of the methodology page that it has', () => {
    const sections: Record<MethodologySection, true> = { outcomes: true, hedges: true, data: true };
    const methodology = parse(readDist(fileOfAddress(methodologyPath())));
    expect(Object.keys(sections).filter((id) => methodology.getElementById(id) === null)).toEqual([]);
  });
});
