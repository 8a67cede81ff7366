import type { ClaimKind, SourcingCategory } from '../schema/claim.ts';
import type { Outcome } from '../schema/follow-up.ts';

/**
 * The words the reader site uses for sourcing categories, kinds and outcomes: one place for the badges, the legend, the
 * filters and the methodology page, so that a label never reads differently in two places.
 * Meanings follow docs/editing.md ("Sourcing categories"), written in the site's own words.
 */

export interface CategoryWords {
  /** The badge's text. */
  label: string;
  /** One line for the legend: what the text says when a claim has this category. */
  says: string;
  /** What a reader should take from it. */
  reading: string;
  /** The icon drawn beside the label (see src/components/Icons.astro), so colour is never the only signal. */
  icon: string;
}

/** From the strongest to the weakest footing: the order of the legend, the filters and the charts. */
export const CATEGORY_ORDER = [
  'named',
  'anonymous-official',
  'anonymous-source',
  'outlet',
  'unattributed',
] as const satisfies readonly SourcingCategory[];

export const CATEGORY: Record<SourcingCategory, CategoryWords> = {
  named: {
    label: 'Named',
    says: 'a person or an institution named in the text, speaking on the record',
    reading: 'Someone put their name to it: the firmest footing a report can give.',
    icon: 'cat-named',
  },
  'anonymous-official': {
    label: 'Anonymous official',
    says: 'an unnamed person described by office or side ("a senior official")',
    reading: 'Someone in a position to know, but unnamed: the reader cannot judge them, only their office.',
    icon: 'cat-anonymous-official',
  },
  'anonymous-source': {
    label: 'Anonymous source',
    says: 'unnamed "sources", with no office or side given',
    reading: 'The weakest attributed form: neither a name nor a position to weigh.',
    icon: 'cat-anonymous-source',
  },
  outlet: {
    label: 'Outlet',
    says: 'another outlet\'s own reporting, with no further source ("the paper reports")',
    reading: "As good as that outlet's reporting, which this article does not show.",
    icon: 'cat-outlet',
  },
  unattributed: {
    label: 'Unattributed',
    says: 'the publisher, in its own voice, with no source at all',
    reading: "Background or the publisher's own claim: it rests on the publisher alone.",
    icon: 'cat-unattributed',
  },
};

/**
 * A claim resting on an institution (a ministry, a company, a union) is `named` too, but readers are told an
 * organisation, not a person, put its name to it.
 */
export const INSTITUTION: CategoryWords = {
  label: 'Named institution',
  says: 'an institution (a ministry, a company, an association, a union) speaking on the record in its own name',
  reading: 'On the record: an institution put its name to it.',
  icon: CATEGORY.named.icon,
};

/** The words for a claim's sourcing, given the source its chain ends at: an institution is worded as one. */
export const sourcingWords = (category: SourcingCategory, innermost?: { type: string }): CategoryWords =>
  category === 'named' && innermost?.type === 'institution' ? INSTITUTION : CATEGORY[category];

export interface KindWords {
  label: string;
  /** What the kind means, for the legend and the methodology page. */
  meaning: string;
  icon: string;
}

export const KIND_ORDER = [
  'event',
  'statement',
  'prediction',
  'assessment',
  'context',
] as const satisfies readonly ClaimKind[];

export const KIND: Record<ClaimKind, KindWords> = {
  event: { label: 'Event', meaning: 'something happened (as the text claims)', icon: 'kind-event' },
  statement: { label: 'Statement', meaning: 'someone said something; dated when it was said', icon: 'kind-statement' },
  prediction: { label: 'Prediction', meaning: 'something may happen', icon: 'kind-prediction' },
  assessment: { label: 'Assessment', meaning: 'a judgement or an analysis', icon: 'kind-assessment' },
  context: { label: 'Context', meaning: 'background the text gives, with no claim of its own', icon: 'kind-context' },
};

/** Badge text for the sourcing category a claim rests on. */
export const categoryLabel = (category: SourcingCategory) => CATEGORY[category].label;

export const kindLabel = (kind: ClaimKind) => KIND[kind].label;

/** What a follow-up found, or `unresolved` for a prediction no follow-up has judged yet (src/lib/site/scorecard.ts). */
export type OutcomeKey = Outcome | 'unresolved';

export interface OutcomeWords {
  /** The badge's text. */
  label: string;
  /** What the outcome means, for the legend and the methodology page. */
  meaning: string;
  /** How a count of predictions reads: "3 partly confirmed", "1 with no follow-up yet". */
  counted: string;
  /** A shape of its own (tick, wave, cross, question mark, dots), so colour is never the only signal. */
  icon: string;
}

/** The order of the legend, the scorecard's columns and the methodology page: settled first, unsettled last. */
export const OUTCOME_ORDER = [
  'confirmed',
  'partly',
  'refuted',
  'open',
  'unresolved',
] as const satisfies readonly OutcomeKey[];

export const OUTCOME: Record<OutcomeKey, OutcomeWords> = {
  confirmed: {
    label: 'Confirmed',
    meaning: 'it came about as the claim said',
    counted: 'confirmed',
    icon: 'outcome-confirmed',
  },
  partly: {
    label: 'Partly confirmed',
    meaning: 'some of it came about, not all of it',
    counted: 'partly confirmed',
    icon: 'outcome-partly',
  },
  refuted: {
    label: 'Refuted',
    meaning: 'it did not come about, or came about otherwise',
    counted: 'refuted',
    icon: 'outcome-refuted',
  },
  open: {
    label: 'Still open',
    meaning: 'a follow-up looked, but nothing reported yet settles it',
    counted: 'still open',
    icon: 'outcome-open',
  },
  unresolved: {
    label: 'No follow-up yet',
    meaning: 'no follow-up has judged it yet',
    counted: 'with no follow-up yet',
    icon: 'outcome-unresolved',
  },
};

export const outcomeLabel = (outcome: OutcomeKey) => OUTCOME[outcome].label;
