import { formatDay } from '../language/dates.ts';
import { sortFollowUps, type Citation, type FollowUp } from './model.ts';
import { claimPath, followUpPath, sourcePath } from './routes.ts';
import { articleScorecard, outcomesOf, SCORECARD_OUTCOMES, sourceScorecard, type Scorecard } from './scorecard.ts';
import type { SourcingCategory } from '../schema/claim.ts';
import { splitSentences } from '../language/sentences.ts';
import type { SiteIndex } from './site-index.ts';
import { paginate, type Page } from './timeline.ts';
import { CATEGORY, CATEGORY_ORDER, OUTCOME, type OutcomeKey } from './vocabulary.ts';

/**
 * What the pages show of follow-ups, as plain data: a follow-up's entry and page, a claim's "What happened next"
 * and an article's scorecard. Outcomes come from `claimOutcomes` and counts from `articleScorecard`
 * (src/lib/site/scorecard.ts), so nothing on a page is counted by hand.
 */

/**
 * A follow-up's summary as a headline and the rest: its first sentence heads its entry, and what follows is shown
 * beneath it.
 *
 * @example followUpHeadline('They met in Alaska. No deal was reached.') // → { headline: 'They met in Alaska.', rest: 'No deal was reached.' }
 */
export function followUpHeadline(summary: string): { headline: string; rest: string | undefined } {
  const text = summary.replace(/\s+/g, ' ').trim();
  const first = splitSentences(text)[0];
  if (!first) return { headline: text, rest: undefined };
  const rest = text.slice(first.end).trim();
  return { headline: text.slice(first.start, first.end), rest: rest || undefined };
}

/**
 * An address as a link's text when a citation has no headline: no scheme, no "www.", no final slash.
 *
 * @example addressText('https://www.irishtimes.com/world/europe/2025/08/18/') // → 'irishtimes.com/world/europe/2025/08/18'
 */
