import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'tests/.tmp/**', '**/node_modules/**'],
    // Build-output tests read dist/, which this builds once before any test file runs.
    globalSetup: ['tests/helpers/build-once.ts'],
    // Tests that run `astro build` take seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
