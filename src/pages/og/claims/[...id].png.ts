import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../../data/site-content.ts';
import { shareImageResponse } from '../../../data/share-images.ts';
import { claimCard } from '../../../lib/publish/share-cards.ts';
import { factsOf, indexSite } from '../../../lib/site-index.ts';

/** `/og/claims/<article>/<claim>.png`: each claim's share image (Open Graph, Twitter card), made at build time. */
export const getStaticPaths = (async () => {
  const index = indexSite(await loadSiteContent());
  return index.timeline.map((claim) => ({ params: { id: claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = indexSite(await loadSiteContent());
  const facts = factsOf(index, params.id ?? '');
  return shareImageResponse(claimCard(facts, index.sources.get(facts.article.publisher)));
};
