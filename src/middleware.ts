import { defineMiddleware } from 'astro:middleware';
import { formatProblem } from './lib/content/problems.ts';
import { contentErrorPage } from './lib/content/error-page.ts';
import { rebaseHtml } from './lib/site/site-address.ts';
import { servedPipeline, summarizeRun } from './loaders/content-pipeline.ts';

/**
 * Under `astro dev`, while the last check of `content/` found errors, every page is the list of those errors
 * (src/lib/content/error-page.ts) rather than the site as it was before the mistake.
 *
 * When the site is published under a path of its host (Astro's `base`, as on a GitHub Pages project site), the links
 * of every page, written from the site's root, get the base in front as the page is made (src/lib/site/site-address.ts).
 * At the root of a host, the default, pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const run = await servedPipeline()?.current();
  if (run && run.errors > 0) {
    const lines = run.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    return new Response(contentErrorPage(lines, summarizeRun(run)), {
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  const response = await next();
  const base = import.meta.env.BASE_URL;
  if (base === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(rebaseHtml(await response.text(), base), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
