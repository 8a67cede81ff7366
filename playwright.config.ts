import { defineConfig } from '@playwright/test';
import { useCompileCache } from './tests/helpers/compile-cache.ts';
import { chromiumFlags, chromiumPath } from './tools/gates/shared.ts';

useCompileCache();

/**
 * Browser tests of the built site (tests/browser/), in Debian's Chromium: no browser can be downloaded here
 * (docs/testing.md, "The browser"). Run after a build: `npm test` builds dist/ in vitest first. The site is served
 * from dist/ on its own port, so that a preview or dev server on 4321 is never reused by mistake; set
 * CLAIMLINE_TEST_PORT when 4329 is taken (another checkout running its browser tests).
 */
const port = Number(process.env.CLAIMLINE_TEST_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  // Two cores, shared: one worker per core at most.
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      // Without the networking flags Chromium keeps calling home on a closed network (docs/testing.md, "The browser").
      args: chromiumFlags,
    },
  },
  webServer: {
    command: `node tools/serve-site.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
