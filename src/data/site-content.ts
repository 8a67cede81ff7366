import { getCollection } from 'astro:content';
import { hedgeList } from '../lib/cues.ts';
import type { SiteContent } from '../lib/model.ts';

/**
 * The site's content as the plain model of src/lib/model.ts, read once per build from Astro's collections.
 * Pages call `loadSiteContent()` and never touch `reference()` objects themselves.
 */
let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [articles, sources, claims] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('claims'),
  ]);
  return {
    articles: articles.map(({ id, data, body }) => ({
      id,
      ...data,
      publisher: data.publisher.id,
      reReports: data.reReports ? { ...data.reReports, outlet: data.reReports.outlet.id } : undefined,
      body: body ?? '',
    })),
    sources: sources.map(({ id, data }) => ({ id, ...data })),
    claims: claims.map(({ id, data }) => ({
      id,
      ...data,
      article: data.article.id,
      attribution: { category: data.attribution.category, chain: data.attribution.chain.map((ref) => ref.id) },
      hedges: hedgeList(data.excerpt),
    })),
  };
}

export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