export function addressText(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

/** One citation as a page shows it: the outlet, a link (its headline, or its address), the day it was published. */
export interface CitationView {
  outlet: string;
  /** The source's page when the outlet is a source of the site. */
  sourceHref: string | undefined;
  href: string;
  /** The link's text: the headline when known, else the address. */
  linkText: string;
  /** Whether `linkText` is a headline (shown in quotation marks) rather than an address. */
  isTitle: boolean;
  published: { datetime: string; text: string };
}

export function citationView(citation: Citation): CitationView {
  return {
    outlet: citation.outlet,
    sourceHref: citation.source === undefined ? undefined : sourcePath(citation.source),
    href: citation.url,
    linkText: citation.title ?? addressText(citation.url),
    isTitle: citation.title !== undefined,
    published: { datetime: citation.published, text: formatDay(citation.published) },
  };
}

/** A claim as a follow-up names it: its title, its place in its article and its page. */
export interface SettledClaim {
  id: string;
  href: string;
  title: string;
  order: number;
  article: { id: string; title: string };
  outcome: OutcomeKey;
  reason: string;
}

/** What a follow-up says and where it was reported. */
export interface FollowUpReport {
  id: string;
  href: string;
  date: { datetime: string; text: string };
  headline: string;
  rest: string | undefined;
  summary: string;
  citations: CitationView[];
}

/** A follow-up as its timeline entry and its page show it. */
export interface FollowUpView extends FollowUpReport {
  /** The claims it settles, in the order the file gives them, each with this follow-up's outcome for it. */
  settles: SettledClaim[];
}

export function followUpReport(followUp: FollowUp): FollowUpReport {
  const { headline, rest } = followUpHeadline(followUp.summary);
  return {
    id: followUp.id,
    href: followUpPath(followUp.id),
    date: { datetime: followUp.date, text: formatDay(followUp.date) },
    headline,
    rest,
    summary: followUp.summary,
    citations: followUp.citations.map(citationView),
  };
}

export function followUpView(index: SiteIndex, followUp: FollowUp): FollowUpView {
  return {
    ...followUpReport(followUp),
    settles: followUp.resolves.map((resolution) => {
      const facts = index.facts.get(resolution.claim);
      if (!facts) throw new Error(`follow-up ${followUp.id}: unknown claim ${resolution.claim}`);
      return {
        id: facts.claim.id,
        href: claimPath(facts.claim.id),
        title: facts.claim.headline ?? facts.claim.excerpt,
        order: facts.claim.order,
        article: { id: facts.article.id, title: facts.article.title },
        outcome: resolution.outcome,
        reason: resolution.reason,
      };
    }),
  };
}

/** A claim's "What happened next": the outcome that stands, and every follow-up that judged it, oldest first. */
export interface ClaimNextView {
  outcome: OutcomeKey;
  /** The day of the follow-up whose outcome stands; absent when none has judged the claim. */
  asOf: { datetime: string; text: string } | undefined;
  followUps: (FollowUpReport & { outcome: OutcomeKey; reason: string })[];
}

/**
 * What a claim's page shows under "What happened next": for a claim some follow-up judged, its outcome and
 * history; for a prediction none has judged yet, that it is unresolved; for any other claim, nothing.
 */
export function claimNext(index: SiteIndex, claimId: string): ClaimNextView | undefined {
  const facts = index.facts.get(claimId);
  if (!facts) throw new Error(`unknown claim ${claimId}`);
  const judged = outcomesOf(index.content).get(claimId);
  if (!judged) {
    return facts.claim.kind === 'prediction' ? { outcome: 'unresolved', asOf: undefined, followUps: [] } : undefined;
  }
  const latest = judged.followUps.at(-1)?.followUp;
  return {
    outcome: judged.outcome,
    asOf: latest && { datetime: latest.date, text: formatDay(latest.date) },
    followUps: judged.followUps.map(({ followUp, resolution }) => ({
      ...followUpReport(followUp),
      outcome: resolution.outcome,
      reason: resolution.reason,
    })),
  };
}

/** An article's scorecard as a table: one row per sourcing category that has predictions, then the total. */
export interface ScorecardTable {
  /** The outcome columns, in the order of the legend. */
  columns: { key: OutcomeKey; label: string; icon: string }[];
  rows: { category: SourcingCategory; label: string; icon: string; counts: number[]; total: number }[];
  total: { counts: number[]; total: number };
  /** The table in one sentence (`scorecardSentence`), for the line above it. */
  summary: string;
  /** Categories with no prediction in this article, named under the table rather than given a row of zeros. */
  without: string[];
  /** The predictions counted, in article order, with the outcome that stands. */
  predictions: {
    id: string;
    href: string;
    order: number;
    title: string;
    category: SourcingCategory;
    outcome: OutcomeKey;
  }[];
}

export function scorecardTable(scorecard: Scorecard): ScorecardTable {
  const columns = SCORECARD_OUTCOMES.map((key) => ({ key, label: OUTCOME[key].label, icon: OUTCOME[key].icon }));
  const withCounts = CATEGORY_ORDER.map((category) => ({
    category,
    counts: scorecard.byCategory.find((entry) => entry.category === category)?.counts,
  }));
  const total = {
    counts: SCORECARD_OUTCOMES.map((key) => scorecard.overall[key]),
    total: scorecard.overall.total,
  };
  return {
    columns,
    rows: withCounts.flatMap(({ category, counts }) =>
      counts && counts.total > 0
        ? [
            {
              category,
              label: CATEGORY[category].label,
              icon: CATEGORY[category].icon,
              counts: SCORECARD_OUTCOMES.map((key) => counts[key]),
              total: counts.total,
            },
          ]
        : [],
    ),
    total,
    summary: scorecardSentence({ columns, total }),
    without: withCounts
      .filter(({ counts }) => !counts || counts.total === 0)
      .map(({ category }) => CATEGORY[category].label),
    predictions: scorecard.predictions.map(({ claim, outcome }) => ({
      id: claim.id,
      href: claimPath(claim.id),
      order: claim.order,
      title: claim.headline ?? claim.excerpt,
      category: claim.attribution.category,
      outcome: outcome ?? 'unresolved',
    })),
  };
}

/** The scorecard of one article of the site, from its content. */
export const siteScorecard = (index: SiteIndex, article: string) =>
  scorecardTable(articleScorecard(index.content, article, outcomesOf(index.content)));

/**
 * One source's track record on the site: the predictions its chain names (read from the index's claims of that
 * source, not the whole site's, since every source page asks).
 */
export const siteSourceScorecard = (index: SiteIndex, source: string) =>
  scorecardTable(
    sourceScorecard(
      { claims: index.bySource.get(source) ?? [], followUps: index.content.followUps },
      source,
      outcomesOf(index.content),
    ),
  );

/**
 * The one-line text equivalent of a scorecard, for a chart's label and the page's description.
 *
 * @example scorecardSentence(table) // → '7 predictions: 1 confirmed, 5 partly confirmed, 1 still open.'
 */
export function scorecardSentence(table: Pick<ScorecardTable, 'columns' | 'total'>): string {
  const { total } = table;
  const parts = table.columns.flatMap((column, position) => {
    const count = total.counts[position] ?? 0;
    return count > 0 ? [`${count} ${OUTCOME[column.key].counted}`] : [];
  });
  const noun = total.total === 1 ? 'prediction' : 'predictions';
  return parts.length > 0 ? `${total.total} ${noun}: ${parts.join(', ')}.` : 'No predictions.';
}

/** How many follow-ups one page of the listing holds, so that no page grows with the site. */
export const FOLLOW_UPS_PAGE_SIZE = 100;

/**
 * The follow-ups listing, newest first, cut into pages of `size`: always at least one page, so that a site with no
 * follow-ups yet still has its (empty) listing.
 */
export function followUpPages(index: SiteIndex, size = FOLLOW_UPS_PAGE_SIZE): Page<FollowUp>[] {
  return paginate([...sortFollowUps(index.content.followUps)].reverse(), size);
}
