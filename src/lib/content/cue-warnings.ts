import { findAttributionCues, findHedges, type HedgeMatch } from '../language/cues.ts';
import type { Problem } from './problems.ts';
import type { ClaimKind, SourcingCategory } from '../schema/claim.ts';

/**
 * Warnings (never errors) when a claim's kind disagrees with the cues in its excerpt (docs/editing.md, "Terms").
 * Each rule is narrow on purpose: a warning that is usually wrong teaches editors to ignore them.
 *
 * 1. An `event` says something happened; a claim-wide hedge ("may", "allegedly") means the text does not say so.
 * 2. `context` is background the text gives without a claim of its own; a forward-looking hedge makes it one.
 * 3. A `prediction` needs something that looks forward: a forward cue, or a date after the article's publication.
 * 4. A named person's words on the record ("Ushakov said") are a `statement`, dated when said. Anonymous sources'
 *    "said" is sourcing, not the claim, so only the `named` category is read this way.
 * 5. A `statement` needs a verb of saying or "according to".
 *
 * Hedges that qualify only a noun ("a possible meeting", "the alleged plot") leave the claim asserted and are
 * not read by rules 1 and 2 (src/lib/language/lexicon/hedge-cues.ts, `scope`).
 */

/** What the rules read of one claim. */
export interface ClaimCues {
  kind: ClaimKind;
  excerpt: string;
  category: SourcingCategory;
  /** The last day of the claim's date, if it has one (ISO). */
  dateEnd?: string | undefined;
  /** The day its article was published (ISO), if the article is known. */
  published?: string | undefined;
}

const quoted = (matches: readonly { text: string }[]) =>
  [...new Set(matches.map((match) => `"${match.text}"`))].join(', ');

/** The messages of every rule a claim breaks, in rule order. */
export function kindCueMessages(claim: ClaimCues): string[] {
  const hedges = findHedges(claim.excerpt);
  const wide = hedges.filter((match) => match.scope === 'claim');
  const forward = wide.filter((match) => match.forward);
  const messages: string[] = [];
  const forwardMessage = (kind: string, what: string, cues: HedgeMatch[]) =>
    `is ${kind}, but ${quoted(cues)} in the excerpt looks forward: ${what}; is it a prediction?`;

  if (claim.kind === 'event' && forward.length > 0) {
    messages.push(forwardMessage('event', 'the text expects this rather than reports that it happened', forward));
  } else if (claim.kind === 'event' && wide.length > 0) {
    messages.push(
      `is event, but ${quoted(wide)} in the excerpt hedges it: the text does not vouch that it happened; ` +
        'check the kind, or say in rationale why it stands',
    );
  }
  if (claim.kind === 'context' && forward.length > 0) {
    messages.push(forwardMessage('context', 'background does not expect things', forward));
  }
  if (
    claim.kind === 'prediction' &&
    !hedges.some((match) => match.forward) &&
    !(claim.dateEnd !== undefined && claim.published !== undefined && claim.dateEnd > claim.published)
  ) {
    messages.push(
      'is prediction, but the excerpt has no forward-looking cue (may, could, expected to…) and the claim has no ' +
        "date after the article's publication; date what is expected, or check the kind",
    );
  }
  const attribution = findAttributionCues(claim.excerpt);
  const verbs = attribution.filter((match) => match.role === 'verb');
  if (claim.category === 'named' && claim.kind !== 'statement' && verbs.length > 0) {
    messages.push(
      `is ${claim.kind}, but the excerpt reports a named source's words on the record (${quoted(verbs)}): ` +
        'that someone said something is a statement, dated when it was said',
    );
  }
  if (
    claim.kind === 'statement' &&
    !attribution.some((match) => match.role === 'verb' || match.role === 'introducer')
  ) {
    messages.push(
      'is statement, but the excerpt has no verb of saying (said, told, noted…) nor "according to": ' +
        'a statement reports that someone said something',
    );
  }
  return messages;
}

/**
 * What the warnings read of the checked content (src/lib/content/check.ts, `CheckedContent`): each claim's file and
 * the fields the rules compare, and the day each article was published.
 */
export interface CueWarningInput {
  claims: readonly {
    file: string;
    data: {
      article: string;
      kind: ClaimKind;
      excerpt: string;
      attribution: { category: SourcingCategory };
      date?: { end: string } | undefined;
    };
  }[];
  articles: ReadonlyMap<string, { data: { published: string } }>;
}

/**
 * The content check's kind-versus-cue warnings for every checked claim, each on the line of its `kind` field.
 * `lineOf` gives the line of a field in a file, as the content check knows it. A claim whose article was not read
 * gets none: the rules compare with the article's day, and the claim or the article has an error saying why.
 */
export function kindCueWarnings(
  content: CueWarningInput,
  lineOf: (file: string, path: PropertyKey[]) => number | undefined,
): Problem[] {
  return content.claims
    .filter((claim) => content.articles.has(claim.data.article))
    .flatMap((claim) =>
      kindCueMessages({
        kind: claim.data.kind,
        excerpt: claim.data.excerpt,
        category: claim.data.attribution.category,
        dateEnd: claim.data.date?.end,
        published: content.articles.get(claim.data.article)?.data.published,
      }).map((message) => ({
        file: claim.file,
        line: lineOf(claim.file, ['kind']),
        field: 'kind',
        message,
        severity: 'warning' as const,
      })),
    );
}
