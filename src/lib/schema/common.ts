import { z } from 'astro/zod';
import { isRealDay, toIsoDay } from '../language/dates.ts';

/** A stable, URL-safe identifier: lower-case words joined by hyphens ("senior-us-official"). */
export const slugId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case letters, digits and single hyphens, like "senior-us-official"',
  );

/**
 * A calendar day written `YYYY-MM-DD`.
 *
 * Astro's frontmatter parser (js-yaml, YAML 1.1) turns an unquoted `2025-08-04` into a `Date`, while the content
 * check (yaml, YAML 1.2 core schema) keeps it a string; both arrive here and leave as the same string.
 * js-yaml also rolls `2025-02-30` over into March, which is why the content check, not this schema alone, is
 * what guards against impossible days in the build (see src/integrations/content-integrity.ts).
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date ? toIsoDay(value) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    // abort: a day not written YYYY-MM-DD gets that one message, not also "is not a real calendar day" (zod 4's
    // $ZodCheckDef.abort: no later check runs when this one fails).
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(isRealDay, 'is not a real calendar day'),
);

/** An absolute http(s) address. `javascript:` and other schemes never reach a page. */
export const webAddress = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** Non-empty text with no surrounding white space problems. */
export const text = z.string().trim().min(1, 'must not be empty');

/**
 * The review state (issue 14): `draft: true` marks an entry `npm run claims:draft` wrote and no editor has reviewed
 * yet; the editor removes it once they have. A draft does not publish unless the build is a preview
 * (`npm run build:preview`).
 */
export const draftFlag = z.boolean({ error: 'must be true or false' });

/**
 * The drafter's machine notes (why it chose a category, a date, a speaker), kept apart from the editor's own words.
 * Never shown to readers, never exported.
 */
export const drafterNotes = z.array(text, { error: 'must be a list of notes, one "- note" line each' });
