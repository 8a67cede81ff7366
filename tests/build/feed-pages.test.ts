import { parseFeed } from '@rowanmanning/feed-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, generateCorpus } from '../../tools/bench/corpus.ts';
import { FEED_PAGE_SIZE } from '../../src/lib/publish/feed.ts';
import { PAGES_ONLY, runAstroBuild } from '../helpers/cli.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

/**
 * The feed of a site with more claims than one feed document holds: a generated corpus of 150 claims (the bench's,
 * tools/bench/corpus.ts), built for real (the pages alone: no share images or search index, which the feed does not
 * read), read back with a feed parser.
 */
const CLAIMS = 150;
/** astro.config.mjs's placeholder address, which the build uses when CLAIMLINE_SITE_URL is not set. */
const SITE = 'https://claimline.example';
let dist = '';

beforeAll(() => {
  const corpus = generateCorpus({ claims: CLAIMS, seed: 7 });
  const files = corpusFiles(corpus).map((file) => ({ path: file.path, bytes: new TextEncoder().encode(file.text) }));
  const dir = fixtureProject('good', 'feed-pages', files);
  const build = runAstroBuild(dir, PAGES_ONLY);
  expect(build.status, build.stderr).toBe(0);
  dist = join(dir, 'dist');
}, 120_000);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const links = (xml: string): Record<string, string> =>
  Object.fromEntries(
    [...xml.matchAll(/<atom:link href="([^"]+)" rel="(\w+)"/g)].map(([, href = '', rel = '']) => [rel, href]),
  );

describe('a feed of more claims than one document holds', () => {
  it('puts the newest claims in /feed.xml and the rest in /feed/2.xml, every claim once', () => {
    const first = parseFeed(read('feed.xml'));
    const second = parseFeed(read('feed/2.xml'));
    expect(first.items).toHaveLength(FEED_PAGE_SIZE);
    expect(second.items).toHaveLength(CLAIMS - FEED_PAGE_SIZE);
    expect(existsSync(join(dist, 'feed', '3.xml'))).toBe(false);
    const urls = [...first.items, ...second.items].map((item) => item.url ?? '');
    expect(new Set(urls).size).toBe(CLAIMS);
    const exported = JSON.parse(read('claims.json')) as { claims: { url: string }[] };
    expect([...urls].sort()).toEqual(exported.claims.map((claim) => `${SITE}${claim.url}`).sort());
    // Newest first: no item of the second document was reported after one of the first.
    const oldestFirst = Math.min(...first.items.map((item) => item.published?.getTime() ?? NaN));
    const newestSecond = Math.max(...second.items.map((item) => item.published?.getTime() ?? NaN));
    expect(newestSecond).toBeLessThanOrEqual(oldestFirst);
  });

  it('links the documents to each other as a paged feed (RFC 5005)', () => {
    const site = SITE;
    expect(links(read('feed.xml'))).toEqual({
      self: `${site}/feed.xml`,
      first: `${site}/feed.xml`,
      next: `${site}/feed/2.xml`,
      last: `${site}/feed/2.xml`,
    });
    expect(links(read('feed/2.xml'))).toEqual({
      self: `${site}/feed/2.xml`,
      first: `${site}/feed.xml`,
      previous: `${site}/feed.xml`,
      last: `${site}/feed/2.xml`,
    });
  });
});
