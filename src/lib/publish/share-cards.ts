import { shortDate } from '../language/date-labels.ts';
import { formatDay } from '../language/dates.ts';
import type { Article, Claim, Source } from '../site/model.ts';
import { articleImagePath, claimImagePath, SITE_IMAGE_PATH } from '../site/routes.ts';
import { factsOf, outletLabel, type ClaimFacts, type SiteIndex } from '../site/site-index.ts';
import { sourcingSummary } from '../site/sourcing-summary.ts';
import { CATEGORY_ORDER, categoryLabel, kindLabel, sourcingWords } from '../site/vocabulary.ts';
import { cutQuote, type ShareCard } from './share-image.ts';

/**
 * What each share image shows, and where it is served. Claims and articles get a card of their own (the quote or
 * title, the badges, the date); every other page shares the site's card.
 */

const publisherName = (article: Article, publisher: Source | undefined) => publisher?.name ?? article.publisher;

/**
 * A claim's card: its excerpt as a quotation, its three badges, its date at its precision. `innermost`, the source
 * its chain ends at, words an institution's sourcing as an institution's ("Named institution").
 */
export function claimCard(
  facts: Pick<ClaimFacts, 'claim' | 'article' | 'outlet'>,
  publisher?: Source,
  innermost?: Source,
): ShareCard {
  const { claim, article, outlet } = facts;
  return {
    eyebrow: `Claimline · ${publisherName(article, publisher)}, ${formatDay(article.published)}`,
    quote: claim.excerpt,
    quoted: true,
    badges: [sourcingWords(claim.attribution.category, innermost).label, kindLabel(claim.kind), outletLabel(outlet)],
    date: claim.date ? shortDate(claim.date) : undefined,
  };
}

/** An article's card: its title, how many claims it holds and the sourcing most of its words rest on. */
export function articleCard(article: Article, claims: readonly Claim[], publisher?: Source): ShareCard {
  const leading = sourcingSummary(claims)
    .filter((share) => share.claims > 0)
    .sort((a, b) => b.percent - a.percent)[0];
  return {
    eyebrow: 'Claimline · an article, claim by claim',
    quote: article.title,
    quoted: false,
    badges: [
      `${String(claims.length)} ${claims.length === 1 ? 'claim' : 'claims'}`,
      ...(leading ? [`${String(leading.percent)}% ${leading.label.toLowerCase()}`] : []),
    ],
    date: `${publisherName(article, publisher)}, ${formatDay(article.published)}`,
  };
}

/** The site's card: what Claimline does, and the sourcing categories it labels claims with. */
export const SITE_CARD: ShareCard = {
  eyebrow: 'Claimline',
  quote: 'What a news story claims, on whose word, and when.',
  quoted: false,
  badges: CATEGORY_ORDER.map(categoryLabel),
  date: undefined,
};

const sentence = (text: string) => (/[.!?…”]$/u.test(text) ? text : `${text}.`);

/**
 * The text alternative of a card (`og:image:alt`): what the picture shows, in reading order, so that a reader who
 * cannot see the preview gets the same words.
 *
 * @example shareImageAlt({ eyebrow: 'Claimline · The Post, 8 Aug 2025', quote: 'It rained.', quoted: true, badges: ['Named', 'Event'], date: '7 Aug 2025' })
 * // → 'Claimline · The Post, 8 Aug 2025. “It rained.” Named, Event. 7 Aug 2025.'
 */
export function shareImageAlt(card: ShareCard): string {
  const quote = card.quoted ? `“${cutQuote(card.quote)}”` : cutQuote(card.quote);
  return [card.eyebrow, quote, card.badges.join(', '), card.date ?? '']
    .filter((part) => part.length > 0)
    .map(sentence)
    .join(' ');
}

/** One share image to draw: where it is served, and what it shows. */
export interface ShareImageJob {
  /** The image's address on the site (`/og/claims/<id>.png`). */
  path: string;
  card: ShareCard;
}

/** Every share image of the site: one per claim, one per article, and the site's own. */
export function shareImageJobs(index: SiteIndex): ShareImageJob[] {
  return [
    ...index.timeline.map((claim) => {
      const facts = factsOf(index, claim.id);
      const innermost = index.sources.get(claim.attribution.chain.at(-1) ?? '');
      return {
        path: claimImagePath(claim.id),
        card: claimCard(facts, index.sources.get(facts.article.publisher), innermost),
      };
    }),
    ...index.content.articles.map((article) => ({
      path: articleImagePath(article.id),
      card: articleCard(article, index.byArticle.get(article.id) ?? [], index.sources.get(article.publisher)),
    })),
    { path: SITE_IMAGE_PATH, card: SITE_CARD },
  ];
}
