import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, WCAG_TAGS } from '../helpers/axe.ts';

/**
 * The search page in a real browser, against the Pagefind index the build wrote to dist/pagefind/: a reader types
 * a name, hears how many results there are (the live region), and reaches the claim; without JavaScript the page
 * says what to do instead. Which claim is "his" is read from dist/claims.json, not written here.
 */

const root = join(import.meta.dirname, '..', '..');
const exported = JSON.parse(readFileSync(join(root, 'dist', 'claims.json'), 'utf8')) as {
  sources: { id: string; name: string; type: string }[];
  claims: { url: string; excerpt: string; attribution: { chain: string[] } }[];
};
const speaker = exported.sources.find((source) => source.type === 'person' && source.name.endsWith('Ushakov'));
const hisClaim = exported.claims.find((claim) => claim.attribution.chain.at(-1) === speaker?.id);
if (!speaker || !hisClaim) throw new Error('dist/claims.json lacks the seed: no claim resting on Ushakov');

test('typing "Ushakov" finds his claim, and the result leads to it', async ({ page, baseURL }) => {
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '')) offSite.push(request.url());
  });
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Search claims, articles and sources' });
  await field.fill('Ushakov');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Ushakov”/);
  const result = page.getByRole('list', { name: 'Search results' }).locator(`a[href="${hisClaim.url}"]`);
  await expect(result).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=Ushakov$/);
  const violations = await axeViolations(page, { tags: WCAG_TAGS });
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${hisClaim.url}$`));
  // The quotation reads as the excerpt once the screen-reader-only "(hedge)" labels on its hedge marks are set aside.
  const quotation = await page
    .locator('blockquote')
    .evaluate((element) =>
      [...element.querySelectorAll('.vh')].reduce(
        (text, hidden) => text.replace(hidden.textContent, ''),
        element.textContent,
      ),
    );
  expect(quotation.replace(/\s+/g, ' ').trim()).toBe(hisClaim.excerpt);
  expect(offSite).toEqual([]);
});

test('a search can be submitted from the keyboard and bookmarked', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('Ushakov')}`);
  await expect(page.getByRole('searchbox')).toHaveValue('Ushakov');
  await expect(page.locator(`#search-results a[href="${hisClaim.url}"]`)).toBeVisible();
  await page.getByRole('searchbox').fill('qxzqxzqxz');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^No results for “qxzqxzqxz”/);
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('an excerpt is shown as its text and marked words: its entities decoded, no element of its own', async ({
  page,
  baseURL,
}) => {
  // Pagefind escapes what it indexes; an index that did not (or was tampered with) must still put no markup on the
  // page. Its bundle is replaced by one whose one result carries every kind of excerpt HTML.
  const excerpt =
    'Smith &amp; Jones: &lt;script&gt;alert(1)&lt;/script&gt; said <mark>Ushakov</mark> &#8220;soon&#x201D; ' +
    '<img src="/excerpt-image.png" onerror="window.excerptRan = true"><b onclick="window.excerptRan = true">bold</b>' +
    '<script>window.excerptRan = true</script>';
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body:
        'export async function init() {}\n' +
        'export async function debouncedSearch() {\n' +
        `  const hit = { url: '/claims/crafted/', excerpt: ${JSON.stringify(excerpt)}, meta: { title: 'Crafted' } };\n` +
        "  return { results: [{ id: 'crafted', data: async () => hit }] };\n}\n",
    }),
  );
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('Ushakov');
  const shown = page.locator('#search-results li p');
  await expect(shown).toHaveText(
    'Smith & Jones: <script>alert(1)</script> said Ushakov “soon” boldwindow.excerptRan = true',
  );
  // Of the excerpt's elements only its <mark> reaches the page, and nothing it held ran or loaded.
  expect(await shown.locator('*').evaluateAll((elements) => elements.map((element) => element.outerHTML))).toEqual([
    '<mark>Ushakov</mark>',
  ]);
  expect(await page.evaluate(() => 'excerptRan' in window)).toBe(false);
  expect(requests.filter((url) => url.includes('excerpt-image'))).toEqual([]);
  expect(requests.every((url) => url.startsWith(baseURL ?? ''))).toBe(true);
});

test('without JavaScript the search page says so and offers the timeline', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByRole('main').getByRole('link', { name: 'timeline' })).toBeVisible();
  await context.close();
});
