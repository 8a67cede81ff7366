import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildUnderBase } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/fixtures.ts';

// The site built for a host that serves it under a path, as GitHub Pages serves a project site
// (https://owner.example/claimline/): every link, asset and full address must carry the path.
const BASE = '/claimline/';
const ROOT = `https://owner.example${BASE}`;
const dist = join(projectRoot, 'tests', '.tmp', 'under-a-path');
const build = buildUnderBase(BASE, dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The file a static host serves for an address under the base, or undefined for one outside it. */
function fileFor(address: string): string | undefined {
  if (!address.startsWith(BASE)) return undefined;
  const path = address.slice(BASE.length).replace(/[#?].*$/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

describe('the site published under a path of its host', () => {
  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('links every page, stylesheet, image and form from under the path, to files that exist', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    let checked = 0;
    for (const page of pages) {
      const root = parse(read(page));
      // Styled, from a stylesheet under the path (checked with the other links below) or inlined by Astro.
      const styled = root.querySelector('link[rel="stylesheet"]') ?? root.querySelector('style');
      expect(styled, `${page} has no styles`).not.toBeNull();
      const addresses = [
        ...root.querySelectorAll('[href]').map((element) => element.getAttribute('href') ?? ''),
        ...root.querySelectorAll('[src]').map((element) => element.getAttribute('src') ?? ''),
        ...root.querySelectorAll('form[action]').map((element) => element.getAttribute('action') ?? ''),
      ].filter((address) => address.startsWith('/') && !address.startsWith('//'));
      for (const address of addresses) {
        const file = fileFor(address);
        expect(file, `${page}: ${address} is outside ${BASE}`).toBeDefined();
        expect(existsSync(join(dist, file ?? '')), `${page}: ${address} has no file`).toBe(true);
        checked++;
      }
    }
    // Navigation, claims, sources, favicon, feed and data links on every page: thousands of them.
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('gives every full address the path: canonical links, share tags, JSON-LD, feed, sitemap, robots.txt, CSV', () => {
    const exported = JSON.parse(read('claims.json')) as { claims: { url: string }[] };
    const path = exported.claims[0]?.url ?? '';
    expect(path).toMatch(/^\/claims\/.+\/$/);
    const claim = parse(read(`${path.slice(1)}index.html`));
    expect(claim.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${ROOT}${path.slice(1)}`);
    const image = claim.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image.startsWith(`${ROOT}og/claims/`)).toBe(true);
    expect(existsSync(join(dist, image.slice(ROOT.length)))).toBe(true);
    const ld = JSON.parse(claim.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      url?: string;
    };
    expect(ld.url).toBe(`${ROOT}${path.slice(1)}`);

    const feedLinks = [...read('feed.xml').matchAll(/<link>([^<]*)<\/link>/g)].map((match) => match[1] ?? '');
    expect(feedLinks).toContain(`${ROOT}${path.slice(1)}`);
    for (const link of feedLinks) expect(link.startsWith(ROOT), link).toBe(true);
    expect(read('feed.xml')).toContain(`<atom:link href="${ROOT}feed.xml" rel="self"`);

    const sitemap = [...read('sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(sitemap).toContain(`${ROOT}${path.slice(1)}`);
    for (const loc of sitemap) expect(loc.startsWith(ROOT), loc).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
    expect(read('claims.csv')).toContain(`,${ROOT}${path.slice(1)},`);
    expect((JSON.parse(read('claims.schema.json')) as { $id: string }).$id).toBe(`${ROOT}claims.schema.json`);
  });

  it('loads the search index from under the path', () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    const script = parse(read('search/index.html')).querySelector('script[type="module"]')?.textContent ?? '';
    expect(script).toContain('pagefind/pagefind.js');
    expect(script).toContain(BASE);
  });
});
