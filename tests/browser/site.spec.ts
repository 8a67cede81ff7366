import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The built site in a real browser: WCAG 2.2 AA by axe-core in light and dark, keyboard reachability with a
 * visible focus, no console errors, no requests off the site, layout from 320 px, and screenshots at 375 and
 * 1280 px in test-results/screenshots/.
 */

const root = join(import.meta.dirname, '..', '..');
const exported = JSON.parse(readFileSync(join(root, 'dist', 'claims.json'), 'utf8')) as {
  articles: { id: string }[];
  sources: { id: string }[];
  claims: {
    id: string;
    url: string;
    kind: string;
    attribution: { chain: string[] };
    date: { precision: string; asWritten: string | null } | null;
  }[];
  followUps: { id: string; resolves: { claim: string; outcome: string }[] }[];
};
const weekClaim = exported.claims.find((claim) => claim.date?.precision === 'week' && claim.date.asWritten);
// The prediction with the longest attribution chain shows the most of a claim page.
const prediction = exported.claims
  .filter((claim) => claim.kind === 'prediction')
  .sort((a, b) => b.attribution.chain.length - a.attribution.chain.length)[0];
const firstArticle = exported.articles[0];
const anonymous = exported.sources.find((source) => source.id !== firstArticle?.id);
// A claim a follow-up settled, refuted if any was: the outcome most worth checking in both colour schemes.
const resolutions = exported.followUps.flatMap((followUp) => followUp.resolves);
const resolution = resolutions.find((entry) => entry.outcome === 'refuted') ?? resolutions[0];
const resolved = exported.claims.find((claim) => claim.id === resolution?.claim);
const firstFollowUp = exported.followUps[0];
if (!weekClaim || !prediction || !firstArticle || !anonymous || !resolved || !firstFollowUp) {
  throw new Error('dist/claims.json lacks the seed');
}

const pages = [
  { name: 'home', path: '/' },
  { name: 'claim', path: weekClaim.url },
  { name: 'prediction', path: prediction.url },
  { name: 'source', path: `/sources/${anonymous.id}/` },
  { name: 'sources', path: '/sources/' },
  { name: 'article', path: `/articles/${firstArticle.id}/` },
  { name: 'articles', path: '/articles/' },
  { name: 'methodology', path: '/methodology/' },
  { name: 'filter', path: '/timeline/category/anonymous-source/' },
  { name: 'resolved', path: resolved.url },
  { name: 'follow-up', path: `/follow-ups/${firstFollowUp.id}/` },
  { name: 'follow-ups', path: '/follow-ups/' },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const screenshots = join(root, 'test-results', 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** Console errors, uncaught errors, and requests to anywhere but the site itself, while a page loads. */
function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) {
      problems.push(`request off the site: ${request.url()}`);
    }
  });
  return problems;
}

for (const { name, path } of pages) {
  test.describe(`${name} (${path})`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.2 AA violations in ${colorScheme} mode, and no console errors`, async ({ page, baseURL }) => {
        const problems = watch(page, baseURL ?? '');
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
        );
        expect(summary).toEqual([]);
        expect(problems).toEqual([]);
      });
    }

    test('reaches every link and control by keyboard, each with a visible focus', async ({ page }) => {
      await page.goto(path);
      const focusable = await page.evaluate(() => {
        const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        return [...document.querySelectorAll(selector)].map((element, index) => {
          element.setAttribute('data-focus-id', String(index));
          return String(index);
        });
      });
      const reached = new Set<string>();
      for (let step = 0; step < focusable.length + 2; step++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            id: element.getAttribute('data-focus-id') ?? '',
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
            label: element.textContent.trim().slice(0, 40),
          };
        });
        if (!focused) continue;
        expect(focused.outline, `focus outline on "${focused.label}"`).toBe(true);
        expect(focused.onScreen, `"${focused.label}" is on screen when focused`).toBe(true);
        reached.add(focused.id);
      }
      expect(focusable.filter((id) => !reached.has(id))).toEqual([]);
    });

    test('fits a 320 px screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });

    for (const width of [375, 1280]) {
      test(`screenshot at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
      });
    }
  });
}

test('filters work with JavaScript turned off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/');
  const all = await page.locator('li.entry').count();
  await page
    .getByRole('navigation', { name: 'Narrow the timeline' })
    .getByRole('link', { name: /^Prediction/ })
    .click();
  await expect(page).toHaveURL(/\/timeline\/kind\/prediction\/$/);
  const shown = await page.locator('li.entry').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  expect(await page.locator('li.entry .badge.kind').allTextContents()).toEqual(
    Array.from({ length: shown }, () => 'Kind: Prediction'),
  );
  await context.close();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  await expect(page.locator('a.skip')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the print stylesheet leaves out navigation', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.filters')).toBeHidden();
  await expect(page.locator('header.site nav')).toBeHidden();
  await expect(page.locator('li.entry').first()).toBeVisible();
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.screenshot({ path: join(screenshots, '404-375.png') });
});

test('README screenshots of the timeline and a claim page', async ({ page }) => {
  // Copied into docs/screenshots/ by hand when the design changes (see README, "Reader site").
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/');
  await page.screenshot({ path: join(screenshots, 'readme-timeline.png') });
  await page.goto(prediction.url);
  await page.screenshot({ path: join(screenshots, 'readme-claim.png') });
});

test('a resolved claim says what happened next, with its outcome badge and its reports', async ({ page }) => {
  await page.goto(resolved.url);
  const section = page.getByRole('region', { name: 'What happened next' });
  await expect(section).toBeVisible();
  await expect(section.locator('.badge.outcome').first()).toHaveText(/^Outcome: \S/);
  const reports = section
    .getByRole('list', { name: /^Reported in/ })
    .first()
    .locator('a[href^="http"]');
  expect(await reports.count()).toBeGreaterThan(0);
  for (const rel of await reports.evaluateAll((links) => links.map((link) => link.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer');
  }
});

test('the article scorecard is a captioned table whose region scrolls by keyboard on a narrow screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/articles/${firstArticle.id}/`);
  const table = page.getByRole('table', { name: 'Predictions by sourcing and by what happened next' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Confirmed', exact: true })).toBeVisible();
  const region = page.getByRole('region', { name: 'Predictions by sourcing and by what happened next' });
  await region.focus();
  await expect(region).toBeFocused();
  const scrollable = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
  if (scrollable) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  }
});
