import type { Claim, Correction, CorrectionField, FollowUp, SiteContent } from './model.ts';
import { claimPath } from './routes.ts';
import type { ClaimCorrectionData } from '../schema/claim.ts';
import type { Outcome } from '../schema/follow-up.ts';

/**
 * Corrections and first-published days in the site's model (docs/corrections.md): one pure step from the content
 * as loaded (either road: the content check or Astro's collections) and the days read from history, so that pages,
 * feeds and the export all see the same record.
 */

/** An outcome correction as a follow-up's frontmatter gives it, the claim as a plain id. */
export interface OutcomeCorrectionData {
  date: string;
  claim: string;
  from: Outcome;
  to: Outcome;
  reason: string;
}

/** A claim as loaded, before its history is added: its corrections as its frontmatter writes them. */
export type LoadedClaim = Omit<Claim, 'corrections' | 'firstPublished'> & {
  corrections?: ClaimCorrectionData[] | undefined;
};

/** The content as loaded, before its history is added. */
export type LoadedContent = Omit<SiteContent, 'claims' | 'followUps'> & {
  claims: LoadedClaim[];
  followUps: (FollowUp & { corrections?: OutcomeCorrectionData[] | undefined })[];
};

/** Where a claim's file is, from the project root: its id is `<article-id>/<file name>`. */
export const claimFile = (id: string) => `content/claims/${id}.md`;

const byDate = (a: Correction, b: Correction) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The site's model: each claim with its first-published day (when history knows it: a day is never made up) and its
 * corrections, its own and those of follow-ups' outcomes for it, oldest first.
 */
export function withHistory(
  content: LoadedContent,
  firstPublished: Readonly<Record<string, string>> | undefined,
): SiteContent {
  const outcomeCorrections = Map.groupBy(
    content.followUps.flatMap((followUp) =>
      (followUp.corrections ?? []).map((correction): Correction => ({
        claim: correction.claim,
        date: correction.date,
        fields: ['outcome'],
        from: correction.from,
        to: correction.to,
        reason: correction.reason,
        followUp: followUp.id,
      })),
    ),
    (correction) => correction.claim,
  );
  return {
    ...content,
    claims: content.claims.map((claim) => {
      const own = (claim.corrections ?? []).map((correction): Correction => ({
        claim: claim.id,
        ...correction,
        fields: [...correction.fields],
      }));
      return {
        ...claim,
        firstPublished: firstPublished?.[claimFile(claim.id)],
        corrections: [...own, ...(outcomeCorrections.get(claim.id) ?? [])].sort(byDate),
      };
    }),
  };
}

/** Every correction on the site, newest first (then by claim, for a stable order). */
export function allCorrections(claims: readonly Claim[]): Correction[] {
  return claims
    .flatMap((claim) => claim.corrections)
    .sort((a, b) => byDate(b, a) || (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
}

const FIELD_LABEL: Record<CorrectionField, string> = {
  excerpt: 'excerpt',
  kind: 'kind of claim',
  'attribution.category': 'sourcing category',
  'attribution.chain': 'attribution chain',
  date: 'date',
  outcome: 'outcome',
};

/** "sourcing category and attribution chain". */
export function fieldsLabel(fields: readonly CorrectionField[]): string {
  const labels = fields.map((field) => FIELD_LABEL[field]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** One line saying what changed: "Sourcing category corrected from “X” to “Y”." */
export function correctionSummary(correction: Correction): string {
  const what = fieldsLabel(correction.fields);
  const head = `${what.charAt(0).toUpperCase()}${what.slice(1)} corrected`;
  const from = correction.from === undefined ? '' : ` from “${correction.from}”`;
  const to = correction.to === undefined ? '' : ` to “${correction.to}”`;
  return `${head}${from}${to}.`;
}

/** Where on a claim's page a correction sits: beside the part of the page that shows what it changed. */
export type CorrectionPlace = 'quote' | 'date' | 'attribution' | 'outcome';

export function correctionPlace(correction: Correction): CorrectionPlace {
  const [field] = correction.fields;
  return field === 'date'
    ? 'date'
    : field === 'attribution.category' || field === 'attribution.chain'
      ? 'attribution'
      : field === 'outcome'
        ? 'outcome'
        : 'quote';
}

/** The anchor of a correction on its claim's page: its place among the claim's corrections, oldest first. */
export const correctionAnchor = (claim: Claim, correction: Correction) =>
  `correction-${String(claim.corrections.indexOf(correction) + 1)}`;

/** One row of the `/corrections/` page and one item of its feed. */
export interface CorrectionEntry {
  correction: Correction;
  /** The claim's title, as its page gives it. */
  title: string;
  /** The correction on the claim's page, from the site root. */
  href: string;
  /** What changed, in one sentence. */
  summary: string;
}

/** Every correction, newest first, each with where it is shown on its claim's page. */
export function correctionEntries(claims: readonly Claim[]): CorrectionEntry[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return allCorrections(claims).map((correction) => {
    const claim = byId.get(correction.claim);
    if (!claim) throw new Error(`a correction names unknown claim ${correction.claim}`);
    return {
      correction,
      title: claim.headline ?? claim.excerpt,
      href: `${claimPath(claim.id)}#${correctionAnchor(claim, correction)}`,
      summary: correctionSummary(correction),
    };
  });
}

/** The corrections feed (`/corrections/feed.xml`): one item per correction, newest first, at most `limit`. */
export function correctionFeedItems(entries: readonly CorrectionEntry[], limit = 100) {
  return entries.slice(0, limit).map((entry) => ({
    title: `Correction: ${entry.title.length > 90 ? `${entry.title.slice(0, 89)}…` : entry.title}`,
    link: entry.href,
    pubDate: new Date(`${entry.correction.date}T00:00:00Z`),
    description: `${entry.summary} ${entry.correction.reason}`,
  }));
}
