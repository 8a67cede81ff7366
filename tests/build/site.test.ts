import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { claimPath } from '../../src/lib/site/routes.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { weighPage } from '../../tools/measure/page-weight.ts';
import { builtPages, dist, listing, pageAt, text, visibleText } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * The built site, read back from dist/ with a real HTML parser. What the pages should hold is worked out here
 * from content/ through the content check, not from the page code, so a page that drops or misplaces a claim
 * fails.
 */

const checked = checkContent(await readContentFiles(projectRoot));
const content = toSiteContent(checked.content);

const pages = builtPages();
const page = (address: string): HTMLElement => pageAt(pages, address);
const claimLinks = (root: HTMLElement) =>
  root.querySelectorAll('li.entry h3 a, li.entry h4 a').map((link) => link.getAttribute('href'));

describe('the built reader site', () => {
  it('gives every claim a page with its excerpt as a quotation', () => {
    for (const claim of content.claims) {
      const root = page(claimPath(claim.id));
      expect(visibleText(root.querySelector('blockquote')), claim.id).toBe(claim.excerpt);
      expect(text(root.querySelector('h1')).length).toBeGreaterThan(0);
    }
  });

  it('lists every claim exactly once on the timeline, in date order', () => {
    const hrefs = listing(pages, '/').flatMap(claimLinks);
    expect([...hrefs].sort()).toEqual(content.claims.map((claim) => claimPath(claim.id)).sort());
    const byPath = new Map(content.claims.map((claim) => [claimPath(claim.id), claim]));
    const starts = hrefs.map((href) => byPath.get(href ?? '')?.date?.start ?? '9999-99-99');
    expect(starts).toEqual([...starts].sort());
  });

  it('narrows the timeline by category, kind and outlet with plain links', () => {
    const home = page('/');
    const filterLinks = home.querySelectorAll('nav.filters a').map((link) => link.getAttribute('href') ?? '');
    for (const category of new Set(content.claims.map((claim) => claim.attribution.category))) {
      const href = `/timeline/category/${category}/`;
      expect(filterLinks).toContain(href);
      const expected = content.claims.filter((claim) => claim.attribution.category === category);
      expect(listing(pages, href).flatMap(claimLinks).sort()).toEqual(
        expected.map((claim) => claimPath(claim.id)).sort(),
      );
    }
    for (const kind of new Set(content.claims.map((claim) => claim.kind))) {
      const href = `/timeline/kind/${kind}/`;
      expect(filterLinks).toContain(href);
      expect(listing(pages, href).flatMap(claimLinks)).toHaveLength(
        content.claims.filter((claim) => claim.kind === kind).length,
      );
    }
    const outlets = filterLinks.filter((href) => href.startsWith('/timeline/outlet/'));
    expect(outlets.length).toBeGreaterThan(0);
    // Each claim comes through exactly one outlet, so the outlet pages share out the whole timeline.
    expect(outlets.flatMap((href) => listing(pages, href).flatMap(claimLinks)).sort()).toEqual(
      content.claims.map((claim) => claimPath(claim.id)).sort(),
    );
  });

  it('gives every badge an accessible name saying what it labels', () => {
    let badges = 0;
    for (const [file, root] of pages) {
      for (const badge of root.querySelectorAll('.badge')) {
        badges++;
        expect(text(badge), file).toMatch(/^(Sourcing|Kind|Outlet|Outcome): \S/);
        expect(badge.querySelector('svg')?.getAttribute('aria-hidden'), file).toBe('true');
      }
    }
    expect(badges).toBeGreaterThan(content.claims.length * 3);
  });

  it('links every sentence of each annotated article to the claim that holds it', () => {
    for (const article of checked.content.articles.values()) {
      const root = page(`/articles/${article.id}/`);
      const owner = new Map<number, string>();
      for (const claim of checked.content.claims.filter((entry) => entry.data.article === article.id)) {
        for (const index of claim.sentences) owner.set(index, claim.id);
      }
      expect(article.sentences.length).toBeGreaterThan(0);
      for (const sentence of article.sentences) {
        const span = root.querySelector(`#s-${sentence.index + 1}`);
        expect(visibleText(span), `sentence ${sentence.index + 1}`).toBe(sentence.text);
        expect(span?.closest('a')?.getAttribute('href')).toBe(claimPath(owner.get(sentence.index) ?? '?'));
      }
      expect(root.querySelectorAll('[id^="s-"]')).toHaveLength(article.sentences.length);
      const chart = root.querySelector('figure.chart svg[role="img"]');
      expect(chart?.getAttribute('aria-label')).toMatch(/^Share of the article's words by sourcing: /);
      expect(root.querySelector('figure.chart table')).not.toBeNull();
    }
  });

  it('links each claim page to its sentence in the annotated article', () => {
    for (const claim of content.claims) {
      const link = page(claimPath(claim.id)).querySelector('figcaption a[href*="#claim-"]')?.getAttribute('href') ?? '';
      const [address, fragment] = link.split('#');
      expect(address).toBe(`/articles/${claim.article}/`);
      const target = page(address ?? '').querySelector(`#${fragment ?? ''}`);
      expect(target?.getAttribute('href')).toBe(claimPath(claim.id));
    }
  });

  it('gives every source a page with its claims and counts', () => {
    for (const source of content.sources) {
      const root = page(`/sources/${source.id}/`);
      expect(text(root.querySelector('h1'))).toBe(source.name);
      const inChain = content.claims.filter((claim) => claim.attribution.chain.includes(source.id));
      expect(listing(pages, `/sources/${source.id}/`).flatMap(claimLinks)).toHaveLength(inChain.length);
      expect(root.querySelectorAll('.counts table caption').map(text)).toEqual(['By sourcing category', 'By kind']);
      expect(page('/sources/').querySelector(`a[href="/sources/${source.id}/"]`)).not.toBeNull();
    }
  });

  it('shows week dates as weeks, with the phrase and how the date is known', () => {
    const weekClaim = content.claims.find((claim) => claim.date?.precision === 'week' && claim.date.asWritten);
    if (!weekClaim?.date) throw new Error('the seed has a week-precision claim with a phrase');
    const when = text(page(claimPath(weekClaim.id)).querySelector('p.date time'));
    expect(when).toMatch(/^week of \d{1,2} [A-Z][a-z]{2} \d{4}: '.+', inferred from the publication date, /);
    const entry = page('/').querySelector(`li.entry:has(a[href="${claimPath(weekClaim.id)}"]) .when`);
    expect(text(entry)).toMatch(/^week of \d{1,2} [A-Z][a-z]{2} \d{4} \('.+'\)$/);
  });

  it('marks every prediction on the timeline as expected, with the day it was reported', () => {
    const home = page('/');
    for (const claim of content.claims.filter((entry) => entry.kind === 'prediction')) {
      const entry = home.querySelector(`li.entry.expected:has(a[href="${claimPath(claim.id)}"])`);
      expect(text(entry?.querySelector('.note')), claim.id).toMatch(/^Expected, as reported on \d{1,2} \w{3} \d{4}$/);
    }
  });

  it('ships no client JavaScript, but on the search page', () => {
    // The search page needs its script; tests/build/publish.test.ts checks it is the only one that has any.
    for (const [file, root] of [...pages].filter(([file]) => file !== 'search/index.html')) {
      const scripts = root
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(scripts, file).toHaveLength(0);
      expect(root.querySelectorAll('[onclick], [onload], [onerror]'), file).toHaveLength(0);
    }
    const assets = existsSync(join(dist, '_astro')) ? readdirSync(join(dist, '_astro')) : [];
    expect(assets.filter((name) => name.endsWith('.js'))).toEqual([]);
  });

  it('gives every page a language, title, description, favicon and a working skip link', () => {
    for (const [file, root] of pages) {
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe('en');
      expect(text(root.querySelector('title')).length, file).toBeGreaterThan(0);
      expect(
        root.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0,
        file,
      ).toBeGreaterThan(40);
      expect(root.querySelector('link[rel="icon"]')?.getAttribute('href'), file).toBe('/favicon.svg');
      expect(root.querySelector('a.skip')?.getAttribute('href'), file).toBe('#main');
      expect(root.querySelector('main#main'), file).not.toBeNull();
      expect(root.querySelectorAll('h1'), file).toHaveLength(1);
    }
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
    expect(pages.has('404.html')).toBe(true);
  });

  it('draws each claim page’s meta description from the claim’s own words', () => {
    for (const claim of content.claims) {
      const description = page(claimPath(claim.id)).querySelector('meta[name="description"]')?.getAttribute('content');
      expect(description, claim.id).toContain(claim.excerpt.split(' ').slice(0, 5).join(' '));
      expect(description?.length ?? 0).toBeLessThanOrEqual(160);
    }
  });

  it('keeps every internal link pointing at a built page', () => {
    const missing = new Set<string>();
    for (const [file, root] of pages) {
      for (const link of root.querySelectorAll('a[href^="/"]')) {
        const href = (link.getAttribute('href') ?? '').split('#')[0] ?? '';
        // Data files (claims.json, claims.csv, feed.xml…) are files; everything else is a page.
        const target = href.endsWith('/') ? `${href.slice(1)}index.html` : href.slice(1);
        if (!pages.has(target) && !(target && existsSync(join(dist, target)))) missing.add(`${file} → ${href}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('weighs under 20 KB gzip on the home page, HTML and CSS together', () => {
    const weight = weighPage('index.html', (path) => readFileSync(join(dist, path)));
    expect(weight.js).toBe(0);
    expect(weight.html + weight.css).toBeLessThan(20 * 1024);
  });
});
