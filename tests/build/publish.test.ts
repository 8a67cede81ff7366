import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildClaimsExport } from '../../src/lib/publish/claims-export.ts';
import { claimPath } from '../../src/lib/site/routes.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { badgeText } from '../../src/lib/publish/feed.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { builtPages, dist, distFiles, pageAt, readDist } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * The publishing outputs in dist/, read back with standard tools: the export against its JSON Schema (ajv, draft
 * 2020-12), the feed with a feed parser, the sitemap with an XML parser, the head tags and JSON-LD of every page.
 * What should be there is worked out from content/ through the content check, not from the page code.
 */

const content = toSiteContent(checkContent(await readContentFiles(projectRoot)).content);
const index = indexSite(content);
const read = readDist;

const htmlFiles = distFiles('.html');
const pages = builtPages();
/** `claims/a/b/index.html` → `/claims/a/b/`; `404.html` stays a file. */
const addressOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const page = (address: string): HTMLElement => pageAt(pages, address);

/** The production address the build used: the canonical link of the home page, checked below. */
const site = new URL(page('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'missing:');
const absolute = (path: string) => new URL(path, site).href;

const exported = JSON.parse(read('claims.json')) as ReturnType<typeof buildClaimsExport>;
const schema = JSON.parse(read('claims.schema.json')) as Record<string, unknown>;

describe('dist/claims.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  const errors = () => ajv.errorsText(validate.errors);

  it('is a draft 2020-12 JSON Schema with its own address', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(absolute('/claims.schema.json'));
  });

  it('is met by dist/claims.json', () => {
    expect(validate(exported), errors()).toBe(true);
    expect(exported.followUps.length).toBeGreaterThan(0);
  });

  it('rejects an export that breaks it: a wrong kind, a field too many, a date missing a field, a new version', () => {
    const first = exported.claims[0];
    if (!first) throw new Error('no claims');
    const withClaim = (claim: object) => ({ ...exported, claims: [claim, ...exported.claims.slice(1)] });
    expect(validate(withClaim({ ...first, kind: 'rumour' }))).toBe(false);
    expect(validate(withClaim({ ...first, rating: 'false' }))).toBe(false);
    expect(validate(withClaim({ ...first, date: { start: '2025-08-04', end: '2025-08-10' } }))).toBe(false);
    expect(validate(withClaim({ ...first, date: null }))).toBe(true);
    expect(validate({ ...exported, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...exported, followUps: undefined })).toBe(false);
  });
});

describe('the methodology page', () => {
  it('links the export, its schema, the CSV and the feed, and says how the export is versioned', () => {
    const section = page('/methodology/');
    const links = section.querySelectorAll('a').map((link) => link.getAttribute('href'));
    for (const file of ['/claims.json', '/claims.schema.json', '/claims.csv', '/feed.xml']) {
      expect(links).toContain(file);
      expect(existsSync(join(dist, file))).toBe(true);
    }
    const versioning = section.querySelector('#versioning')?.nextElementSibling?.textContent ?? '';
    expect(versioning.replace(/\s+/g, ' ')).toContain(`schemaVersion, now ${String(exported.schemaVersion)}.`);
  });
});

