import type { ClaimKind, SourcingCategory } from './schema/claim.ts';

/**
 * The words the reader site uses for sourcing categories and kinds: one place for the badges, the legend, the
 * filters and the methodology page, so that a label never reads differently in two places.
 * Meanings follow design.md ("Sourcing categories"), written in the site's own words.
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
    says: 'a person named in the text, speaking on the record',
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
