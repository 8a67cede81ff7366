import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { useCompileCache } from './tests/helpers/compile-cache.ts';

useCompileCache();

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

/**
 * The files that start builds, servers and CLIs, slowest first (seconds of CPU each, tens for the first few). They
 * start before everything else, whatever their project, so that the two workers finish together rather than one
 * running a long file alone at the end while the other idles.
 */
export const SLOW_FILES = [
  'tests/build/atomic-dist.test.ts',
  'tests/bench/bench-cli.test.ts',
  'tests/build/corrections.test.ts',
  'tests/build/feed-pages.test.ts',
  'tests/content/draft-cli.test.ts',
  'tests/content/review-state.test.ts',
  'tests/content/dev-server.test.ts',
  'tests/build/awkward-content.test.ts',
  'tests/content/pipeline.test.ts',
  'tests/gates/gate-scripts.test.ts',
  'tests/content/new-claim.test.ts',
  'tests/content/fixtures.test.ts',
];

/** Vitest's order (by project, then by last run's durations), with SLOW_FILES moved to the front in their order. */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FILES.indexOf(
        relative(import.meta.dirname, spec.moduleId)
          .split('\\')
          .join('/'),
      );
      return index === -1 ? SLOW_FILES.length : index;
    };
    return (await super.sort(files)).toSorted((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // One worker per core. Vitest's own default leaves one core to its main process, which on these 2-core machines
    // means one worker: every file in turn, with a core idle while a file waits on its builds and CLIs.
    maxWorkers: availableParallelism(),
    // No test leaves state behind (tests/unit/test-projects.test.ts holds every test file to that), so the files a
    // worker runs share one module graph: remark, zod, Astro's and the site's modules are imported once per worker
    // rather than once per file, which cut the CPU time of the unit project by half and of the others by a fifth.
    isolate: false,
    sequence: { sequencer: SlowFilesFirst },
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
          // Pure functions run in worker threads, which start faster than the child processes the other projects
          // keep (Vitest's default, for tests that start builds and CLIs of their own).
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
