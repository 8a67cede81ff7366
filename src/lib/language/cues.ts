import { ATTRIBUTION_CUES, type AttributionCue } from './lexicon/attribution-cues.ts';
import { HEDGE_CUES, type HedgeCue } from './lexicon/hedge-cues.ts';
import { isBackshiftedModal } from './reported-speech.ts';

/**
 * Finding hedge and attribution cues in a text, each with its position, from the lexicons in src/lib/language/lexicon/.
 * Matching is on whole words, case-insensitive (unless an entry says otherwise), longest cue first, so that
 * "expected to" wins over a shorter cue at the same place.
 */

/** A cue found in a text: which lexicon entry, and where. */
export interface CueMatch {
  /** The lexicon entry's cue ("may", "according to"). */
  cue: string;
  /** The words as they stand in the text ("may", "According to"). */
  text: string;
  start: number;
  end: number;
}

/** A hedge cue found in a text. */
export interface HedgeMatch extends CueMatch {
  /** Whether it points forward in time here: a forward cue not followed by "have" ("may have known" looks back). */
  forward: boolean;
  /** What it weakens: the whole claim, or only the noun it stands before (see src/lib/language/lexicon/hedge-cues.ts). */
  scope: HedgeCue['scope'];
}

/** An attribution cue found in a text. */
export interface AttributionMatch extends CueMatch {
  role: AttributionCue['role'];
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for a list of cues: whole words, case-insensitive, longest cue first. */
export function cuePattern(cues: readonly string[]): RegExp {
  const alternatives = [...cues].sort((a, b) => b.length - a.length).map((cue) => escape(cue).replace(/ /g, '\\s+'));
  // \p{L} boundaries rather than \b, so that "may" is not found in "Mayor" and accents count as letters.
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
}

/** Whether `word` follows within six words, with no punctuation between: "expect [the new terminal fees] to". */
const wordAhead = (rest: string, word: string) =>
  new RegExp(`^(?:\\s+[\\p{L}\\p{N}'’-]+){0,6}?\\s+${escape(word)}(?![\\p{L}\\p{N}'’-])`, 'iu').test(rest);

function finder<Entry extends { cue: string; lowerCaseOnly?: true; followedBy?: string }>(entries: readonly Entry[]) {
  const pattern = cuePattern(entries.map((entry) => entry.cue));
  const byFolded = new Map(entries.map((entry) => [entry.cue.toLowerCase(), entry]));
  return (text: string): { entry: Entry; match: CueMatch }[] =>
    [...text.matchAll(pattern)].flatMap((found) => {
      const entry = byFolded.get(found[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry || (entry.lowerCaseOnly && found[0] !== found[0].toLowerCase())) return [];
      if (entry.followedBy !== undefined && !wordAhead(text.slice(found.index + found[0].length), entry.followedBy))
        return [];
      const match = { cue: entry.cue, text: found[0], start: found.index, end: found.index + found[0].length };
      return [{ entry, match }];
    });
}

const findHedgeEntries = finder(HEDGE_CUES);
const findAttributionEntries = finder(ATTRIBUTION_CUES);

/** Hedge cues in a text, in order of appearance. */
export function findHedges(text: string): HedgeMatch[] {
  // Reported speech's "would" and "could not verify" are tense and inability, not hedges.
  const hedges = findHedgeEntries(text).filter(({ match }) => !isBackshiftedModal(text, match.start, match.end));
  return hedges.map(({ entry, match }) => ({
    ...match,
    forward: entry.forward && !/^\s+have\b/i.test(text.slice(match.end)),
    scope: entry.scope,
  }));
}

/** Attribution cues in a text, in order of appearance. */
export function findAttributionCues(text: string): AttributionMatch[] {
  return findAttributionEntries(text).map(({ entry, match }) => ({ ...match, role: entry.role }));
}

/** The distinct hedge cues of a text, in order of first appearance: the `hedges` of the export. */
export function hedgeList(text: string): string[] {
  return [...new Set(findHedges(text).map((match) => match.cue))];
}
