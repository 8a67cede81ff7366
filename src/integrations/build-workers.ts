import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * What the integrations that work alongside Astro's page build share (share images, search index): a worker thread
 * run to its one answer, a staging folder for what it writes, and the move of that folder into dist/ once the
 * pages are written. Astro renders pages on one thread, so work handed to another costs the build little time on
 * a machine with a second core (`npm run bench`).
 */

/**
 * Run the worker module `script` with `data`; resolves to the one message it posts, rejects on error or exit.
 * `heapMb` caps the worker's old generation: V8 otherwise lets a heap grow with its garbage long before collecting
 * it, and the build's peak memory counts every thread's heap.
 */
export function runWorker<Result>(script: URL, data: unknown, heapMb?: number): Promise<Result> {
  return new Promise<Result>((done, fail) => {
    const worker = new Worker(script, {
      workerData: data,
      ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    });
    worker.once('message', (result: Result) => {
      done(result);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      // After a message this changes nothing (a promise settles once); without one, the worker died.
      fail(new Error(`worker ${fileURLToPath(script)} stopped with exit code ${String(code)} before its answer`));
    });
  });
}

/** Whether a process with this id is running (signal 0 tests for it, kill(2)); EPERM means it runs as someone else. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An empty folder for one build's output of `name`, in Astro's cache folder: inside the project, so on the same
 * file system as dist/ and moved there by a rename. The process id keeps apart builds that share the folder (the
 * test fixtures' builds run side by side over one node_modules). What a build that failed or was stopped left
 * behind, under the id of a process no longer running, is removed here, so that it never piles up.
 */
export function stagingFolder(cacheDir: URL, name: string): string {
  const parent = join(fileURLToPath(cacheDir), `claimline-${name}`);
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) {
      const pid = Number(entry);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid))
        rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
  const folder = join(parent, String(process.pid));
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/**
 * Move `from` to `to`, replacing what a previous build left there: a rename on one file system, a copy across two
 * (rename(2) fails there with EXDEV).
 */
export function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * The end of a staged piece of work, at `astro:build:done`: wait for it, failing the build with `failure` and the
 * cause if it failed, then move `staging/<name>` to `dist/<name>` and remove the staging folder.
 */
export async function deliverStaged<Result>(
  work: Promise<Result>,
  failure: string,
  staging: string,
  name: string,
  dist: URL,
): Promise<Result> {
  let result: Result;
  try {
    result = await work;
  } catch (error) {
    throw new Error(`${failure}: ${String(error)}`, { cause: error });
  }
  moveInto(join(staging, name), join(fileURLToPath(dist), name));
  rmSync(staging, { recursive: true, force: true });
  return result;
}

/**
 * Lower the calling worker thread's scheduling priority, so that when the machine's cores are all busy, Astro's
 * thread (which every page waits on) runs first and the worker takes the time left over. On Linux a nice value
 * belongs to a thread, and `setpriority(PRIO_PROCESS, 0, …)` changes the calling thread only (setpriority(2),
 * "BUGS"); processes the thread starts, such as Pagefind's indexer, inherit it. Elsewhere it would lower the
 * whole build, so it is left alone there.
 */
export function yieldToAstro(): void {
  if (process.platform === 'linux') setPriority(WORKER_NICENESS);
}

/** A nice value of 10: below the default 0, as `nice` gives a command by default. */
const WORKER_NICENESS = 10;

/** `work`, with the seconds from now until it finished, for the build log. */
export async function timed<Result>(work: Promise<Result>): Promise<{ result: Result; seconds: number }> {
  const start = performance.now();
  const result = await work;
  return { result, seconds: (performance.now() - start) / 1000 };
}
