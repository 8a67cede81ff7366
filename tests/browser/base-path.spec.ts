import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildUnderBase } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * The site built and served under a path of its host, as GitHub Pages serves a project site
 * (https://owner.github.io/claimline/): nothing answers outside the path, so a link, stylesheet or search index
 * addressed from the host's root fails here as it would there.
 */

const BASE = '/claimline/';
let server: ChildProcessWithoutNullStreams | undefined;
let origin = '';

test.beforeAll(async () => {
  // A build of the site and a server of its own: well within two minutes on these machines.
  test.setTimeout(120_000);
  const dist = join(projectRoot, 'tests', '.tmp', 'browser-under-a-path');
  const build = buildUnderBase(BASE, dist);
  if (build.status !== 0) throw new Error(`the build under ${BASE} failed:\n${build.stdout}${build.stderr}`);
  const started = spawn(process.execPath, [join(import.meta.dirname, 'serve.ts'), '0', dist, BASE]);
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
