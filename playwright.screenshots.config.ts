import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * `npm run screenshots`: pictures of the built site in test-results/screenshots/ (tests/browser/screenshots.ts),
 * with the browser tests' Chromium setup. Apart from `npm test`, which counts only what can fail. A port of its own,
 * so that it never meets the browser tests' server.
 */
const port = 4331;

export default defineConfig({
  ...base,
  testDir: 'tests/browser',
  testMatch: 'screenshots.ts',
  outputDir: 'test-results/playwright-screenshots',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node tools/serve-site.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
