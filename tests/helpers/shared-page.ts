import { test, type Page } from '@playwright/test';

/**
 * Playwright's `test` with `sharedPage`: one browser page per worker, reused from test to test, for tests that only
 * read the page they load into it. A new browser context for every test starts a new renderer process in Chromium,
 * and on these 2-core machines that cost about as much as the tests themselves (docs/testing.md, "The browser
 * tests"). A test that changes the page beyond loading (media emulation, routes, JavaScript off) takes a context of
 * its own; one that sets a viewport or adds listeners sets or removes them itself.
 */
export const sharedPageTest = test.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});
