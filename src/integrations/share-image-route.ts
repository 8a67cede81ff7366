import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../page-data/site-content.ts';
import { shareFonts } from '../page-data/share-images.ts';
import { shareImageJobs } from '../lib/publish/share-cards.ts';
import { shareImageRenderer, type ShareCard } from '../lib/publish/share-image.ts';
import { routeParams, ROUTES } from '../lib/site/routes.ts';
import { indexSite } from '../lib/site/site-index.ts';

/**
 * `/og/<path>.png` under `astro dev` only (src/integrations/share-images.ts injects it): each share image drawn
 * when it is asked for, from the content as it is now. A build draws them all in worker threads instead.
 */
export const getStaticPaths = (async () => {
  const jobs = shareImageJobs(indexSite(await loadSiteContent()));
  return jobs.map((job) => ({
    params: routeParams(ROUTES.shareImage, job.path),
    props: { card: job.card },
  }));
}) satisfies GetStaticPaths;

let render: ((card: ShareCard) => Uint8Array<ArrayBuffer>) | undefined;

export const GET: APIRoute<{ card: ShareCard }> = ({ props }) => {
  render ??= shareImageRenderer(shareFonts());
  return new Response(render(props.card), { headers: { 'Content-Type': 'image/png' } });
};
