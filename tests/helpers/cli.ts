import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './fixtures.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What Vitest copies from its own `import.meta.env` into its workers' environment (BASE_URL=/, MODE=test…). A
 * process started from a test must not inherit them: Astro reads `import.meta.env` from the environment too, so a
 * build would take BASE_URL for the site's `base`.
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** This process's environment without Vitest's additions. */
export const inheritedEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name)));

/** Run one of the project's CLIs on Node, in `cwd`: an editor tool by name (src/cli/<name>.ts) or a script by its path from the project root. */
export function runCli(name: string, args: string[] = [], cwd = projectRoot): CliResult {
  const result = spawnSync(
    process.execPath,
    [name.includes('/') ? join(projectRoot, name) : join(projectRoot, 'src', 'cli', `${name}.ts`), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: inheritedEnv(),
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The environment of a build of the pages alone (astro.config.mjs): no share images or search index, for a test that
 * reads only pages, feeds and the export; a few seconds of CPU less per build.
 */
export const PAGES_ONLY = { CLAIMLINE_PAGES_ONLY: '1' } as const;

/** Run `astro build` in a project folder, with `env` added to the environment and `args` after `build`. */
export function runAstroBuild(cwd: string, env: Record<string, string> = {}, args: string[] = []): CliResult {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Start `astro build` in a project folder without waiting for it, with `env` added to the environment, for tests
 * that act while it runs.
 */
export function startAstroBuild(cwd: string, env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd,
    env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

/**
 * The site itself (this project's content and code, copied into `dir` by siteProject), built for a host that serves
 * it under `base` (https://owner.example/claimline/): the real content, with every kind of page, link and asset it
 * makes, in `dir`/dist/.
 */
export function buildUnderBase(base: string, dir: string): CliResult {
  return runAstroBuild(dir, { CLAIMLINE_BASE_PATH: base, CLAIMLINE_SITE_URL: `https://owner.example${base}` });
}
