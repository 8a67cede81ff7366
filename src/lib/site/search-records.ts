import { plainText, truncateAtWord } from '../language/plain-text.ts';
import type { Source } from './model.ts';
import { articlePath, claimPath, sourcePath } from './routes.ts';
import type { SiteIndex } from './site-index.ts';
import { sourceRole } from './source-pages.ts';

/**
 * What the site search finds: one record per claim, article and source, made from the content itself rather than
 * from the built pages. Pagefind then indexes plain text it is handed (`addCustomRecord`) alongside the page build,
 * instead of reading every page back from disk after it (`npm run bench`). A record holds the words a reader would
 * search a page for: a claim's headline, excerpt, the names in its chain, the editor's reasoning and note; never
 * the badges, navigation or legends that every page repeats, which would make every result match.
 */

export type SearchType = 'Claim' | 'Article' | 'Source';

export interface SearchRecord {
  /** The page's address, from the site root (`/claims/<id>/`). */
  url: string;
  /** The words indexed, and from which the result's excerpt is cut. */
  content: string;
  /** Shown with the result: the page's title and what kind of page it is. */
  meta: { title: string; type: SearchType };
}

/** The title of a claim's page: its headline, or the start of its excerpt. */
export const claimTitle = (claim: { headline?: string | undefined; excerpt: string }): string =>
  claim.headline ?? truncateAtWord(claim.excerpt, 90);

const sentences = (...parts: (string | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join(' ');

const describeSource = (source: Source) => `${source.name}, ${sourceRole(source)}.`;

/**
 * Every record of the site. `notes` holds each claim's note as markdown, by claim id (the site's model leaves
 * notes to Astro's renderer); their markup is dropped (`plainText`).
 */
export function searchRecords(index: SiteIndex, notes: ReadonlyMap<string, string>): SearchRecord[] {
  const sourceOf = (id: string) => index.sources.get(id);
  const claims = index.timeline.map((claim): SearchRecord => {
    const note = notes.get(claim.id);
    return {
      url: claimPath(claim.id),
      // The chain by name only: roles and the article's title are on the source and article records, and repeating
      // them in every claim's record would grow the index (and Pagefind's memory, hundreds of megabytes at 10,000 claims) for
      // words that find the same pages anyway.
      content: sentences(
        claim.headline,
        claim.excerpt,
        claim.attribution.chain.map((id) => sourceOf(id)?.name ?? id).join(', '),
        claim.rationale,
        note && plainText(note),
      ),
      meta: { title: claimTitle(claim), type: 'Claim' },
    };
  });
  const articles = index.content.articles.map((article): SearchRecord => ({
    url: articlePath(article.id),
    content: sentences(article.title, sourceOf(article.publisher)?.name, plainText(article.body)),
    meta: { title: article.title, type: 'Article' },
  }));
  const sources = index.content.sources.map((source): SearchRecord => ({
    url: sourcePath(source.id),
    content: sentences(describeSource(source), source.type === 'outlet' ? source.shortName : undefined),
    meta: { title: source.name, type: 'Source' },
  }));
  return [...claims, ...articles, ...sources];
}
