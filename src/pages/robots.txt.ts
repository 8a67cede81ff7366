import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publish/robots.ts';
import { publishedRoot } from '../page-data/published-url.ts';

/** `dist/robots.txt`: every page may be crawled; the sitemap says where they are. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: robots.txt names the sitemap by its full address');
  return new Response(robotsTxt(publishedRoot(site)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
