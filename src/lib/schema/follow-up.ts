import { z } from 'astro/zod';
import { isoDay, text, webAddress } from './common.ts';

/**
 * Follow-ups: what happened after an article was published, in the editor's own words, each citing where it was
 * reported and saying which of the article's claims it settles. One markdown file each under
 * `content/follow-ups/<id>.md`; the file name is the follow-up's id and the body is the editor's note.
 *
 * The folder is flat, not one folder per article like claims: a follow-up is an event in the world, not a part of
 * one article, and one event (a summit, a verdict) can settle claims of several articles. Their order is `date`.
 */

/**
 * How a claim turned out, judged against what it said would happen (docs/architecture.md, "Contracts"): `confirmed` when it
 * came about as claimed, `partly` when some of it did, `refuted` when it did not, `open` when nothing settles it yet.
 */
export const outcome = z.enum(['confirmed', 'partly', 'refuted', 'open']);

/** Where a follow-up was reported: one article or post, with its address. */
export const citation = z.strictObject({
  /**
   * Who published it: the id of an outlet in `content/sources/` ("wsj"), or the outlet's name as readers know it
   * ("The Irish Times") when it is not a source of any claim. A value written like an id must name a source.
   */
  outlet: text,
  /** Its address; http(s) only. Where the address is known only in part, the most precise part, said in the note. */
  url: webAddress,
  /** Its headline, when known. */
  title: text.optional(),
  /** The day it was published. */
  published: isoDay,
});

/**
 * `claimRef` is how a field names a claim: Astro's `reference()` in the site, a plain id (`<article-id>/<file name>`)
 * in the content check, which resolves references itself, with line numbers. One definition serves both.
 */
export function followUpSchema<ClaimRef extends z.ZodType>(claimRef: ClaimRef) {
  /** One claim this follow-up settles, and how. */
  const resolution = z.strictObject({
    /** The claim's id: `<article-id>/<file name without .md>`, as in its page address. */
    claim: claimRef,
    /** confirmed, partly, refuted or open. */
    outcome,
    /** Why, in one line: what in this follow-up bears on the claim. */
    reason: text.max(200, 'must be at most 200 characters: one line').regex(/^[^\n]*$/, 'must be one line'),
  });
  /** A changed outcome, once the follow-up is published: a correction (docs/corrections.md). */
  const outcomeCorrection = z.strictObject({
    /** The day the correction was made, `YYYY-MM-DD`. */
    date: isoDay,
    /** The claim whose outcome changed: one of those in `resolves`. */
    claim: claimRef,
    /** The outcome it had before. */
    from: outcome,
    /** The outcome it has now, as `resolves` gives it. */
    to: outcome,
    /** Why the call changed, in a sentence or two. */
    reason: text.max(400, 'must be at most 400 characters: a sentence or two'),
  });
  return z.strictObject({
    /** The day it happened or, when that is what matters, was reported (`YYYY-MM-DD`). */
    date: isoDay,
    /** What happened, in the editor's own words: one or two sentences, not a quotation. */
    summary: text.max(400, 'must be at most 400 characters: one or two sentences'),
    /** Where it was reported; at least one, each with its address. */
    citations: z.array(citation).min(1, 'must list at least one report, with its address'),
    /** The claims it settles, each with an outcome; at least one (a follow-up follows up claims). */
    resolves: z.array(resolution).min(1, 'must name at least one claim it settles'),
    /** Outcomes changed since the follow-up was published, oldest first; see docs/corrections.md. */
    corrections: z.array(outcomeCorrection).optional(),
  });
}

export type Outcome = z.infer<typeof outcome>;
export type CitationData = z.infer<typeof citation>;
