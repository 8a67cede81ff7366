import type { ClaimDate, ClaimKind, CorrectedField, SourcingCategory } from '../schema/claim.ts';
import type { CitationData, Outcome } from '../schema/follow-up.ts';
import type { SourceData } from '../schema/source.ts';

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
  /** A machine draft no editor has reviewed: only in a preview build, where its pages say so. */
  draft?: boolean | undefined;
  /** Hedge cues found in the excerpt, in order of first appearance. */
  hedges: string[];
  /** The UTC day its file reached the published branch (src/lib/content/history.ts); absent when history does not say. */
  firstPublished?: string | undefined;
  /** Its corrections and those of follow-ups' outcomes for it, oldest first (src/lib/site/corrections.ts). */
  corrections: Correction[];
}

/** What a correction changed: a claim's field, or the outcome a follow-up gives it. */
export type CorrectionField = CorrectedField | 'outcome';

/** One correction to a claim, as readers see it. */
export interface Correction {
  /** The claim it concerns. */
  claim: string;
  /** The day it was made, as the editor recorded it. */
  date: string;
  fields: CorrectionField[];
  from?: string | undefined;
  to?: string | undefined;
  reason: string;
  /** The follow-up whose outcome for the claim changed, for an outcome correction. */
  followUp?: string | undefined;
}

/** Where a follow-up was reported. */
export interface Citation {
  /** The outlet's name as readers know it (a source's `name` when the file names a source by id). */
  outlet: string;
  /** The source id, when the file names the outlet by one. */
  source?: string | undefined;
  url: string;
  title?: string | undefined;
  published: string;
}

/** One claim a follow-up settles. */
export interface Resolution {
  /** Claim id, `<article-id>/<file name>`. */
  claim: string;
  outcome: Outcome;
  /** Why, in one line. */
  reason: string;
}

/** What happened after an article was published, and which claims it settles. */
export interface FollowUp {
  /** The file name under content/follow-ups/. */
  id: string;
  date: string;
  summary: string;
  citations: Citation[];
  resolves: Resolution[];
}

export interface SiteContent {
  articles: Article[];
  sources: Source[];
  claims: Claim[];
  followUps: FollowUp[];
}

/** Whether a source is identified by name (an outlet, a person or an institution) rather than described anonymously. */
export const isNamed = (source: SourceData) => source.type !== 'group';

/** Claims in a stable order: by article id, then by order in the article. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.order - b.order));
}

/** Follow-ups in a stable order: by date, then by id. */
export function sortFollowUps(followUps: readonly FollowUp[]): FollowUp[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...followUps].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
}

/** Whether a citation's `outlet` is written as a source id ("wsj") rather than as a name ("The Irish Times"). */
export const looksLikeSourceId = (outlet: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(outlet);

/**
 * A citation as the model holds it: an outlet written as a known source id becomes that source's name, with the
 * id kept in `source`; any other value is the outlet's name as written. Both loaders (the content check and
 * Astro's collections) go through here, so the site and the export agree.
 */
export function toCitation(citation: CitationData, sources: readonly Source[]): Citation {
  const source = looksLikeSourceId(citation.outlet) ? sources.find((entry) => entry.id === citation.outlet) : undefined;
  return {
    outlet: source?.name ?? citation.outlet,
    source: source?.id,
    url: citation.url,
    title: citation.title,
    published: citation.published,
  };
}
