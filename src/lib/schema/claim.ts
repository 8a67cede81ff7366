import { z } from 'astro/zod';
import { draftFlag, drafterNotes, isoDay, text } from './common.ts';

/**
 * Claims: one markdown file each under `content/claims/<article-id>/NN-slug.md`. The frontmatter mirrors the
 * `claims` entries of `dist/claims.json` (docs/architecture.md, "Contracts"); the body is the editor's note.
 */

/** What sort of assertion a claim is (docs/editing.md, "Terms"). */
export const claimKind = z.enum(['event', 'statement', 'prediction', 'assessment', 'context']);

/** How a claim is sourced, read off the innermost link of its chain; this is what the badge shows. */
export const sourcingCategory = z.enum(['named', 'anonymous-official', 'anonymous-source', 'outlet', 'unattributed']);

/** How finely a date is known. */
export const datePrecision = z.enum(['day', 'week', 'month', 'year']);

/** `stated` when the text gives the date itself; `inferred` when it is worked out (from the publication day…). */
export const dateBasis = z.enum(['stated', 'inferred']);

/** When the claimed thing happened or is expected, as a range of days at a precision. */
export const claimDate = z.strictObject({
  /** First day of the range. */
  start: isoDay,
  /** Last day of the range (the same day for day precision; the article's publication day for the week so far). */
  end: isoDay,
  /**
   * day, week (Monday to Sunday, or Monday to the article's publication day), month (calendar month) or year
   * (calendar year).
   */
  precision: datePrecision,
  /** The phrase as the text writes it ("this week", "July 3"); absent when the text gives no phrase. */
  asWritten: text.optional(),
  /** Whether the text states the date or it was inferred. */
  basis: dateBasis,
});

/**
 * The fields of a claim whose change, once the claim is published, is a correction (docs/corrections.md): what the
 * claim says and on whose word. The headline, the rationale and the editor's note are the editor's own words
 * around it; rewording them is not a correction.
 */
export const correctedField = z.enum(['excerpt', 'kind', 'attribution.category', 'attribution.chain', 'date']);

/** One correction to a published claim, as the editor records it in the claim's frontmatter. */
export const claimCorrection = z.strictObject({
  /** The day the correction was made, `YYYY-MM-DD`. */
  date: isoDay,
  /** Which field or fields changed: excerpt, kind, attribution.category, attribution.chain or date. */
  fields: z.array(correctedField).min(1, 'must name at least one field that changed'),
  /** What it said before, in a reader's words ("Unattributed: the publisher's own voice"), where that helps. */
  from: text.optional(),
  /** What it says now, in a reader's words, where that helps. */
  to: text.optional(),
  /** Why the call changed, in a sentence or two. */
  reason: text.max(400, 'must be at most 400 characters: a sentence or two'),
});

/**
 * `sourceRef` and `articleRef` are how a field names another entry: Astro's `reference()` in the site, a plain id
 * in the content check (which resolves references itself, with line numbers). One definition serves both.
 */
export function claimSchema<SourceRef extends z.ZodType, ArticleRef extends z.ZodType>(
  sourceRef: SourceRef,
  articleRef: ArticleRef,
) {
  /** Who passed the claim on, from the publisher down to the original speaker, and the category that gives. */
  const attribution = z.strictObject({
    /** The sourcing category; must agree with the innermost link of `chain`. */
    category: sourcingCategory,
    /** Source ids, outermost first: the article's publisher, then each outlet or person that passed it on. */
    chain: z.array(sourceRef).min(1, 'must name at least the publisher'),
  });
  return z.strictObject({
    /** The id of the article the excerpt comes from. */
    article: articleRef,
    /** Position in the article: 1 for the claim holding its first sentence, and so on. */
    order: z.int('must be a whole number').positive('must be 1 or more'),
    /** The claim's exact words in the article: one or more whole, consecutive sentences of one paragraph. */
    excerpt: text,
    /** A short headline for the timeline, in the editor's words; the excerpt is shown when absent. */
    headline: text.max(120, 'must be at most 120 characters').optional(),
    /** event, statement, prediction, assessment or context. */
    kind: claimKind,
    /** Whose word the claim rests on. */
    attribution,
    /** When the claimed thing happened or is expected; absent when the text gives no clue. */
    date: claimDate.optional(),
    /**
     * Why the sourcing call or the date was made, where it is not obvious from the excerpt: the editor's own words,
     * shown to readers under "Why this sourcing and date".
     */
    rationale: text.optional(),
    /** `true` while the claim is a machine draft no editor has reviewed; remove it once reviewed. */
    draft: draftFlag.optional(),
    /** The drafter's notes on how it read the sentence; never shown to readers or exported. */
    drafterNotes: drafterNotes.optional(),
    /** Corrections made since the claim was published, oldest first; see docs/corrections.md. */
    corrections: z.array(claimCorrection).optional(),
  });
}

export type ClaimKind = z.infer<typeof claimKind>;
export type SourcingCategory = z.infer<typeof sourcingCategory>;
export type ClaimDate = z.infer<typeof claimDate>;
export type CorrectedField = z.infer<typeof correctedField>;
export type ClaimCorrectionData = z.infer<typeof claimCorrection>;
