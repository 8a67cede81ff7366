import { z } from 'astro/zod';
import { isoDay, text, webAddress } from './common.ts';

/**
 * Articles: one markdown file each under `content/articles/`. The body is the article's text, verbatim, with its
 * cross-heads as `##` headings; the file name is the article's id.
 *
 * `sourceRef` is how a field names a source: Astro's `reference()` in the site, a plain id in the content check
 * (which resolves references itself, with line numbers). One definition serves both.
 */
export function articleSchema<SourceRef extends z.ZodType>(sourceRef: SourceRef) {
  return z.strictObject({
    /** The headline as published. */
    title: text,
    /** The source id of the outlet that published this text. */
    publisher: sourceRef,
    /** The day it was published (in the publisher's time zone). */
    published: isoDay,
    /** How the publication day is known, when it is not printed on the page. */
    publishedNote: text.optional(),
    /** The address where it was read. */
    url: webAddress,
    /** Its language as a BCP 47 tag ("en", "uk"). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en"'),
    /** The story this text re-reports, when it is a re-report. */
    reReports: z
      .strictObject({
        /** The source id of the original outlet. */
        outlet: sourceRef,
        /** The original headline, as far as it is known. */
        title: text,
        /** The original's publication day. */
        published: isoDay,
        /** The original's address, when known. */
        url: webAddress.optional(),
        /** What is and is not confirmed about the original. */
        note: text.optional(),
      })
      .optional(),
  });
}
