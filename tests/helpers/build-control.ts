import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * For tests of what a build leaves behind when it ends badly (tests/build/atomic-dist.test.ts): an integration that
 * goes first in a fixture project's list and, at `astro:build:done` (the pages written; the share images, search
 * index and sitemap not yet), does what `CLAIMLINE_TEST_BUILD_DONE` says: `fail` throws, as a build that fails late
 * does; `hold:<file>` logs "holding at astro:build:done" and waits until that file exists, so that a test can stop
 * the build, or start another, at a known point without guessing at times.
 */
export default function buildControl(): AstroIntegration {
  return {
    name: 'test:build-control',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const what = process.env.CLAIMLINE_TEST_BUILD_DONE ?? '';
        if (what === 'fail') throw new Error('failing on purpose after the pages were written');
        if (what.startsWith('hold:')) {
          const release = what.slice('hold:'.length);
          logger.info('holding at astro:build:done');
          while (!existsSync(release)) await sleep(100);
        }
      },
    },
  };
}
