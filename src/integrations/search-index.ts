import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { toSiteContent, type CheckedContent } from '../lib/content/check.ts';
import { SEARCH_INDEX_FOLDER } from '../lib/site/routes.ts';
import { deliverStaged, runWorker, stagingFolder, timed } from './build-workers.ts';
import type { SearchIndexWork } from './search-index-worker.ts';

/**
 * The static search index (Pagefind), built while Astro builds the pages, so that `astro build` (and so
 * `npm run build`) stays the one command: once the content check has passed, a worker thread makes one record per
 * claim, article and source (src/lib/site/search-records.ts) and Pagefind writes the index to a staging folder, which
 * moves into dist/pagefind/ when the pages are written. Only the search page loads it.
 *
 * It runs first and at full priority (the share images wait for it): Pagefind's indexer needs hundreds of megabytes
 * at 10,000 claims, and finishing while Astro is still loading content keeps that from adding to Astro's own peak.
 */

export interface SearchIndexOptions {
  /** The content as the check read it, once the check has passed (src/integrations/content-integrity.ts). */
  content: () => Promise<CheckedContent>;
}

/**
 * The search worker's heap: what its records need (about 60 MB at 10,000 claims), with room. Capped, so that its garbage (each note's syntax
 * tree) is collected as it goes rather than held while Pagefind, Astro and the share images run.
 */
const heapFor = (claims: number) => 64 + Math.ceil(claims / 200);

export interface SearchIndex extends AstroIntegration {
  /**
   * Settles when the index is written or has failed (a failure is reported at build:done), at once when the
   * command builds no index. The share images wait for it (astro.config.mjs).
   */
  settled: () => Promise<void>;
}

export default function searchIndex(options: SearchIndexOptions): SearchIndex {
  let indexing: Promise<{ result: number; seconds: number }> | undefined;
  let staging = '';
  return {
    settled: async () => {
      await indexing?.catch(() => undefined);
    },
    name: 'claimline:search-index',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        if (command !== 'build') return;
        const content = await options.content();
        staging = stagingFolder(config.cacheDir, 'search-index');
        // The site's model and the notes only: a copy of the whole check (articles split into sentences) would cost
        // the worker memory for nothing.
        const work: SearchIndexWork = {
          site: toSiteContent(content),
          notes: new Map(content.claims.map((claim) => [claim.id, claim.note])),
          folder: join(staging, SEARCH_INDEX_FOLDER),
        };
        indexing = timed(
          runWorker<number>(new URL('./search-index-worker.ts', import.meta.url), work, heapFor(content.claims.length)),
        );
        // Reported at build:done; until then a failure waits there rather than ending the process early.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) return;
        const { result: records, seconds } = await deliverStaged(
          indexing,
          'the search index could not be built (Pagefind)',
          staging,
          SEARCH_INDEX_FOLDER,
          dir,
        );
        logger.info(`indexed ${String(records)} claims, articles and sources in ${seconds.toFixed(1)} s`);
      },
    },
  };
}
