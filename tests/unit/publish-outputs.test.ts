import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildClaimsExport } from '../../src/lib/publish/claims-export.ts';
import { claimImagePath, claimPath, feedPagePath } from '../../src/lib/site/routes.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import {
  badgeText,
  claimFeedItems,
  feedChannelXml,
  feedPages,
  type ClaimFeedItem,
} from '../../src/lib/publish/feed.ts';
import { pageMeta } from '../../src/lib/publish/page-meta.ts';
import { robotsTxt } from '../../src/lib/publish/robots.ts';
import { articleCard, claimCard, shareImageAlt, SITE_CARD } from '../../src/lib/publish/share-cards.ts';
import { claimsExportJsonSchema, claimsExportSchema } from '../../src/lib/schema/export.ts';
import { factsOf, indexSite } from '../../src/lib/site/site-index.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

const content = toSiteContent(checkContent(fixtureFiles('base')).content);
const index = indexSite(content);
const site = new URL('https://claims.example.org/');
const named = content.claims.find((claim) => claim.attribution.category === 'named');
if (!named) throw new Error('the base fixture has a named claim');

describe('the export schema', () => {
  const ajv = new Ajv2020({ strict: true });
  const json = claimsExportJsonSchema(site);
  const validate = ajv.compile(json);

  it('is generated from the zod schema, with its own address', () => {
    expect(json).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://claims.example.org/claims.schema.json',
      type: 'object',
      additionalProperties: false,
      required: ['schemaVersion', 'schemaMinorVersion', 'articles', 'sources', 'claims', 'followUps'],
    });
  });

  it('accepts what the export builds, by zod and by ajv alike', () => {
    const exported = JSON.parse(JSON.stringify(buildClaimsExport(content))) as unknown;
    expect(claimsExportSchema.safeParse(exported).success).toBe(true);
    expect(validate(exported), ajv.errorsText(validate.errors)).toBe(true);
  });
});

describe('share cards', () => {
  it('shows a claim’s excerpt, its three badges and its date', () => {
    const facts = factsOf(index, named.id);
    const card = claimCard(facts, index.sources.get(facts.article.publisher));
    expect(card).toMatchObject({ quote: named.excerpt, quoted: true });
    expect(card.badges).toEqual(['Named', 'Statement', 'The Coast Gazette']);
    expect(card.eyebrow).toBe('Claimline · The Coast Gazette, 14 Mar 2025');
    expect(claimImagePath(named.id)).toBe(`/og/claims/${named.id}.png`);
  });

  it('words a claim resting on an institution as an institution’s, a person’s as named', () => {
    const facts = factsOf(index, named.id);
    const institution = { id: 'port-authority', type: 'institution' as const, name: 'The Port Authority' };
    expect(claimCard(facts, undefined, institution).badges[0]).toBe('Named institution');
    const person = index.sources.get(named.attribution.chain.at(-1) ?? '');
    expect(claimCard(facts, undefined, person).badges[0]).toBe('Named');
  });

  it('shows an article’s title, its claim count and its largest sourcing share', () => {
    const [article] = content.articles;
    if (!article) throw new Error('no article');
    const card = articleCard(article, index.byArticle.get(article.id) ?? []);
    expect(card.quote).toBe(article.title);
    expect(card.badges[0]).toBe(`${String(index.byArticle.get(article.id)?.length)} claims`);
    expect(card.badges[1]).toMatch(/^\d+% [a-z ]+$/);
  });

  it('describes a card in words, in reading order', () => {
    expect(
      shareImageAlt({ eyebrow: 'Claimline · X, 1 May 2025', quote: 'It rained.', quoted: true, badges: ['Named'] }),
    ).toBe('Claimline · X, 1 May 2025. “It rained.” Named.');
    expect(shareImageAlt(SITE_CARD)).toBe(
      'Claimline. What a news story claims, on whose word, and when. ' +
        'Named, Anonymous official, Anonymous source, Outlet, Unattributed.',
    );
    const long = shareImageAlt({ eyebrow: 'E', quote: 'word '.repeat(80), quoted: true, badges: [] });
    expect(long.length).toBeLessThan(200);
    expect(long).toMatch(/…”$/);
  });
});

