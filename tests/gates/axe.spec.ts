import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { COLOUR_RULES, onlyColours } from '../../tools/gates/colour-scheme.ts';
import { pagesToAudit } from '../../tools/gates/pages.ts';
import { filesUnder } from '../../tools/gates/shared.ts';
import { pages as browserTestPages } from '../browser/pages.ts';
import { axeInEveryPage, axeViolations, WCAG_TAGS } from '../helpers/axe.ts';
import { sharedPageTest } from '../helpers/shared-page.ts';

/**
 * The axe gate: every page the sitemap lists (every HTML page of the build when it has no sitemap), in light
 * and dark mode, has no WCAG 2.2 A/AA violation that axe-core finds. The browser tests (tests/browser/) check
 * a few pages more deeply, and leave their WCAG audit to this gate: it covers them all.
 */

const dist = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no index.html: build the site first');
const read = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : undefined);
const { source, addresses } = pagesToAudit(
  filesUnder(dist).filter((file) => file.endsWith('.html')),
  read,
);
const test = sharedPageTest;
test.beforeAll(async ({ sharedPage }) => {
  await axeInEveryPage(sharedPage.context());
});
const from = source === 'sitemap' ? 'the sitemap' : 'dist/**/*.html (no sitemap)';

/** The property names declared inside the page's `prefers-color-scheme: dark` rules, read by the browser's CSS parser. */
function darkProperties(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = [];
    const visit = (rules: CSSRuleList, dark: boolean) => {
      for (const rule of Array.from(rules)) {
        const inDark =
          dark || (rule instanceof CSSMediaRule && /prefers-color-scheme\s*:\s*dark/.test(rule.conditionText));
        if (inDark && rule instanceof CSSStyleRule) names.push(...Array.from(rule.style));
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules, inDark);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules, false);
    return names;
  });
}

test.describe(`axe over ${addresses.length} pages from ${from}`, () => {
  for (const address of addresses) {
    test(`${address} has no WCAG 2.2 AA violations in light or dark mode`, async ({ sharedPage: page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      const violations: string[] = [];
      const colourOnly = onlyColours(await darkProperties(page));
      for (const colorScheme of ['light', 'dark'] as const) {
        // The colour scheme changes live: no second page load, and axe-core, once in the page, audits both.
        await page.emulateMedia({ colorScheme });
        const found = await axeViolations(
          page,
          colorScheme === 'dark' && colourOnly ? { rules: COLOUR_RULES } : { tags: WCAG_TAGS },
        );
        violations.push(
          ...found.map(
            (violation) =>
              `${colorScheme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
          ),
        );
      }
      expect(violations).toEqual([]);
    });
  }
});

test('audits every page the browser tests visit, which leave their WCAG audit to this gate', () => {
  expect(browserTestPages.map(({ path }) => path).filter((path) => !addresses.includes(path))).toEqual([]);
});
