import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedContent } from '../lib/content/check.ts';
import { formatProblem } from '../lib/content/problems.ts';
import {
  contentPipeline,
  historyOptionsFrom,
  servePipeline,
  summarizeRun,
  type CheckRun,
} from '../loaders/content-pipeline.ts';
import type { ReviewOptions } from '../lib/content/review-check.ts';

/**
 * Starts the project's one content pipeline (src/loaders/content-pipeline.ts) before Astro loads any content, so
 * that `astro build` fails on exactly what `npm run check:content` reports, with the same `path:line: field:` lines
 * and nothing after them but a one-line summary: never a site that drops or garbles a claim. The collections
 * (src/loaders/content-loader.ts) then store this very run.
 *
 * Under `astro dev` it reports instead of failing, checks again once per burst of changes under `content/`, and
 * each problem is printed once per run; the pages show the errors until they are fixed (src/middleware.ts).
 */

/** Changes that arrive within this many milliseconds are one edit (an editor's save writes a file in steps). */
const SETTLE_MS = 100;

function reporter(logger: AstroIntegrationLogger) {
  // Said once: under `astro dev` every edit is a run, and the reason does not change between them.
  let historyNoted = false;
  return (run: CheckRun) => {
    if (run.historyUnavailable && !historyNoted) logger.warn(run.historyUnavailable);
    historyNoted ||= run.historyUnavailable !== undefined;
    for (const problem of run.problems) {
      if (problem.severity === 'error') logger.error(formatProblem(problem));
      else logger.warn(formatProblem(problem));
    }
    if (run.errors > 0) logger.error(summarizeRun(run));
    else logger.info(summarizeRun(run));
  };
}

export interface ContentIntegrity extends AstroIntegration {
  /**
   * The content as the check read it, once it has passed, for integrations that need it before the pages are made
   * (src/integrations/share-images.ts, search-index.ts). Settles only in a build whose check passed.
   */
  checkedContent: () => Promise<CheckedContent>;
}

export interface ContentIntegrityOptions {
  /**
   * Ends a build whose content has errors, once they are printed: by default the process exits with status 1, since
   * thrown, the error would be printed again under "An unhandled error occurred" (and nothing is written yet that
   * needs cleaning up). Tests that run the hook in their own process pass a function that throws instead.
   */
  stop?: (summary: string) => never;
}

const exitBuild = (): never => process.exit(1);

export default function contentIntegrity({ stop = exitBuild }: ContentIntegrityOptions = {}): ContentIntegrity {
  const checked = Promise.withResolvers<CheckedContent>();
  let root = '';
  return {
    checkedContent: () => checked.promise,
    name: 'claimline:content-integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const pipeline = contentPipeline(root);
        pipeline.reportWith(reporter(logger));
        // A build publishes: unreviewed drafts fail it unless CLAIMLINE_PREVIEW_DRAFTS=1 (npm run build:preview).
        const review: ReviewOptions = {
          publish: command === 'build',
          previewDrafts: process.env.CLAIMLINE_PREVIEW_DRAFTS === '1',
        };
        pipeline.reviewWith(review);
        // A change to a published claim with no correction: a warning locally, an error in CI (docs/corrections.md).
        pipeline.historyWith(historyOptionsFrom(process.env));
        // Read afresh: under `astro dev` this hook runs again on a restart, and files may have changed meanwhile.
        const run = await pipeline.refresh();
        if (run.errors > 0 && command === 'build') {
          logger.error('the build stopped before writing anything; fix the lines above (npm run check:content)');
          stop(summarizeRun(run));
        }
        if (run.errors === 0) checked.resolve(run.content);
      },
      'astro:server:setup': ({ server }) => {
        const pipeline = contentPipeline(root);
        servePipeline(pipeline);
        const content = join(root, 'content') + sep;
        let timer: NodeJS.Timeout | undefined;
        // Vite watches the project root already, content/ included: no second watcher.
        server.watcher.on('all', (_event, path) => {
          // `root` ends with a separator (it comes from a folder URL): join, rather than paste, the paths.
          if (!path.startsWith(content)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void pipeline.refresh(), SETTLE_MS);
        });
      },
    },
  };
}
