import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SiteContent } from '../lib/site/model.ts';
import { searchRecords } from '../lib/site/search-records.ts';
import { indexSite } from '../lib/site/site-index.ts';

/**
 * A worker thread of src/integrations/search-index.ts: makes the search records from the site's content, hands
 * them to Pagefind (whose indexer runs as its own process) and writes the index to `folder`, then reports how many
 * records it holds. Any error ends the thread, and the integration fails the build with it.
 */
export interface SearchIndexWork {
  site: SiteContent;
  /** Each claim's note, markdown, by claim id. */
  notes: Map<string, string>;
  folder: string;
}

/**
 * Every record is indexed as English, the site's language (BaseLayout's default `lang`): the search page loads the
 * index of its own language, so records in another would never be found from it.
 */
const LANGUAGE = 'en';

/** How many records are sent to Pagefind before waiting for its answers. */
const BATCH = 500;

const { site, notes, folder } = workerData as SearchIndexWork;
const records = searchRecords(indexSite(site), notes);
try {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(errors.join('\n'));
  // In batches: all at once queues every record in the pipe to Pagefind's process at the same time, which cost more
  // memory and, at 10,000 claims, more time.
  for (let start = 0; start < records.length; start += BATCH) {
    const added = await Promise.all(
      records
        .slice(start, start + BATCH)
        .map((record) => index.addCustomRecord({ ...record, meta: { ...record.meta }, language: LANGUAGE })),
    );
    const failed = added.flatMap((result) => result.errors);
    if (failed.length > 0) throw new Error(failed.join('\n'));
  }
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
} finally {
  await pagefind.close();
}
parentPort?.postMessage(records.length);
