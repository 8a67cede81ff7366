import { defineMiddleware } from 'astro:middleware';
import { rebaseHtml } from './lib/site-address.ts';

/**
 * When the site is published under a path of its host (Astro's `base`, as on a GitHub Pages project site), the links
 * of every page, written from the site's root, get the base in front as the page is made (src/lib/site-address.ts).
 * At the root of a host, the default, pages pass through untouched.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  const base = import.meta.env.BASE_URL;
  if (base === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(rebaseHtml(await response.text(), base), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
