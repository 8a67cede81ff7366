import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './fixtures.ts';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run one of the project's CLIs (src/cli/<name>.ts) on Node, in `cwd`. */
export function runCli(name: string, args: string[] = [], cwd = projectRoot): CliResult {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src', 'cli', `${name}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run `astro build` in a project folder. */
export function runAstroBuild(cwd: string): CliResult {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