describe('page head tags', () => {
  const image = { path: '/og/x.png', alt: 'A card' };

  it('makes every address absolute on the site', () => {
    const meta = pageMeta({
      site,
      path: '/claims/a/b/',
      title: 'T',
      description: 'D',
      type: 'article',
      image,
      published: '2025-03-14',
      indexable: true,
    });
    const tags = Object.fromEntries(meta.tags.map((tag) => [tag.key, tag.content]));
    expect(meta.canonical).toBe('https://claims.example.org/claims/a/b/');
    expect(meta.feed.href).toBe('https://claims.example.org/feed.xml');
    expect(tags).toMatchObject({
      'og:url': 'https://claims.example.org/claims/a/b/',
      'og:image': 'https://claims.example.org/og/x.png',
      'og:image:alt': 'A card',
      'og:type': 'article',
      'article:published_time': '2025-03-14',
      'twitter:card': 'summary_large_image',
    });
    expect(tags.robots).toBeUndefined();
  });

  it('gives a page that should not be listed no canonical link and noindex', () => {
    const meta = pageMeta({
      site,
      path: '/404/',
      title: 'T',
      description: 'D',
      type: 'website',
      image,
      indexable: false,
    });
    expect(meta.canonical).toBeUndefined();
    expect(meta.tags).toContainEqual({ attribute: 'name', key: 'robots', content: 'noindex' });
    expect(meta.tags.some((tag) => tag.key === 'article:published_time')).toBe(false);
    // Its address does not exist as a page (the link gate would find og:url broken).
    expect(meta.tags.some((tag) => tag.key === 'og:url')).toBe(false);
  });
});

describe('the feed', () => {
  it('has one item per claim, each with its badge words, excerpt, link and the day it was reported', () => {
    const items = claimFeedItems(index);
    expect(items.map((item) => item.link).sort()).toEqual(content.claims.map((claim) => claimPath(claim.id)).sort());
    const item = items.find((entry) => entry.link === claimPath(named.id));
    expect(item).toMatchObject({
      description: `Sourcing: Named · Kind: Statement · Outlet: The Coast Gazette · Date: ${
        badgeText(index, named.id).split('Date: ')[1] ?? ''
      }. “${named.excerpt}”`,
      categories: ['Named', 'Statement', 'The Coast Gazette'],
    });
    expect(item?.pubDate.toISOString()).toBe('2025-03-14T00:00:00.000Z');
  });

  it('lists the newest article first, and each article in its own order', () => {
    const [first] = content.articles;
    if (!first) throw new Error('no article');
    const second = {
      ...content,
      articles: [...content.articles, { ...first, id: 'later', published: '2025-04-01' }],
      claims: [...content.claims, { ...named, id: 'later/01-x', article: 'later', order: 1 }],
    };
    const items = claimFeedItems(indexSite(second));
    expect(items[0]?.link).toBe('/claims/later/01-x/');
    const orders = items
      .slice(1)
      .map((entry) => content.claims.find((claim) => claimPath(claim.id) === entry.link)?.order);
    expect(orders).toEqual([...orders].sort((a = 0, b = 0) => a - b));
  });

  it('escapes the channel’s extra elements', () => {
    const odd = (path: string) => new URL(`https://x.example${path}?a=1&b=2`);
    expect(feedChannelXml({ number: 1, pages: 1 }, 'en', odd)).toBe(
      '<language>en</language><atom:link href="https://x.example/feed.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });

  it('cuts the items into documents of 100, /feed.xml first, each linking the others as a paged feed', () => {
    const items = Array.from({ length: 250 }, (_, at) => ({
      ...claimFeedItems(index)[0],
      link: `/claims/a/${String(at)}/`,
    }));
    const pages = feedPages(items as ClaimFeedItem[]);
    expect(pages.map((page) => [page.number, page.pages, page.items.length])).toEqual([
      [1, 3, 100],
      [2, 3, 100],
      [3, 3, 50],
    ]);
    // In order, none lost or repeated.
    expect(pages.flatMap((page) => page.items.map((item) => item.link))).toEqual(items.map((item) => item.link));
    expect([1, 2, 3].map(feedPagePath)).toEqual(['/feed.xml', '/feed/2.xml', '/feed/3.xml']);

    const address = (path: string) => new URL(path.slice(1), 'https://x.example/claimline/');
    const links = (number: number) =>
      [...feedChannelXml({ number, pages: 3 }, 'en', address).matchAll(/href="([^"]+)" rel="(\w+)"/g)].map(
        ([, href, rel]) => `${rel ?? ''} ${href ?? ''}`,
      );
    expect(links(2)).toEqual([
      'self https://x.example/claimline/feed/2.xml',
      'first https://x.example/claimline/feed.xml',
      'previous https://x.example/claimline/feed.xml',
      'next https://x.example/claimline/feed/3.xml',
      'last https://x.example/claimline/feed/3.xml',
    ]);
    expect(links(1)).not.toContainEqual(expect.stringMatching(/^previous /));
    expect(links(3)).not.toContainEqual(expect.stringMatching(/^next /));
    expect(links(1)).toHaveLength(4);
    // A feed of one document has no paging links (the test above), and a site with no claims still has its feed.
    expect(feedPages([])).toEqual([{ number: 1, pages: 1, items: [] }]);
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap index by its full address', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://claims.example.org/sitemap-index.xml\n');
  });
});