describe('dist/claims.csv', () => {
  /** RFC 4180 records, for the test: quoted fields may hold commas, doubled quotes and line breaks. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let at = 0; at < text.length; at++) {
      const char = text.charAt(at);
      const next = text.charAt(at + 1);
      if (quoted && char === '"' && next === '"') {
        field += '"';
        at++;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (!quoted && char === ',') {
        row.push(field);
        field = '';
      } else if (!quoted && char === '\r' && next === '\n') {
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        at++;
      } else {
        field += char;
      }
    }
    return rows;
  }

  it('holds one row per claim, in the export’s order, with absolute page links', () => {
    const text = read('claims.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 5)).toEqual(['id', 'url', 'article', 'order', 'excerpt']);
    expect(rows.map((row) => row[0])).toEqual(exported.claims.map((claim) => claim.id));
    expect(rows.map((row) => row[1])).toEqual(exported.claims.map((claim) => absolute(claim.url)));
    expect(rows.map((row) => row[4])).toEqual(exported.claims.map((claim) => claim.excerpt));
  });
});

describe('dist/feed.xml', () => {
  const feed = parseFeed(read('feed.xml'));

  it('parses as RSS with one item per claim, each linking to its claim page', () => {
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Claimline: every claim');
    expect(feed.items).toHaveLength(content.claims.length);
    expect(feed.items.map((item) => item.url).sort()).toEqual(
      content.claims.map((claim) => absolute(claimPath(claim.id))).sort(),
    );
  });

  it('gives each item its badge words, its excerpt and the day it was reported', () => {
    const byUrl = new Map(content.claims.map((claim) => [absolute(claimPath(claim.id)), claim]));
    for (const item of feed.items) {
      const claim = byUrl.get(item.url ?? '');
      if (!claim) throw new Error(`an item for no claim: ${String(item.url)}`);
      expect(item.description).toContain(badgeText(index, claim.id));
      expect(item.description).toContain(claim.excerpt);
      expect(item.description).toMatch(/Sourcing: .+ · Kind: .+ · Outlet: .+ · Date: .+/);
      expect(item.published?.toISOString().slice(0, 10)).toBe(index.articles.get(claim.article)?.published);
    }
  });

  it('is discoverable from every page', () => {
    for (const [file, root] of pages) {
      const link = root.querySelector('link[rel="alternate"][type="application/rss+xml"]');
      expect(link?.getAttribute('href'), file).toBe(absolute('/feed.xml'));
    }
  });
});

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const locs = (file: string, list: 'sitemapindex' | 'urlset', entry: 'sitemap' | 'url') =>
    ((xml.parse(read(file)) as Record<string, Record<string, { loc: string }[]>>)[list]?.[entry] ?? []).map(
      (item) => item.loc,
    );

  it('lists every built page but the 404 page, and nothing else', () => {
    const sitemaps = locs('sitemap-index.xml', 'sitemapindex', 'sitemap');
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((address) => {
      expect(address.startsWith(site.href)).toBe(true);
      return locs(new URL(address).pathname.slice(1), 'urlset', 'url');
    });
    const expected = htmlFiles.filter((file) => file !== '404.html').map((file) => absolute(addressOf(file)));
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('points robots.txt at the sitemap index', () => {
    expect(read('robots.txt')).toMatch(/^User-agent: \*$/m);
    expect(read('robots.txt')).toContain(`Sitemap: ${absolute('/sitemap-index.xml')}\n`);
  });
});

describe('head tags on every page', () => {
  const meta = (root: HTMLElement, key: string) =>
    root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

  it('gives every page but the 404 page a canonical link to its own address', () => {
    for (const [file, root] of pages) {
      const canonical = root.querySelectorAll('link[rel="canonical"]');
      if (file === '404.html') {
        expect(canonical).toHaveLength(0);
        expect(meta(root, 'robots')).toBe('noindex');
        expect(meta(root, 'og:url')).toBe('');
      } else {
        expect(
          canonical.map((link) => link.getAttribute('href')),
          file,
        ).toEqual([absolute(addressOf(file))]);
        expect(meta(root, 'og:url'), file).toBe(absolute(addressOf(file)));
      }
    }
  });

  it('gives every page Open Graph and Twitter card tags, with a share image that exists in dist/', () => {
    for (const [file, root] of pages) {
      expect(meta(root, 'og:title').length, file).toBeGreaterThan(0);
      expect(meta(root, 'og:description'), file).toBe(
        root.querySelector('meta[name="description"]')?.getAttribute('content'),
      );
      expect(meta(root, 'og:image:alt').length, file).toBeGreaterThan(20);
      expect(meta(root, 'twitter:card'), file).toBe('summary_large_image');
      const image = meta(root, 'og:image');
      expect(image.startsWith(site.href), `${file}: ${image}`).toBe(true);
      const png = readFileSync(join(dist, new URL(image).pathname));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('gives each claim and article its own share image, and the other pages the site’s', () => {
    for (const claim of content.claims) {
      const root = page(claimPath(claim.id));
      expect(meta(root, 'og:image')).toBe(absolute(`/og/claims/${claim.id}.png`));
      expect(meta(root, 'og:type')).toBe('article');
      expect(meta(root, 'og:image:alt')).toContain(claim.excerpt.slice(0, 40));
    }
    for (const article of content.articles) {
      expect(meta(page(`/articles/${article.id}/`), 'og:image')).toBe(absolute(`/og/articles/${article.id}.png`));
    }
    expect(meta(page('/'), 'og:image')).toBe(absolute('/og/site.png'));
    expect(meta(page('/'), 'og:type')).toBe('website');
  });
});

describe('JSON-LD', () => {
  function jsonLd(root: HTMLElement): Record<string, unknown>[] {
    return root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
  }

  it('describes every claim page as a schema.org Claim by its innermost speaker or outlet, with no rating', () => {
    for (const claim of content.claims) {
      const [data, ...more] = jsonLd(page(claimPath(claim.id)));
      expect(more).toHaveLength(0);
      const facts = index.facts.get(claim.id);
      const innermost = index.sources.get(claim.attribution.chain.at(-1) ?? '');
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Claim',
        text: claim.excerpt,
        url: absolute(claimPath(claim.id)),
        datePublished: facts?.article.published,
        appearance: { '@type': 'NewsArticle', url: facts?.article.url },
        firstAppearance: { '@type': 'NewsArticle', url: facts?.article.url },
        // The speaker the claim rests on: a named person or institution, or else the outlet that reported it.
        author:
          innermost?.type === 'person'
            ? { '@type': 'Person', name: innermost.name }
            : innermost?.type === 'institution'
              ? { '@type': 'Organization', name: innermost.name }
              : { '@type': 'NewsMediaOrganization', name: facts?.outlet.name },
      });
      expect(JSON.stringify(data)).not.toMatch(/ClaimReview|reviewRating/);
    }
  });

  it('describes every article page as a NewsArticle with its publisher, date and the story it re-reports', () => {
    for (const article of content.articles) {
      const [data] = jsonLd(page(`/articles/${article.id}/`));
      expect(data).toMatchObject({
        '@type': 'NewsArticle',
        headline: article.title,
        datePublished: article.published,
        publisher: { name: index.sources.get(article.publisher)?.name },
      });
      if (article.reReports) {
        expect(data?.isBasedOn).toMatchObject({
          '@type': 'NewsArticle',
          headline: article.reReports.title,
          publisher: { name: index.sources.get(article.reReports.outlet)?.name },
        });
      }
    }
  });

  it('appears on no other page', () => {
    for (const [file, root] of pages) {
      if (!file.startsWith('claims/') && !/^articles\/[^/]+\/index\.html$/.test(file)) {
        expect(jsonLd(root), file).toEqual([]);
      }
    }
  });
});

describe('site search', () => {
  /**
   * Pagefind's fragments: one per record, gzip-compressed JSON behind a 12-byte marker ("pagefind_dcd"), as its
   * browser bundle reads them.
   */
  const fragmentDir = join(dist, 'pagefind', 'fragment');
  const fragments = readdirSync(fragmentDir).map((file) => {
    const bytes = gunzipSync(readFileSync(join(fragmentDir, file)));
    expect(bytes.subarray(0, 12).toString('latin1')).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as {
      url: string;
      content: string;
      meta: { title: string; type: string };
    };
  });

  it('indexes exactly the claim, article and source pages, each once, under its page heading', () => {
    const expected = [
      ...content.claims.map((claim) => `/claims/${claim.id}/`),
      ...content.articles.map((article) => `/articles/${article.id}/`),
      ...content.sources.map((source) => `/sources/${source.id}/`),
    ];
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(expected.sort());
    for (const fragment of fragments) {
      expect(page(fragment.url).querySelector('h1')?.textContent.trim(), fragment.url).toBe(fragment.meta.title);
      expect(fragment.meta.type).toBe(
        fragment.url.split('/')[1] === 'claims'
          ? 'Claim'
          : fragment.url.startsWith('/articles/')
            ? 'Article'
            : 'Source',
      );
    }
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(
      expected.length,
    );
  });

  it("holds a claim's excerpt and every name in its chain, and none of the badge words every page repeats", () => {
    for (const claim of content.claims) {
      const record = fragments.find((fragment) => fragment.url === `/claims/${claim.id}/`);
      expect(record?.content, claim.id).toContain(claim.excerpt);
      for (const id of claim.attribution.chain) {
        expect(record?.content, `${claim.id}: ${id}`).toContain(index.sources.get(id)?.name ?? id);
      }
      expect(record?.content).not.toMatch(/Expected, not yet happened|On whose word|How firmly/u);
    }
  });

  it('loads search code on the search page only', () => {
    const search = page('/search/');
    const scripts = search.querySelectorAll('script:not([type="application/ld+json"])');
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module']);
    expect(scripts[0]?.textContent).toContain('/pagefind/pagefind.js');
    for (const [file, root] of pages) {
      if (file === 'search/index.html') continue;
      expect(root.querySelectorAll('script:not([type="application/ld+json"])'), file).toHaveLength(0);
      expect(root.toString(), file).not.toContain('/pagefind/');
    }
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('has a labelled search field, a live region, and a message for readers without JavaScript', () => {
    const search = page('/search/');
    const input = search.querySelector('form[role="search"] input[type="search"]');
    expect(search.querySelector(`label[for="${input?.getAttribute('id') ?? '?'}"]`)?.textContent).toMatch(/\w/);
    expect(search.querySelector('[role="status"]')).not.toBeNull();
    expect(search.querySelector('#search-fallback')?.textContent).toContain('needs JavaScript');
    expect(search.querySelector('form[role="search"]')?.hasAttribute('hidden')).toBe(true);
  });
});
