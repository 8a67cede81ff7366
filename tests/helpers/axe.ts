import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.2 A and AA, as axe-core tags its rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** axe-core's browser script, read once per worker. */
const axeScript = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Which of axe-core's rules to run: those with any of these tags, or these rules by id. */
export type AxeRules = { tags: readonly string[] } | { rules: readonly string[] };

/**
 * Puts axe-core into every page the context loads from now on, as each page starts. For a run that audits page after
 * page, this costs less than sending the script into each page once it has loaded, which `axeViolations` then need
 * not do.
 */
export async function axeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeScript });
}

/**
 * axe-core's violations on the page as it stands, in its colour scheme of the moment. axe-core is put into the
 * page once per page load, and run there with `axe.run` on the whole document, which is what
 * @axe-core/playwright's AxeBuilder does in its legacy mode. The builder injects its 650 KB script again for every
 * audit and every frame, and by default assembles the results in a new blank page; on these machines that made an
 * audit take seconds, where this takes a fraction of one. The site's pages have no frames (it makes none, and
 * content cannot add one: tests/build/awkward-content.test.ts), so nothing the builder would add is lost.
 */
export async function axeViolations(page: Page, which: AxeRules): Promise<AxeResults['violations']> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeScript);
  const options: RunOptions = {
    runOnly: 'tags' in which ? { type: 'tag', values: [...which.tags] } : { type: 'rule', values: [...which.rules] },
    // Only violations are read: axe-core then keeps one example node of each pass instead of all of them.
    resultTypes: ['violations'],
  };
  return page.evaluate(
    async (runOptions) =>
      (await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions)).violations,
    options,
  );
}
