import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/gates/shared.ts';

/**
 * `npm run setup:browser` (scripts/setup-browser.sh), which `.ci/run` runs before the browser tests: it leaves a
 * browser that is there alone, and says what to do when it can neither find one nor install one. (Installing with
 * apt-get is what `.ci/run` does on a machine without Chromium; a test cannot take that path without installing.)
 */
const script = join(import.meta.dirname, '..', '..', 'scripts', 'setup-browser.sh');

const setUp = (env: Record<string, string>) =>
  spawnSync('/bin/bash', [script], { encoding: 'utf8', env: { HOME: process.env.HOME ?? '/', ...env } });

describe('npm run setup:browser', () => {
  it('does nothing when the browser the tests use is there', () => {
    const run = setUp({ PATH: process.env.PATH ?? '', CHROMIUM_PATH: chromiumPath });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`setup:browser: ${chromiumPath} is there\n`);
  });

  it('fails, and says how to go on, with no browser and no apt-get to install one', () => {
    // A PATH with no apt-get in it: the script must stop before installing anything.
    const run = setUp({ PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no browser at \/nonexistent\/chromium, and no apt-get .* set CHROMIUM_PATH/);
  });

  it('reads CHROME_PATH before CHROMIUM_PATH, as the tests and Lighthouse do', () => {
    const run = setUp({ PATH: '/nonexistent', CHROME_PATH: '/nonexistent/chrome', CHROMIUM_PATH: chromiumPath });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no browser at \/nonexistent\/chrome,/);
  });
});
