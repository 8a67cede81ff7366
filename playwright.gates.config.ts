import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The axe gate (`npm run gate:axe`): the browser tests' Chromium setup, over every page of the build
 * (tests/gates/). A port of its own, so that it never meets the browser tests' server.
 */
const port = 4330;

export default defineConfig({
  ...base,
  testDir: 'tests/gates',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/gates/playwright',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node tools/serve-site.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
