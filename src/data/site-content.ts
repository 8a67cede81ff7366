import { getCollection } from 'astro:content';
import { firstPublished } from 'virtual:claimline/history';
import { withHistory, type LoadedContent } from '../lib/corrections.ts';
import { hedgeList } from '../lib/cues.ts';
import { toCitation, type SiteContent } from '../lib/model.ts';

/**
 * The site's content as the plain model of src/lib/model.ts, read once per build from Astro's collections.
 * Pages call `loadSiteContent()` and never touch `reference()` objects themselves.
 */
let cached: Promise<SiteContent> | undefined;

async function load(): Promise<LoadedContent> {
  const [articles, sources, claims, followUps] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('followUps'),
  ]);
  const sourceList = sources.map(({ id, data }) => ({ id, ...data }));
  return {
    articles: articles.map(({ id, data, body }) => ({
      id,
      ...data,
      publisher: data.publisher.id,
      reReports: data.reReports ? { ...data.reReports, outlet: data.reReports.outlet.id } : undefined,
      body: body ?? '',
    })),
    sources: sourceList,
    claims: claims.map(({ id, data }) => ({
      id,
      ...data,
      article: data.article.id,
      attribution: { category: data.attribution.category, chain: data.attribution.chain.map((ref) => ref.id) },
      hedges: hedgeList(data.excerpt),
    })),
    followUps: followUps.map(({ id, data }) => ({
      id,
      ...data,
      citations: data.citations.map((citation) => toCitation(citation, sourceList)),
      resolves: data.resolves.map((resolution) => ({ ...resolution, claim: resolution.claim.id })),
      corrections: data.corrections?.map((correction) => ({ ...correction, claim: correction.claim.id })),
    })),
  };
}

export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load().then((content) => withHistory(content, firstPublished));
  return cached;
}
