import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: build the site once into dist/ so that build-output tests read a fresh build.
 * Set CLAIMLINE_SKIP_BUILD=1 when dist/ was just built by the same commit (as .ci/run does).
 */
export default function setup() {
  if (process.env.CLAIMLINE_SKIP_BUILD === '1') return;
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
