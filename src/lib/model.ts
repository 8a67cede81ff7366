import type { ClaimDate, ClaimKind, SourcingCategory } from './schema/claim.ts';
import type { SourceData } from './schema/source.ts';

/**
 * The site's plain model: what pages, exports and tools read once content has been validated. References are
 * plain ids here, whichever way the content was loaded (Astro's collections or the content check).
 */

export type Source = SourceData & {
  id: string;
};

export interface Article {
  id: string;
  title: string;
  /** Source id of the publisher. */
  publisher: string;
  published: string;
  publishedNote?: string | undefined;
  url: string;
  language: string;
  reReports?:
    | { outlet: string; title: string; published: string; url?: string | undefined; note?: string | undefined }
    | undefined;
  /** The article body, markdown. */
  body: string;
}

export interface Claim {
  /** `<article-id>/<file name>`. */
  id: string;
  article: string;
  order: number;
  excerpt: string;
  headline?: string | undefined;
  kind: ClaimKind;
  attribution: { category: SourcingCategory; chain: string[] };
  date?: ClaimDate | undefined;
  rationale?: string | undefined;
  /** Hedge cues found in the excerpt, in order of first appearance. */
  hedges: string[];
}

export interface SiteContent {
  articles: Article[];
  sources: Source[];
  claims: Claim[];
}

/** Whether a source is identified by name (an outlet or a person) rather than described anonymously. */
export const isNamed = (source: SourceData) => source.type !== 'group';

/** Claims in a stable order: by article id, then by order in the article. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.order - b.order));
}
