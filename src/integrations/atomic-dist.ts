import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCK_FILE, type StagingPaths } from '../lib/publish/build-staging.ts';
import { isRunning } from './build-workers.ts';
import { prepareStaging, releaseLock, removeStaging, swapIn, tryLock } from './dist-swap.ts';

/**
 * A build that fails or is stopped leaves the last complete site in dist/, and two builds of one project never
 * write over each other (docs/building.md). `astro build` writes the site to a staging folder beside dist/
 * (src/lib/publish/build-staging.ts); when every integration's `astro:build:done` has run (share images and search index
 * moved in, sitemap written), the finished site is renamed into dist/'s place. A lock in Astro's cache folder lets
 * one build of the project run at a time: a second one says so in one line and waits. `astro dev` and
 * `astro preview` are left alone.
 *
 * Two integrations, because Astro runs each hook for the integrations one after another, awaited, in the order of
 * the config's list (runHookConfigSetup and runHookBuildDone in astro/dist/integrations/hooks.js): `guard` goes
 * first, to take the lock before anything else runs and to point Astro at the staging folder; `swap` goes last, so
 * that it runs after every other `astro:build:done`.
 */

/** How often a waiting build looks at the lock again. */
const POLL_MS = 250;

export interface AtomicDist {
  /** First in the config's list of integrations. */
  guard: AstroIntegration;
  /** Last in the config's list of integrations; the build fails early, in one line, if it is not. */
  swap: AstroIntegration;
}

/** Take the project's lock, waiting while another build holds it; says so once per holder. */
async function acquire(lock: string, logger: AstroIntegrationLogger): Promise<void> {
  let told: number | undefined;
  for (;;) {
    const attempt = tryLock(lock, process.pid, isRunning);
    if (attempt.acquired) return;
    if (attempt.holder !== told) {
      told = attempt.holder;
      logger.info(
        `another build of this project is running (process ${String(told)}); waiting for it to finish (lock: ${lock})`,
      );
    }
    await sleep(POLL_MS);
  }
}

export default function atomicDist(): AtomicDist {
  let building = false;
  let lock = '';
  let outDir = '';
  let paths: StagingPaths | undefined;
  const swapName = 'claimline:atomic-dist-swap';

  /**
   * What a build leaves when it ends: the lock, and a staging folder it did not swap in (a failed build's). Run as
   * the process exits, where an error would only add a stack trace to the build's own: what cannot be removed now
   * the next build removes.
   */
  const cleanUp = () => {
    try {
      if (paths) removeStaging(paths);
    } catch {
      // Left for the next build (prepareStaging).
    }
    try {
      if (lock) releaseLock(lock, process.pid);
    } catch {
      // Stale once this process has ended (tryLock).
    }
  };

  return {
    guard: {
      name: 'claimline:atomic-dist',
      hooks: {
        'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
          if (command !== 'build') return;
          building = true;
          lock = join(fileURLToPath(config.cacheDir), LOCK_FILE);
          await acquire(lock, logger);
          // A failed build ends in process.exit (Astro's throwAndExit), which runs 'exit' listeners. A build
          // stopped by a signal does not: its lock is stale once its process is gone, and the next build clears it
          // and the staging folder (tryLock, prepareStaging).
          process.once('exit', cleanUp);
          outDir = resolve(fileURLToPath(config.outDir));
          paths = prepareStaging(outDir, process.pid, isRunning);
          updateConfig({ outDir: pathToFileURL(`${paths.site}/`) });
        },
        'astro:config:done': ({ config }) => {
          if (!building || !paths) return;
          // Checked here, before any page is built, because a mistake in either would publish a half-made site.
          if (config.integrations.at(-1)?.name !== swapName)
            throw new Error(`${swapName} must be the last integration in astro.config.mjs, after every other`);
          if (resolve(fileURLToPath(config.outDir)) !== resolve(paths.site))
            throw new Error(`an integration after claimline:atomic-dist changed outDir; it must come first`);
        },
      },
    },
    swap: {
      name: swapName,
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!paths) return;
          const start = performance.now();
          swapIn(paths, outDir);
          paths = undefined;
          releaseLock(lock, process.pid);
          const ms = Math.round(performance.now() - start);
          logger.info(`the finished site replaced ${outDir} (${String(ms)} ms, the last site's removal included)`);
        },
      },
    },
  };
}
