import { getCollection } from 'astro:content';
import type { SiteContent } from '../lib/site/model.ts';
import { servedPipeline } from '../loaders/content-pipeline.ts';

/**
 * The site's content as the plain model of src/lib/site/model.ts: the collections already hold it, as the content check
 * gave it (src/loaders/content-loader.ts), so this only gathers the four lists. Read once per build.
 */
let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const [articles, sources, claims, followUps] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('followUps'),
  ]);
  const data = <T>(entries: readonly { data: T }[]) => entries.map((entry) => entry.data);
  return { articles: data(articles), sources: data(sources), claims: data(claims), followUps: data(followUps) };
}

export function loadSiteContent(): Promise<SiteContent> {
  // Under `astro dev` the collections change as files do: read them again on every request there.
  if (servedPipeline()) return load();
  cached ??= load();
  return cached;
}
