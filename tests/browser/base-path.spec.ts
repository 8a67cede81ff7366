import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { fileOfAddress } from '../../tools/gates/pages.ts';
import { buildUnderBase } from '../helpers/cli.ts';
import { siteProject } from '../helpers/fixtures.ts';

/**
 * The site built for a host that serves it under a path, as GitHub Pages serves a project site
 * (https://owner.example/claimline/): every link, asset and full address must carry the path. One build, read back
 * as files (every link has a file, every full address the path) and served under the path alone, so that a link,
 * stylesheet or search index addressed from the host's root fails in the browser as it would there.
 */

const BASE = '/claimline/';
const ROOT = `https://owner.example${BASE}`;
let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
let server: ChildProcessWithoutNullStreams | undefined;
let origin = '';

/** The file a static host serves for an address under the base, or undefined for one outside it. */
const fileFor = (address: string): string | undefined =>
  address.startsWith(BASE) ? fileOfAddress(address.slice(BASE.length)) : undefined;

// One worker runs this file's tests in order, after one build: with the config's fullyParallel, each test would
// otherwise build the site again in a worker of its own.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  // A build of the site and a server of its own: well within two minutes on these machines.
  test.setTimeout(120_000);
  const project = siteProject('under-a-path');
  const build = buildUnderBase(BASE, project);
  dist = join(project, 'dist');
  if (build.status !== 0) throw new Error(`the build under ${BASE} failed:\n${build.stdout}${build.stderr}`);
  const started = spawn(process.execPath, [
    join(import.meta.dirname, '..', '..', 'tools', 'serve-site.ts'),
    '0',
    dist,
    BASE,
  ]);
  server = started;
  origin = await new Promise<string>((done, fail) => {
    started.stdout.on('data', (chunk: Buffer) => {
      const address = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString())?.[1];
      if (address) done(address);
    });
    started.once('exit', (code) => {
      fail(new Error(`the server stopped (exit ${String(code)})`));
    });
  });
});

test.afterAll(() => {
  server?.kill();
});

test('links every page, stylesheet, image and form from under the path, to files that exist', () => {
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

test('gives every full address the path: canonical links, share tags, JSON-LD, feed, sitemap, robots.txt, CSV', () => {
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

test('loads the search index from under the path', () => {
  expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
  const script = parse(read('search/index.html')).querySelector('script[type="module"]')?.textContent ?? '';
  expect(script).toContain('pagefind/pagefind.js');
  expect(script).toContain(BASE);
});

test('a reader searches, follows the result and the site navigation, and nothing is missing', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${String(response.status())} ${response.url()}`);
  });
  await page.goto(`${origin}${BASE}search/?q=Ushakov`);
  const result = page.getByRole('list', { name: 'Search results' }).locator(`a[href^="${BASE}claims/"]`).first();
  await expect(result).toBeVisible();
  const claim = (await result.getAttribute('href')) ?? '';
  await result.click();
  await expect(page).toHaveURL(`${origin}${claim}`);
  // The site's styles applied: the skip link sits above the page until it is focused.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  expect((await skip.boundingBox())?.y ?? 0).toBeLessThan(0);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Articles' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}articles/`);
  // An article page loads a stylesheet file of Astro's (/claimline/_astro/…), besides the styles in the page.
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}articles/[^/]+/$`));
  await page.getByRole('link', { name: 'Claimline', exact: true }).click();
  await expect(page).toHaveURL(`${origin}${BASE}`);
  expect(missing).toEqual([]);
});
