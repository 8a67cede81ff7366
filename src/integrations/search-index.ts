import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the static search index with Pagefind once Astro has written the site, so that `astro build` (and so
 * `npm run build`) stays the one command and dist/ always holds an index of exactly its own pages. Pagefind reads
 * only what pages mark with `data-pagefind-body` (claims, articles, sources: BaseLayout's `searchAs`) and writes
 * dist/pagefind/, which only the search page loads.
 */
/**
 * What is left out of each indexed page, so that results and their excerpts are about the page's own subject:
 * navigation and neighbouring claims, badge and legend words (every claim has them), screen-reader prefixes,
 * charts and count tables, the claim lists of source pages (each claim is indexed on its own page), the article
 * line under each quotation, and definition-list labels. Kept here, with the indexer, rather than as
 * `data-pagefind-ignore` attributes spread over the components.
 */
export const SEARCH_EXCLUDED = [
  'nav',
  '.crumb',
  '.badges',
  '.badge',
  '.vh',
  'svg',
  '.hint',
  'figcaption',
  '.key',
  'figure.chart',
  '.counts',
  '.period',
  'dt',
];

export default function searchIndex(): AstroIntegration {
  return {
    name: 'claimline:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
        try {
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const seconds = ((performance.now() - start) / 1000).toFixed(1);
          logger.info(`read ${String(added.page_count)} pages, wrote the index of the searchable ones in ${seconds} s`);
        } catch (error) {
          throw new Error(`the search index could not be built (Pagefind): ${String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
