import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import {
  leftoverBuilds,
  lockHolder,
  lockStands,
  lockText,
  stagingPaths,
  type StagingPaths,
} from '../lib/publish/build-staging.ts';

/**
 * The file-system side of src/integrations/atomic-dist.ts: the project's build lock, the staging folder a build
 * writes its site to, and the swap that puts a finished site in place of the last one. Synchronous throughout: the
 * swap is two renames with nothing that could run between them.
 */

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The text of `path`, or undefined when there is no such file. */
function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export type LockAttempt = { acquired: true } | { acquired: false; holder: number };

/**
 * Take the lock at `path` for process `pid`, or name the running process that holds it. The lock file appears
 * whole: it is written under a name of this process's own and then hard-linked into place, which fails if a lock
 * is there already, so no reader ever sees it half-written. A stale lock (lockStands) is moved aside under a name
 * of this process's own and then read again, so that one taken in the meantime by another build is put back
 * rather than removed.
 */
export function tryLock(path: string, pid: number, isRunning: (pid: number) => boolean): LockAttempt {
  mkdirSync(dirname(path), { recursive: true });
  const mine = `${path}.${String(pid)}`;
  for (;;) {
    writeFileSync(mine, lockText(pid));
    try {
      linkSync(mine, path);
      return { acquired: true };
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    } finally {
      rmSync(mine, { force: true });
    }
    const text = readIfThere(path);
    // Released between the two steps: try again.
    if (text === undefined) continue;
    const holder = lockHolder(text);
    if (holder !== undefined && lockStands(holder, pid, isRunning)) return { acquired: false, holder };
    const aside = `${path}.stale-${String(pid)}`;
    try {
      renameSync(path, aside);
    } catch (error) {
      if (code(error) === 'ENOENT') continue;
      throw error;
    }
    const moved = lockHolder(readIfThere(aside) ?? '');
    if (moved !== holder && lockStands(moved, pid, isRunning)) {
      try {
        linkSync(aside, path);
      } catch (error) {
        if (code(error) !== 'EEXIST') throw error;
      }
    }
    rmSync(aside, { force: true });
  }
}

/** Remove the lock at `path` if process `pid` holds it; one held by another build stays. */
export function releaseLock(path: string, pid: number): void {
  const text = readIfThere(path);
  if (text !== undefined && lockHolder(text) === pid) rmSync(path, { force: true });
}

/**
 * Make ready the staging of a site bound for `outDir` by process `pid`, with the project's lock held: clear what
 * builds that ended left in the staging root, first putting back a last site that a build cut off between the two
 * renames of its swap had moved aside (outDir is then missing), and return this build's paths.
 */
export function prepareStaging(outDir: string, pid: number, isRunning: (pid: number) => boolean): StagingPaths {
  const paths = stagingPaths(outDir, pid);
  const entries = existsSync(paths.root) ? readdirSync(paths.root) : [];
  for (const entry of leftoverBuilds(entries, pid, isRunning)) {
    const left = stagingPaths(outDir, Number(entry));
    if (!existsSync(outDir) && existsSync(left.previous)) renameSync(left.previous, outDir);
    rmSync(left.own, { recursive: true, force: true });
  }
  mkdirSync(paths.own, { recursive: true });
  return paths;
}

/** Remove this build's staging folder, and the staging root when no other build is using it. */
export function removeStaging(paths: StagingPaths): void {
  rmSync(paths.own, { recursive: true, force: true });
  try {
    rmdirSync(paths.root);
  } catch (error) {
    // Another build's folder is in it, or it is gone already.
    if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes(code(error) ?? '')) throw error;
  }
}

/**
 * Put the finished site at `paths.site` in place at `outDir`: the last site is renamed aside, the new one renamed
 * into its place, and only then is the last one removed. Between the two renames `outDir` is missing for the time
 * of one system call; if the second rename fails, the last site is put back and the error thrown.
 */
export function swapIn(paths: StagingPaths, outDir: string): void {
  let hadPrevious = true;
  try {
    renameSync(outDir, paths.previous);
  } catch (error) {
    if (code(error) !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    renameSync(paths.site, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(paths.previous, outDir);
    throw error;
  }
  removeStaging(paths);
}
