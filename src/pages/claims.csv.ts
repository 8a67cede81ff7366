import type { APIRoute } from 'astro';
import { loadSiteContent } from '../page-data/site-content.ts';
import { claimsCsv } from '../lib/publish/csv.ts';
import { publishedRoot } from '../page-data/published-url.ts';

/** `dist/claims.csv`: the claims for spreadsheets, one row each (src/lib/publish/csv.ts). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the CSV holds each claim page as an absolute link');
  return new Response(claimsCsv((await loadSiteContent()).claims, publishedRoot(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
