import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm run setup:browser` (tools/setup-browser.sh), which `.ci/run` runs before the browser tests: it leaves a
 * browser that is there alone, and says what to do when it can neither find one nor install one. (Installing with
 * apt-get is what `.ci/run` does on a machine without Chromium; a test cannot take that path without installing.)
 */
const script = join(import.meta.dirname, '..', '..', 'tools', 'setup-browser.sh');

const setUp = (env: Record<string, string>, args: string[] = []) =>
  spawnSync('/bin/bash', [script, ...args], { encoding: 'utf8', env: { HOME: process.env.HOME ?? '/', ...env } });
/** An executable file that is surely there: Node itself. */
const browser = process.execPath;

describe('npm run setup:browser', () => {
  it('does nothing when the browser the tests use is there', () => {
    // Any executable file stands for the browser: on a machine without Chromium, the test must not install it.
    const run = setUp({ PATH: process.env.PATH ?? '', CHROMIUM_PATH: browser });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`setup:browser: ${browser} is there\n`);
  });

  it('fails, and says how to go on, with no browser and no apt-get to install one', () => {
    // A PATH with no apt-get in it: the script must stop before installing anything.
    const run = setUp({ PATH: '/nonexistent', CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no browser at \/nonexistent\/chromium, and no apt-get .* set CHROMIUM_PATH/);
  });

  it('reads CHROME_PATH before CHROMIUM_PATH, as the tests and Lighthouse do', () => {
    const run = setUp({ PATH: '/nonexistent', CHROME_PATH: '/nonexistent/chrome', CHROMIUM_PATH: browser });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no browser at \/nonexistent\/chrome,/);
  });

  it('with --check, says nothing and succeeds when the browser is there', () => {
    const run = setUp({ PATH: process.env.PATH ?? '', CHROMIUM_PATH: browser }, ['--check']);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('with --check, says in one line what to run when the browser is missing, and installs nothing', () => {
    // apt-get is on this PATH if the machine has it: --check must fail before reaching it all the same.
    const run = setUp({ PATH: process.env.PATH ?? '', CHROMIUM_PATH: '/nonexistent/chromium' }, ['--check']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'no browser at /nonexistent/chromium for the browser tests: run `npm run setup:browser` (or set CHROMIUM_PATH)\n',
    );
  });
});
