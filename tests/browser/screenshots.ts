import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { pages, picked, root } from './pages.ts';

/**
 * `npm run screenshots` (playwright.screenshots.config.ts): pictures of the built site for people to look at, in
 * test-results/screenshots/: every page the browser tests visit at 375 and 1280 px, the 404 page, and the two
 * pictures of the README (readme-timeline.png, readme-claim.png), copied to docs/screenshots/ by hand when the design
 * changes, and the search page's results for a name. Nothing here asserts, so none of it is a test of `npm test`: the
 * layout at these widths is (site.spec.ts), and so is the search (search.spec.ts).
 */

const screenshots = join(root, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

for (const { name, path } of pages) {
  for (const width of [375, 1280]) {
    test(`${name} at ${String(width)} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.screenshot({ path: join(screenshots, `${name}-${String(width)}.png`), fullPage: true });
    });
  }
}

test('the 404 page at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/no/such/page/');
  await page.screenshot({ path: join(screenshots, '404-375.png') });
});

test("the README's timeline and claim page", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/');
  await page.screenshot({ path: join(screenshots, 'readme-timeline.png') });
  await page.goto(picked.prediction.url);
  await page.screenshot({ path: join(screenshots, 'readme-claim.png') });
});

test('search results for a name, at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/search/?q=${encodeURIComponent('Ushakov')}`);
  await page.getByRole('list', { name: 'Search results' }).locator('a').first().waitFor();
  await page.screenshot({ path: join(screenshots, 'search-results.png'), fullPage: true });
});
