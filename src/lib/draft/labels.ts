import { z } from 'astro/zod';
import type { CheckedArticle, CheckedClaim } from '../content/check.ts';
import type { SentenceLabels } from './score.ts';

/**
 * Labels to score a draft against, from the two places they live: an article's hand-made claims in content/, and
 * the expected.json of a draft-accuracy fixture (tests/fixtures/draft/). And the draft's own labels, from the
 * `--json` output of claims:draft.
 */

/** Each sentence of the article with the labels of the hand-made claim that holds it. */
export function labelsFromClaims(article: CheckedArticle, claims: readonly CheckedClaim[]): SentenceLabels[] {
  return article.sentences.map((sentence) => {
    const claim = claims.find((candidate) => candidate.sentences.includes(sentence.index));
    if (!claim) throw new Error(`${article.file}: sentence ${sentence.index + 1} is in no claim`);
    const { date } = claim.data;
    return {
      text: sentence.text,
      category: claim.data.attribution.category,
      kind: claim.data.kind,
      date: date ? { start: date.start, end: date.end, precision: date.precision, asWritten: date.asWritten } : null,
    };
  });
}

const fixtureDate = z
  .object({ start: z.string(), end: z.string(), precision: z.string(), asWritten: z.string().nullable().optional() })
  .nullable();

const fixtureSchema = z.object({
  published: z.string(),
  publisher: z.string(),
  sentences: z.array(z.object({ text: z.string(), category: z.string(), kind: z.string(), date: fixtureDate })),
});

export interface FixtureLabels {
  published: string;
  publisher: string;
  sentences: SentenceLabels[];
}

export function labelsFromFixture(json: unknown): FixtureLabels {
  const data = fixtureSchema.parse(json);
  return {
    published: data.published,
    publisher: data.publisher,
    sentences: data.sentences.map((sentence) => ({
      text: sentence.text,
      category: sentence.category,
      kind: sentence.kind,
      date: sentence.date,
    })),
  };
}

const draftSchema = z.object({
  claims: z.array(
    z.object({
      excerpt: z.string(),
      kind: z.string(),
      attribution: z.object({ category: z.string() }),
      date: fixtureDate,
    }),
  ),
});

/** The drafter's labels, one per claim (the drafter proposes one claim per sentence). */
export function labelsFromDraft(json: unknown): SentenceLabels[] {
  return draftSchema.parse(json).claims.map((claim) => ({
    text: claim.excerpt,
    category: claim.attribution.category,
    kind: claim.kind,
    date: claim.date,
  }));
}
