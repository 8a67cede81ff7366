import { defineConfig } from 'vitest/config';

/**
 * Three projects, one per kind of test, so that a developer runs only what a change needs (docs/testing.md):
 *
 * - `unit`: pure logic, no process started and no build. Seconds: `npx vitest run --project unit`.
 * - `content`: the content check, the CLIs and the gate scripts, on the seed and on fixture projects. No dist/.
 * - `build`: tests that read a built site. The project's global setup builds dist/ once for all of them.
 *
 * Each test folder belongs to exactly one project; tests/unit/test-projects.test.ts fails on a test file that none
 * (or two) of them run, so that a new folder cannot drop out of `npm test` unseen.
 */
export const TEST_PROJECTS = {
  unit: ['tests/unit/**/*.test.ts', 'tests/draft/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
  content: ['tests/content/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/gates/**/*.test.ts'],
  build: ['tests/build/**/*.test.ts'],
} as const;

export default defineConfig({
  test: {
    exclude: ['tests/browser/**', 'tests/.tmp/**', '**/node_modules/**'],
    // Fixture builds and CLI runs take seconds each on a 2-core machine, many more when it is shared.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [...TEST_PROJECTS.unit],
          // Pure functions keep no state between files, so the files of a worker share one module graph: importing
          // remark, zod and the site model once per worker rather than once per file more than halves the CPU time.
          isolate: false,
          pool: 'threads',
        },
      },
      { extends: true, test: { name: 'content', include: [...TEST_PROJECTS.content] } },
      {
        extends: true,
        test: {
          name: 'build',
          include: [...TEST_PROJECTS.build],
          // Builds dist/ once before the first build test runs; CLAIMLINE_SKIP_BUILD=1 reuses the one there.
          globalSetup: ['tests/helpers/build-once.ts'],
        },
      },
    ],
  },
});
