import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGING_FOLDER, LOCK_FILE } from '../../src/lib/publish/build-staging.ts';
import { startAstroBuild } from '../helpers/cli.ts';
import { fixtureProject, projectRoot } from '../helpers/fixtures.ts';

/**
 * What `astro build` leaves in dist/ when it fails late, is interrupted, or meets another build of the same project
 * (src/integrations/atomic-dist.ts). Real builds of the base fixture, with tests/helpers/build-control.ts first
 * in the list of integrations to fail or hold the build at `astro:build:done`, once the pages are written: no timing
 * is guessed, every wait is for a log line or a process.
 */

/** A minutes-long bound for a test made of builds on a loaded two-core machine; a hung build fails, not waits. */
const BUILDS = 600_000;

const WAITING = 'another build of this project is running';
/** What tests/helpers/build-control.ts throws, once the pages are written, to fail a build late. */
const FAILING = 'failing on purpose after the pages were written';

/** A fixture project whose config puts the build control first, with a last site in dist/ to be kept or replaced. */
function project(name: string): string {
  const dir = fixtureProject('base', name);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      `import site from ${JSON.stringify(join(projectRoot, 'astro.config.mjs'))};`,
      `import control from ${JSON.stringify(join(projectRoot, 'tests', 'helpers', 'build-control.ts'))};`,
      `export default { ...site, cacheDir: './.cache/', integrations: [control(), ...site.integrations] };`,
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), LAST_SITE);
  writeFileSync(join(dir, 'dist', 'last-site.txt'), 'from the last good build');
  return dir;
}

const LAST_SITE = '<!doctype html><title>The last good site</title>';

/** dist/ still holds the last site, whole, and the build left neither its staging folder nor its lock. */
function expectLastSiteKept(dir: string) {
  // Compared as a yes or no: a failure would otherwise print a whole new page.
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8') === LAST_SITE, 'dist/index.html is the last site').toBe(
    true,
  );
  expect(existsSync(join(dir, 'dist', 'last-site.txt'))).toBe(true);
}

/** dist/ holds one complete new site: pages, share images, search index and sitemap, and nothing of the last. */
function expectCompleteSite(dir: string) {
  expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toContain('<html');
  for (const file of ['og/site.png', 'pagefind/pagefind.js', 'sitemap-index.xml', 'claims.json'])
    expect(existsSync(join(dir, 'dist', file)), file).toBe(true);
  expect(existsSync(join(dir, 'dist', 'last-site.txt'))).toBe(false);
  expect(existsSync(join(dir, STAGING_FOLDER))).toBe(false);
  expect(existsSync(join(dir, '.cache', LOCK_FILE))).toBe(false);
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves when the output contains `text`; rejects, with the output, if the build ends first. */
  waitFor: (text: string) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: Running[] = [];
afterEach(() => {
  for (const build of running.splice(0)) if (build.child.exitCode === null) build.child.kill('SIGKILL');
});

function start(dir: string, env: Record<string, string> = {}): Running {
  const child = startAstroBuild(dir, env);
  let output = '';
  const listeners = new Set<() => void>();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    // 'close', not 'exit': by then the output is read to its end.
    child.once('close', (code, signal) => {
      done({ code, signal });
    });
  });
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const build: Running = {
    child,
    output: () => output,
    waitFor: (text) =>
      new Promise<void>((done, fail) => {
        const check = () => {
          if (!output.includes(text)) return;
          listeners.delete(check);
          done();
        };
        listeners.add(check);
        check();
        void exited.then(() => {
          if (!output.includes(text)) fail(new Error(`the build ended without printing "${text}":\n${output}`));
        });
      }),
    exited,
  };
  running.push(build);
  return build;
}

describe('a build that does not finish keeps the last site, and two builds of one project take turns', () => {
  it(
    'is interrupted (SIGINT) after the pages are written: dist/ keeps the last site; the next build is not held up, a second one started beside it says so in one line and waits, then fails late: dist/ keeps the site the first wrote, and nothing is left behind',
    async () => {
      const dir = project('atomic-interrupted');
      const stopped = start(dir, { CLAIMLINE_TEST_BUILD_DONE: `hold:${join(dir, 'never')}` });
      await stopped.waitFor('holding at astro:build:done');
      stopped.child.kill('SIGINT');
      expect(await stopped.exited).toEqual({ code: null, signal: 'SIGINT' });
      expectLastSiteKept(dir);
      // The stopped build's lock and staging folder are still there; the next build clears both and goes ahead.
      expect(existsSync(join(dir, '.cache', LOCK_FILE))).toBe(true);
      expect(existsSync(join(dir, STAGING_FOLDER, String(stopped.child.pid)))).toBe(true);

      // That next build is held once its pages are written, and a second one started while it holds: one project,
      // two builds at once. The second fails once its pages are written, as a build that fails late does. So three
      // builds show all of it (a build costs seconds of CPU on these machines).
      const release = join(dir, 'release');
      try {
        const first = start(dir, { CLAIMLINE_TEST_BUILD_DONE: `hold:${release}` });
        await first.waitFor('holding at astro:build:done');
        expect(first.output()).not.toContain(WAITING);
        const second = start(dir, { CLAIMLINE_TEST_BUILD_DONE: 'fail' });
        await second.waitFor(WAITING);
        writeFileSync(release, '');
        // The site the first build wrote, read as it ends: the second is still waiting for the lock or building in
        // its staging folder, and must leave dist/ as it is.
        const firstSite = first.exited.then(() => readFileSync(join(dir, 'dist', 'index.html'), 'utf8'));
        const [one, two] = await Promise.all([first.exited, second.exited]);
        expect(one, first.output()).toEqual({ code: 0, signal: null });
        expect(two.code, second.output()).not.toBe(0);
        expect(first.output()).not.toContain(WAITING);
        expect(second.output()).toContain(FAILING);
        const [waited = ''] = second.output().split(FAILING);
        expect(
          waited.split('\n').filter((line) => line.includes(WAITING)),
          'one line while it waits',
        ).toEqual([expect.stringContaining(`(process ${String(first.child.pid)})`)]);
        expect(waited, 'no stack trace while it waits').not.toMatch(/^\s+at /m);
        // Compared as a yes or no: a failure would otherwise print a whole page.
        expect(
          readFileSync(join(dir, 'dist', 'index.html'), 'utf8') === (await firstSite),
          "the first build's site",
        ).toBe(true);
        expectCompleteSite(dir);
      } finally {
        writeFileSync(release, '');
      }
    },
    BUILDS,
  );
});
