import { basename, dirname, join } from 'node:path';

/**
 * Names and decisions for a build that writes its site beside dist/ and swaps it in only when complete
 * (src/integrations/atomic-dist.ts). Pure: paths and process ids in, paths and verdicts out; whether a process
 * runs is asked of the caller.
 */

/**
 * The folder, beside the output folder, that holds each running build's staged site under its process id. Beside
 * it, so that the swap is a rename within one folder of one file system; hidden, so that a folder left by a killed
 * build stays out of listings until the next build removes it.
 */
export const STAGING_FOLDER = '.claimline-build';

/** The lock file's name, in Astro's cache folder: one per project, whichever output folder a build writes to. */
export const LOCK_FILE = 'claimline-build.lock';

export interface StagingPaths {
  /** `<parent of outDir>/.claimline-build`: every build's staging, one folder each. */
  root: string;
  /** `root/<pid>`: this build's, removed when the build ends. */
  own: string;
  /**
   * `own/<name of outDir>`: where Astro writes this build's site. It keeps the output folder's name, so that paths
   * inside it read as before (`dist/.prerender/…` in a CPU profile, tools/bench/cpu-profile.ts).
   */
  site: string;
  /** `own/<name of outDir>.previous`: where the last site waits, for the moment of the swap, before it is removed. */
  previous: string;
}

/** Where the build with process id `pid` stages a site bound for `outDir` (an absolute path). */
export function stagingPaths(outDir: string, pid: number): StagingPaths {
  const root = join(dirname(outDir), STAGING_FOLDER);
  const own = join(root, String(pid));
  const name = basename(outDir);
  return { root, own, site: join(own, name), previous: join(own, `${name}.previous`) };
}

/** A lock file's text: the holder's process id and a newline. */
export const lockText = (pid: number): string => `${String(pid)}\n`;

/** The process id a lock file names, or undefined when its text is not one (a damaged file). */
export function lockHolder(text: string): number | undefined {
  const match = /^(\d+)\n?$/.exec(text);
  const pid = Number(match?.[1]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Whether a lock held by `holder` still stands against process `self`. A damaged lock, one whose process has ended,
 * and one naming `self` itself (left by an earlier build that ran under the same id, as the first process of a
 * container does every time) are stale: removing them is safe.
 */
export function lockStands(holder: number | undefined, self: number, isRunning: (pid: number) => boolean): boolean {
  return holder !== undefined && holder !== self && isRunning(holder);
}

/**
 * The entries of the staging root that no running build owns: those named by the id of an ended process, and one
 * named by `self` (an earlier build under the same id). Any other name is not ours and is left alone.
 */
export function leftoverBuilds(
  entries: readonly string[],
  self: number,
  isRunning: (pid: number) => boolean,
): string[] {
  return entries.filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    const pid = Number(entry);
    return pid === self || !isRunning(pid);
  });
}
