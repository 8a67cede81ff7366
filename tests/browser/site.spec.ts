import { expect, test, type ConsoleMessage, type Page, type Request } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from '../helpers/axe.ts';
import { sharedPageTest } from '../helpers/shared-page.ts';
import { pages, picked } from './pages.ts';

/**
 * The built site in a real browser: keyboard reachability with a visible focus, no console errors, no requests off
 * the site, and a layout without sideways scrolling from 320 to 1280 px, on one page of each kind (pages.ts).
 *
 * WCAG 2.2 AA by axe-core, in light and dark, is the axe gate's (tests/gates/axe.spec.ts, `npm run gate:axe`, run
 * by .ci/run): it audits these pages with every other page of the sitemap, so it is not run twice here. The
 * screenshots are `npm run screenshots` (screenshots.ts), pictures to look at rather than tests.
 */

const { firstArticle, resolved } = picked;

/** The viewport of a test that does not set its own: the shared page keeps whatever the test before it set. */
const DESKTOP = { width: 1280, height: 720 };

/** Where a Tab key left the focus: which element (its `data-focus-id`), and how it showed. */
interface FocusStop {
  id: string;
  outline: boolean;
  onScreen: boolean;
  label: string;
}

/**
 * Console errors, uncaught errors, and requests to anywhere but the site itself, while a page loads. `stop` takes the
 * listeners off again: the page outlives the test.
 */
function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: Request) => {
    if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) {
      problems.push(`request off the site: ${request.url()}`);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
  };
  return { problems, stop };
}

for (const { name, path } of pages) {
  test.describe(`${name} (${path})`, () => {
    sharedPageTest(
      'reaches every link and control by keyboard, each with a visible focus',
      async ({ sharedPage: page }) => {
        await page.setViewportSize(DESKTOP);
        // Once the page has settled (the search page swaps its no-JavaScript paragraph for its form), every control
        // a reader can see must be reachable; hidden ones are not.
        await page.goto(path, { waitUntil: 'networkidle' });
        const focusable = await page.evaluate(() => {
          const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
          const ids = [...document.querySelectorAll(selector)]
            .filter((element) => element.checkVisibility())
            .map((element, index) => {
              element.setAttribute('data-focus-id', String(index));
              return String(index);
            });
          // Where each Tab leaves the focus, noted by the page itself as the key comes up (the focus has moved, and
          // the page scrolled to it, on the way down): one call for the whole walk, rather than one after each key.
          const stops: FocusStop[] = [];
          Object.assign(window, { focusStops: stops });
          window.addEventListener(
            'keyup',
            (event) => {
              const element = document.activeElement;
              if (event.key !== 'Tab' || !element || element === document.body) return;
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              stops.push({
                id: element.getAttribute('data-focus-id') ?? '',
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
                label: element.textContent.trim().slice(0, 40),
              });
            },
            true,
          );
          return ids;
        });
        for (let step = 0; step < focusable.length + 2; step++) await page.keyboard.press('Tab');
        const stops = await page.evaluate(() => (window as unknown as { focusStops: FocusStop[] }).focusStops);
        const reached = new Set<string>();
        for (const focused of stops) {
          expect(focused.outline, `focus outline on "${focused.label}"`).toBe(true);
          expect(focused.onScreen, `"${focused.label}" is on screen when focused`).toBe(true);
          reached.add(focused.id);
        }
        expect(focusable.filter((id) => !reached.has(id))).toEqual([]);
      },
    );

    sharedPageTest(
      'loads with no console errors or requests off the site, and fits screens from 320 to 1280 px',
      async ({ sharedPage: page, baseURL }) => {
        const { problems, stop } = watch(page, baseURL ?? '');
        await page.setViewportSize({ width: 320, height: 800 });
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        // The widths the screenshots are taken at, besides the narrowest: the page lays out again, without a reload.
        for (const width of [320, 375, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `sideways scrolling at ${String(width)} px`).toBeLessThanOrEqual(width);
        }
        stop();
        expect(problems).toEqual([]);
      },
    );
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

sharedPageTest('the skip link moves focus to the main content', async ({ sharedPage: page }) => {
  await page.setViewportSize(DESKTOP);
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

sharedPageTest('an unknown address gets the 404 page', async ({ sharedPage: page }) => {
  await page.setViewportSize(DESKTOP);
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect((await axeViolations(page, { tags: WCAG_TAGS })).map((violation) => violation.id)).toEqual([]);
});

sharedPageTest(
  'a resolved claim says what happened next, with its outcome badge and its reports',
  async ({ sharedPage: page }) => {
    await page.setViewportSize(DESKTOP);
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
  },
);

sharedPageTest(
  'the article scorecard is a captioned table whose region scrolls by keyboard on a narrow screen',
  async ({ sharedPage: page }) => {
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
  },
);
