/**
 * Hedge cues: words that weaken a claim (design.md, "hedge cue"). This is data, not code: add a cue with a note on
 * where it comes from. Sources:
 * - HEDGE: Hyland, K. (1998) "Hedging in Scientific Research Articles", appendix of hedging items, and the
 *   CoNLL-2010 shared task's hedge cue lexicon (BioScope/Wikipedia weasel words).
 * - AP: the AP Stylebook's guidance on attributing unconfirmed reports ("allegedly", "reportedly", "purportedly").
 * - REUTERS: the Reuters Handbook of Journalism on sourcing, which flags "expected to" and "plans to" as forecasts
 *   that need a source.
 * `forward: true` marks cues that point to the future, which the drafting tools read as a prediction.
 */
export interface HedgeCue {
  /** The cue as it is matched (whole words, case-insensitive; spaces match any white space). */
  cue: string;
  /** Whether the cue points forward in time (a prediction) rather than only softening. */
  forward: boolean;
  /** Where the entry comes from (see the list above). */
  source: 'HEDGE' | 'AP' | 'REUTERS';
}

export const HEDGE_CUES: readonly HedgeCue[] = [
  { cue: 'may', forward: true, source: 'HEDGE' },
  { cue: 'might', forward: true, source: 'HEDGE' },
  { cue: 'could', forward: true, source: 'HEDGE' },
  { cue: 'would', forward: true, source: 'HEDGE' },
  { cue: 'likely', forward: true, source: 'HEDGE' },
  { cue: 'unlikely', forward: true, source: 'HEDGE' },
  { cue: 'possibly', forward: false, source: 'HEDGE' },
  { cue: 'possible', forward: true, source: 'HEDGE' },
  { cue: 'perhaps', forward: false, source: 'HEDGE' },
  { cue: 'probably', forward: false, source: 'HEDGE' },
  { cue: 'apparently', forward: false, source: 'HEDGE' },
  { cue: 'seemingly', forward: false, source: 'HEDGE' },
  { cue: 'appears to', forward: false, source: 'HEDGE' },
  { cue: 'seems to', forward: false, source: 'HEDGE' },
  { cue: 'suggests', forward: false, source: 'HEDGE' },
  { cue: 'potentially', forward: true, source: 'HEDGE' },
  { cue: 'allegedly', forward: false, source: 'AP' },
  { cue: 'alleged', forward: false, source: 'AP' },
  { cue: 'reportedly', forward: false, source: 'AP' },
  { cue: 'purportedly', forward: false, source: 'AP' },
  { cue: 'supposedly', forward: false, source: 'AP' },
  { cue: 'unconfirmed', forward: false, source: 'AP' },
  { cue: 'expected to', forward: true, source: 'REUTERS' },
  { cue: 'intends', forward: true, source: 'REUTERS' },
  { cue: 'intend to', forward: true, source: 'REUTERS' },
  { cue: 'plans to', forward: true, source: 'REUTERS' },
  { cue: 'planning to', forward: true, source: 'REUTERS' },
  { cue: 'is set to', forward: true, source: 'REUTERS' },
  { cue: 'are set to', forward: true, source: 'REUTERS' },
  { cue: 'considering', forward: true, source: 'REUTERS' },
];
