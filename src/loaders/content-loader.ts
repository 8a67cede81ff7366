import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { toSiteContent } from '../lib/content/check.ts';
import type { Article, Claim, FollowUp, Source } from '../lib/site/model.ts';
import { contentPipeline, type CheckRun } from './content-pipeline.ts';

/**
 * Claimline's content loader, after the pattern of Starlight's `docsLoader`: one Astro Content Layer loader per
 * collection, all fed by the project's one content pipeline (src/loaders/content-pipeline.ts). The files are read
 * and checked once; each collection stores the checked entries as the site's model (src/lib/site/model.ts), so no page
 * maps collection entries again, and nothing is parsed or validated twice (the check's validation is the one;
 * `parseData` is not called).
 *
 * Claims and follow-ups keep their editor's note as the entry's body, rendered with the site's own markdown
 * processor (Astro's `renderMarkdown`, so src/markdown/'s safety rules apply), for `render(entry)`.
 *
 * Under `astro dev` a changed file is checked again (src/integrations/content-integrity.ts watches `content/`) and
 * each collection updates the entries that changed. A run with errors leaves the stores as they were: the pages then
 * show the errors instead (src/middleware.ts), never the stale content.
 */

export type CollectionName = 'sources' | 'articles' | 'claims' | 'followUps';

/** What one collection stores of a run: each entry's model, and the markdown a page renders, if any. */
interface StoredEntry {
  id: string;
  file: string;
  data: Source | Article | Claim | FollowUp;
  /** Markdown rendered for `render(entry)`: a claim's or follow-up's note. */
  note?: string;
  /** Markdown kept as the entry's body but not rendered (an article's text, which pages annotate themselves). */
  body?: string;
}

function entriesOf(collection: CollectionName, run: CheckRun): StoredEntry[] {
  const site = toSiteContent(run.content);
  switch (collection) {
    case 'sources':
      return site.sources.map((source) => ({
        id: source.id,
        file: run.content.sources.get(source.id)?.file ?? '',
        data: source,
      }));
    case 'articles':
      return site.articles.map((article) => ({
        id: article.id,
        file: run.content.articles.get(article.id)?.file ?? '',
        data: article,
        body: article.body,
      }));
    case 'claims': {
      const claims = new Map(run.content.claims.map((entry) => [entry.id, entry]));
      return site.claims.map((claim) => {
        const checked = claims.get(claim.id);
        return { id: claim.id, file: checked?.file ?? '', data: claim, note: checked?.note ?? '' };
      });
    }
    case 'followUps': {
      const followUps = new Map(run.content.followUps.map((entry) => [entry.id, entry]));
      return site.followUps.map((followUp) => {
        const checked = followUps.get(followUp.id);
        return { id: followUp.id, file: checked?.file ?? '', data: followUp, note: checked?.note ?? '' };
      });
    }
  }
}

/** Bring a collection's store up to a run: changed entries written (and rendered) again, gone ones deleted. */
async function store(context: LoaderContext, collection: CollectionName, run: CheckRun): Promise<void> {
  if (run.errors > 0) return;
  const entries = context.store;
  const kept = new Set<string>();
  for (const entry of entriesOf(collection, run)) {
    kept.add(entry.id);
    const markdown = entry.note ?? entry.body;
    const digest = context.generateDigest(JSON.stringify([entry.data, markdown ?? null]));
    if (entries.get(entry.id)?.digest === digest) continue;
    entries.set({
      id: entry.id,
      data: { ...entry.data },
      digest,
      filePath: entry.file,
      ...(markdown === undefined ? {} : { body: markdown }),
      ...(entry.note === undefined ? {} : { rendered: await context.renderMarkdown(entry.note) }),
    });
  }
  for (const id of entries.keys()) if (!kept.has(id)) entries.delete(id);
}

/**
 * The collection's data type, for `getCollection()` and `render()`: the model as the check gives it. It is never run
 * (the check has validated every entry already), so it is a type, not a second set of rules.
 */
const modelSchemas = {
  sources: z.custom<Source>(),
  articles: z.custom<Article>(),
  claims: z.custom<Claim>(),
  followUps: z.custom<FollowUp>(),
};

/** A loader for one of Claimline's collections. */
export function claimlineLoader<Collection extends CollectionName>(
  collection: Collection,
): Loader & { schema: (typeof modelSchemas)[Collection] } {
  return {
    name: `claimline-${collection}`,
    schema: modelSchemas[collection],
    load: async (context) => {
      const pipeline = contentPipeline(fileURLToPath(context.config.root));
      pipeline.listen(collection, (run) => store(context, collection, run));
      await store(context, collection, await pipeline.current());
    },
  };
}
