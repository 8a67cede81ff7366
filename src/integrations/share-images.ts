import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { shareFonts } from '../page-data/share-images.ts';
import { toSiteContent, type CheckedContent } from '../lib/content/check.ts';
import { shareImageJobs, type ShareImageJob } from '../lib/publish/share-cards.ts';
import { ROUTES, SHARE_IMAGE_FOLDER } from '../lib/site/routes.ts';
import { indexSite } from '../lib/site/site-index.ts';
import { deliverStaged, runWorker, stagingFolder, timed } from './build-workers.ts';
import type { ShareImagesWork } from './share-images-worker.ts';

/**
 * Share images, one per claim and article and one for the site, drawn while Astro builds the pages: as soon as the
 * content check has passed, worker threads draw every card into a staging folder, and when the pages are written
 * the folder moves into dist/og/. Under `astro dev` a route draws each image on request instead.
 */

export interface ShareImagesOptions {
  /** The content as the check read it, once the check has passed (src/integrations/content-integrity.ts). */
  content: () => Promise<CheckedContent>;
  /**
   * Work that must be done before drawing starts: the search index, whose indexer needs hundreds of megabytes at
   * 10,000 claims, so that the two never hold memory at once (`npm run bench` measured peaks of 1.9 and 2.1 GB when
   * they did, the rows of 08:22 and 08:26 in bench/results.md).
   */
  after?: () => Promise<void>;
}

/** Draw `jobs` in `threads` worker threads, each a contiguous slice, into `folder`; resolves to how many were drawn. */
async function drawInWorkers(jobs: ShareImageJob[], folder: string, threads: number): Promise<number> {
  const fonts = shareFonts();
  const size = Math.ceil(jobs.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => jobs.slice(index * size, (index + 1) * size));
  const script = new URL('./share-images-worker.ts', import.meta.url);
  const counts = await Promise.all(
    slices
      .filter((slice) => slice.length > 0)
      .map((slice) => runWorker<number>(script, { fonts, jobs: slice, folder } satisfies ShareImagesWork)),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

export default function shareImages(options: ShareImagesOptions): AstroIntegration {
  let drawing: Promise<{ result: number; seconds: number }> | undefined;
  let staging = '';
  return {
    name: 'claimline:share-images',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({ pattern: ROUTES.shareImage, entrypoint: new URL('./share-image-route.ts', import.meta.url) });
          return;
        }
        if (command !== 'build') return;
        const jobs = shareImageJobs(indexSite(toSiteContent(await options.content())));
        staging = stagingFolder(config.cacheDir, 'share-images');
        // One core is Astro's; the rest draw, up to four threads (beyond that, writing files is the limit).
        const threads = Math.max(1, Math.min(availableParallelism() - 1, 4));
        drawing = (async () => {
          await options.after?.();
          return timed(drawInWorkers(jobs, staging, threads));
        })();
        // Reported at build:done; until then a failure waits there rather than ending the process early.
        drawing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const { result: drawn, seconds } = await deliverStaged(
          drawing,
          'the share images could not be drawn',
          staging,
          SHARE_IMAGE_FOLDER,
          dir,
        );
        logger.info(`drew ${String(drawn)} share images in ${seconds.toFixed(1)} s, alongside the pages`);
      },
    },
  };
}
