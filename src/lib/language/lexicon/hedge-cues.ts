/**
 * Hedge cues: words that weaken a claim (docs/editing.md, "Terms"). This is data, not code: add a cue with a note on
 * where it comes from. Sources:
 * - HEDGE: Hyland, K. (1998) "Hedging in Scientific Research Articles", appendix of hedging items, and the
 *   CoNLL-2010 shared task's hedge cue lexicon (BioScope/Wikipedia weasel words).
 * - AP: the AP Stylebook's guidance on attributing unconfirmed reports ("allegedly", "reportedly", "purportedly",
 *   "alleged" before a noun, "is said to").
 * - REUTERS: the Reuters Handbook of Journalism on sourcing, which flags "expected to" and "plans to" as forecasts
 *   that need a source.
 */
export interface HedgeCue {
  /** The cue as it is matched (whole words, case-insensitive; spaces match any white space). */
  cue: string;
  /**
   * Whether the cue points forward in time (a prediction) rather than only softening. A modal followed by
   * "have" ("may have known") looks back instead; src/lib/language/cues.ts reads that per match.
   */
  forward: boolean;
  /**
   * What the cue weakens: `claim`, the whole assertion (a modal, a sentence adverb, "expected to"); or `phrase`,
   * only the noun it stands before ("a possible meeting", "the alleged plot"), which leaves the claim itself
   * asserted. Only claim-wide cues make the content check question a claim's kind.
   */
  scope: 'claim' | 'phrase';
  /** Matched in lower case only: the capitalised word is something else ("May" the month, "Theresa May"). */
  lowerCaseOnly?: true;
  /**
   * A word that must follow within a few words, with no punctuation between, for the cue to count: "expect" with
   * "to" reads "buyers expect the new terminal fees to rise" (the object stands between). The match is the cue
   * alone.
   */
  followedBy?: string;
  /** Where the entry comes from (see the list above). */
  source: 'HEDGE' | 'AP' | 'REUTERS';
}

export const HEDGE_CUES: readonly HedgeCue[] = [
  // Modal verbs (Hyland's "modal auxiliaries").
  { cue: 'may', forward: true, scope: 'claim', lowerCaseOnly: true, source: 'HEDGE' },
  { cue: 'might', forward: true, scope: 'claim', source: 'HEDGE' },
  { cue: 'could', forward: true, scope: 'claim', source: 'HEDGE' },
  { cue: 'would', forward: true, scope: 'claim', source: 'HEDGE' },
  // Adverbs and adjectives of likelihood.
  { cue: 'likely', forward: true, scope: 'claim', source: 'HEDGE' },
  { cue: 'unlikely', forward: true, scope: 'claim', source: 'HEDGE' },
  { cue: 'possibly', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'possible', forward: true, scope: 'phrase', source: 'HEDGE' },
  { cue: 'potential', forward: true, scope: 'phrase', source: 'HEDGE' },
  { cue: 'potentially', forward: true, scope: 'claim', source: 'HEDGE' },
  { cue: 'perhaps', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'maybe', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'probably', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'presumably', forward: false, scope: 'claim', source: 'HEDGE' },
  // Evidential verbs and adverbs (Hyland's "lexical verbs" of appearance).
  { cue: 'apparently', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'seemingly', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'appears to', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'appear to', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'seems to', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'seem to', forward: false, scope: 'claim', source: 'HEDGE' },
  { cue: 'suggests', forward: false, scope: 'claim', source: 'HEDGE' },
  // Unconfirmed reports (AP).
  { cue: 'allegedly', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'alleged', forward: false, scope: 'phrase', source: 'AP' },
  { cue: 'reportedly', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'purportedly', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'purported', forward: false, scope: 'phrase', source: 'AP' },
  { cue: 'supposedly', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'unconfirmed', forward: false, scope: 'phrase', source: 'AP' },
  { cue: 'is said to', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'are said to', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'is believed to', forward: false, scope: 'claim', source: 'AP' },
  { cue: 'are believed to', forward: false, scope: 'claim', source: 'AP' },
  // Plans and forecasts (Reuters).
  { cue: 'expected to', forward: true, scope: 'claim', source: 'REUTERS' },
  // The active form of "expected to" (REUTERS): "investors expect the bank to hold rates", "the ministry expects to sign".
  { cue: 'expect', followedBy: 'to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'expects', followedBy: 'to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'intends', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'intend to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'plans to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'plan to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'planning to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'is set to', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'are set to', forward: true, scope: 'claim', source: 'REUTERS' },
  // "Considering" alone opens clauses ("Considering the risk, …"); only "is considering" is a plan.
  { cue: 'is considering', forward: true, scope: 'claim', source: 'REUTERS' },
  { cue: 'are considering', forward: true, scope: 'claim', source: 'REUTERS' },
];
