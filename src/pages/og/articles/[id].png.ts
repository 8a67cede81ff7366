import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteContent } from '../../../data/site-content.ts';
import { shareImageResponse } from '../../../data/share-images.ts';
import { articleCard } from '../../../lib/publish/share-cards.ts';
import { indexSite } from '../../../lib/site-index.ts';

/** `/og/articles/<article>.png`: each article's share image, made at build time. */
export const getStaticPaths = (async () => {
  const index = indexSite(await loadSiteContent());
  return index.content.articles.map((article) => ({ params: { id: article.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = indexSite(await loadSiteContent());
  const article = index.articles.get(params.id ?? '');
  if (!article) throw new Error(`unknown article ${params.id ?? ''}`);
  return shareImageResponse(
    articleCard(article, index.byArticle.get(article.id) ?? [], index.sources.get(article.publisher)),
  );
};
