import { z } from 'astro/zod';
import { claimKind, dateBasis, datePrecision, sourcingCategory } from './claim.ts';
import { outcome } from './follow-up.ts';
import { CLAIMS_SCHEMA_PATH } from '../site/routes.ts';
import { absoluteUrl } from '../site/site-address.ts';

/**
 * The shape of `dist/claims.json` (docs/architecture.md, "Contracts"), from which `dist/claims.schema.json` is generated.
 * Objects are strict (`additionalProperties: false`), so the schema names every field the export holds and a
 * test fails if the export gains a field the schema does not describe.
 *
 * Fields are described with `.describe()` rather than JSDoc: the descriptions travel into the published JSON
 * Schema at build time, where the content files' schemas (schemas/) take theirs from JSDoc.
 */

/** Bumped when a change to the export could break a script written against the previous one (docs/site.md, "The export"). */
export const EXPORT_SCHEMA_VERSION = 1;

/**
 * Bumped when the export gains fields a script may use but need not know: 1 added each claim's `firstPublished`
 * and `corrections` (docs/corrections.md).
 */
export const EXPORT_SCHEMA_MINOR_VERSION = 1;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A calendar day, YYYY-MM-DD.');
const id = z.string().min(1);
const webAddress = z.string().regex(/^https?:\/\//);

const exportedArticle = z.strictObject({
  id: id.describe("The article's id (its file name in content/articles/)."),
  title: z.string().describe('The headline as published.'),
  publisher: id.describe('The source id of the outlet that published it.'),
  published: day.describe('The day it was published.'),
  url: webAddress.describe('The address where it was read.'),
  language: z.string().describe('Its language, a BCP 47 tag ("en").'),
});

const exportedSource = z.strictObject({
  id: id.describe("The source's id (its file name in content/sources/)."),
  name: z.string().describe('The name as readers know it, or an anonymous group described as the text gives it.'),
  type: z
    .enum(['outlet', 'person', 'institution', 'group'])
    .describe('outlet, person (named), institution (an organisation on the record), or group (anonymous).'),
  named: z
    .boolean()
    .describe('Whether the source is identified by name: an outlet, a person or an institution, not a group.'),
});

const exportedDate = z.strictObject({
  start: day.describe('First day of the range.'),
  end: day.describe(
    "Last day of the range (the same day at day precision). At week precision, Sunday, or the article's publication day when the claim is dated to the week so far.",
  ),
  precision: datePrecision.describe(
    "day, week (Monday to Sunday, or Monday to the article's publication day), month (calendar month) or year (calendar year).",
  ),
  asWritten: z
    .string()
    .nullable()
    .describe('The phrase as the text writes it ("this week"); null when the text gives no phrase.'),
  basis: dateBasis.describe('stated when the text gives the date itself, inferred when it was worked out.'),
});

const exportedCorrection = z.strictObject({
  date: day.describe('The day the correction was made.'),
  fields: z
    .array(z.enum(['excerpt', 'kind', 'attribution.category', 'attribution.chain', 'date', 'outcome']))
    .min(1)
    .describe("What changed: the claim's fields, or outcome for the outcome a follow-up gives it."),
  from: z.string().nullable().describe('What it said before, in words; null when not given.'),
  to: z.string().nullable().describe('What it says now, in words; null when not given.'),
  reason: z.string().min(1).describe('Why the call changed.'),
  followUp: id.nullable().describe('For an outcome: the id of the follow-up whose outcome changed; otherwise null.'),
});

const exportedClaim = z.strictObject({
  id: id.describe("The claim's id: <article-id>/<file name>."),
  url: z
    .string()
    .regex(/^\/claims\/.+\/$/)
    .describe("The claim's page, from the site root (/claims/<id>/)."),
  article: id.describe('The id of the article the excerpt comes from.'),
  order: z.int().positive().describe('Its place in the article: 1 for the claim holding its first sentence.'),
  excerpt: z.string().min(1).describe("The claim's exact words in the article: one or more whole sentences."),
  kind: claimKind.describe('event, statement, prediction, assessment or context.'),
  attribution: z
    .strictObject({
      category: sourcingCategory.describe('The sourcing category, read off the innermost link of the chain.'),
      chain: z.array(id).min(1).describe('Source ids from the publisher inward to the original speaker.'),
    })
    .describe('Whose word the claim rests on.'),
  date: exportedDate
    .nullable()
    .describe('When the claimed thing happened or is expected; null when the text gives no clue.'),
  hedges: z.array(z.string()).describe('Hedge cues found in the excerpt ("may", "likely"), in order of first use.'),
  firstPublished: day
    .nullable()
    .describe("The UTC day the claim's file reached the published branch; null when the history was not available."),
  corrections: z
    .array(exportedCorrection)
    .describe('Corrections since the claim was published, oldest first; empty when there are none.'),
});

const exportedCitation = z.strictObject({
  outlet: z.string().min(1).describe("The outlet's name."),
  url: webAddress.describe('Where it was reported.'),
  source: id.nullable().describe("The outlet's source id, when it is one of the sources; otherwise null."),
  title: z.string().nullable().describe('The headline, when known.'),
  published: day.describe('The day it was published.'),
});

const exportedFollowUp = z.strictObject({
  id: id.describe("The follow-up's id (its file name in content/follow-ups/)."),
  date: day.describe('The day it happened, or was reported.'),
  summary: z.string().min(1).describe("What happened, in the editor's words."),
  citations: z.array(exportedCitation).min(1).describe('Where it was reported.'),
  resolves: z
    .array(
      z.strictObject({
        claim: id.describe('The id of a claim in `claims`.'),
        outcome: outcome.describe('confirmed, partly, refuted or open.'),
        reason: z.string().min(1).describe('Why, in one line.'),
      }),
    )
    .min(1)
    .describe('The claims it settles, and how.'),
});

export const claimsExportSchema = z.strictObject({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION).describe('The version of this shape; see the schema description.'),
  schemaMinorVersion: z
    .literal(EXPORT_SCHEMA_MINOR_VERSION)
    .describe('Goes up when fields are added within the same schemaVersion; see the schema description.'),
  articles: z.array(exportedArticle).describe('Every article, by id.'),
  sources: z.array(exportedSource).describe('Every source, by id.'),
  claims: z.array(exportedClaim).describe('Every claim, by article id and then by order in the article.'),
  followUps: z.array(exportedFollowUp).describe('What happened next, by date and then by id.'),
});

export type ClaimsExport = z.infer<typeof claimsExportSchema>;

/**
 * `dist/claims.schema.json`: the export's JSON Schema (draft 2020-12), generated from `claimsExportSchema` with
 * zod's `z.toJSONSchema`, with its own address as `$id` on the published site's root `site` (site-address.ts).
 */
export function claimsExportJsonSchema(site: URL): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(claimsExportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  return {
    $schema,
    $id: absoluteUrl(CLAIMS_SCHEMA_PATH, site).href,
    title: 'Claimline claims export',
    description:
      `The shape of claims.json, schemaVersion ${String(EXPORT_SCHEMA_VERSION)}. The version goes up when a ` +
      'field is removed or renamed, changes its type or meaning, or an enumeration (kind, category, precision, ' +
      'outcome…) gains or loses a value. New fields raise schemaMinorVersion instead; scripts should ignore keys ' +
      'they do not know.',
    ...rest,
  };
}
