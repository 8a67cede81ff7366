import type { Claim, FollowUp, Resolution, SiteContent } from './model.ts';
import { sourcingCategory, type SourcingCategory } from '../schema/claim.ts';
import { outcome as outcomeEnum, type Outcome } from '../schema/follow-up.ts';

/**
 * How claims turned out: per claim, the follow-ups that judged it and the outcome that stands; per article and per
 * source, the scorecard of its predictions by sourcing category. Computed from content, never written by hand.
 *
 * A claim's outcome is that of its latest follow-up (by date, then id): news moves on, and a later report may
 * settle what an earlier one left open. The content check rejects two follow-ups of the same day that disagree,
 * so "latest" is never a coin toss (src/lib/content/follow-up-check.ts).
 */

/** One follow-up's judgement of one claim. */
export interface ClaimFollowUp {
  followUp: FollowUp;
  resolution: Resolution;
}

export interface ClaimOutcome {
  /** The follow-ups that judged the claim, oldest first. */
  followUps: ClaimFollowUp[];
  /** The outcome that stands: the latest follow-up's. */
  outcome: Outcome;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per claim id, its follow-ups (oldest first) and the outcome that stands; claims no follow-up names are absent. */
export function claimOutcomes(followUps: readonly FollowUp[]): Map<string, ClaimOutcome> {
  const ordered = [...followUps].sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const byClaim = new Map<string, ClaimOutcome>();
  for (const followUp of ordered) {
    for (const resolution of followUp.resolves) {
      const entry = byClaim.get(resolution.claim);
      if (entry) {
        entry.followUps.push({ followUp, resolution });
        entry.outcome = resolution.outcome;
      } else byClaim.set(resolution.claim, { followUps: [{ followUp, resolution }], outcome: resolution.outcome });
    }
  }
  return byClaim;
}

const outcomesCache = new WeakMap<readonly FollowUp[], Map<string, ClaimOutcome>>();

/** Every claim's follow-ups and standing outcome (`claimOutcomes`), computed once per set of follow-ups. */
export function outcomesOf(content: Pick<SiteContent, 'followUps'>): Map<string, ClaimOutcome> {
  let outcomes = outcomesCache.get(content.followUps);
  if (!outcomes) {
    outcomes = claimOutcomes(content.followUps);
    outcomesCache.set(content.followUps, outcomes);
  }
  return outcomes;
}

/** Counts of predictions by outcome; `unresolved` counts those no follow-up has judged yet. */
export type OutcomeCounts = Record<Outcome | 'unresolved', number> & { total: number };

export interface Scorecard {
  /** Every prediction counted, whatever its sourcing. */
  overall: OutcomeCounts;
  /** The same counts for each sourcing category, in the order of the badges; categories with no prediction included. */
  byCategory: { category: SourcingCategory; counts: OutcomeCounts }[];
  /** The predictions counted, in the order given, with their outcome (undefined when unresolved). */
  predictions: { claim: Claim; outcome: Outcome | undefined }[];
}

/** The outcomes a scorecard counts, in the order a reader reads them; `unresolved` last. */
export const SCORECARD_OUTCOMES = [...outcomeEnum.options, 'unresolved'] as const;

const emptyCounts = (): OutcomeCounts => ({ confirmed: 0, partly: 0, refuted: 0, open: 0, unresolved: 0, total: 0 });

/** The scorecard of `predictions`, in their order: by latest outcome, overall and by sourcing category. */
function scorecardOf(predictions: readonly Claim[], outcomes: ReadonlyMap<string, ClaimOutcome>): Scorecard {
  const overall = emptyCounts();
  const byCategory = sourcingCategory.options.map((category) => ({ category, counts: emptyCounts() }));
  const counted = predictions.map((claim) => ({ claim, outcome: outcomes.get(claim.id)?.outcome }));
  for (const { claim, outcome } of counted) {
    const key = outcome ?? 'unresolved';
    const category = byCategory.find((entry) => entry.category === claim.attribution.category);
    for (const counts of category ? [overall, category.counts] : [overall]) {
      counts[key] += 1;
      counts.total += 1;
    }
  }
  return { overall, byCategory, predictions: counted };
}

/**
 * An article's scorecard: how many of its predictions (claims of kind `prediction`) were confirmed, partly
 * confirmed, refuted, are still open, or have no follow-up yet, overall and by sourcing category. Claims of other
 * kinds may be resolved too (a statement about a venue), and show their outcome on their page, but a scorecard
 * is about what the article foresaw.
 */
export function articleScorecard(
  content: Pick<SiteContent, 'claims' | 'followUps'>,
  article: string,
  outcomes = claimOutcomes(content.followUps),
): Scorecard {
  const predictions = content.claims
    .filter((claim) => claim.article === article && claim.kind === 'prediction')
    .sort((a, b) => a.order - b.order);
  return scorecardOf(predictions, outcomes);
}

/**
 * A source's track record: the predictions whose attribution chain names it, as publisher, as an outlet passing
 * them on or as their original speaker, counted as an article's are. `predictions` keeps the content's order.
 */
export function sourceScorecard(
  content: Pick<SiteContent, 'claims' | 'followUps'>,
  source: string,
  outcomes = claimOutcomes(content.followUps),
): Scorecard {
  const predictions = content.claims.filter(
    (claim) => claim.kind === 'prediction' && claim.attribution.chain.includes(source),
  );
  return scorecardOf(predictions, outcomes);
}
