import { ATTRIBUTION_CUES } from './lexicon/attribution-cues.ts';
import { HEDGE_CUES } from './lexicon/hedge-cues.ts';

/** A cue found in a text: which lexicon entry, and where. */
export interface CueMatch {
  /** The lexicon entry's cue ("may", "according to"). */
  cue: string;
  /** The words as they stand in the text ("May", "According to"). */
  text: string;
  start: number;
  end: number;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for a list of cues: whole words, case-insensitive, longest cue first. */
export function cuePattern(cues: readonly string[]): RegExp {
  const alternatives = [...cues].sort((a, b) => b.length - a.length).map((cue) => escape(cue).replace(/ /g, '\\s+'));
  // \p{L} boundaries rather than \b, so that "may" is not found in "Mayor" and accents count as letters.
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
}

function finder(cues: readonly string[]) {
  const pattern = cuePattern(cues);
  const byFolded = new Map(cues.map((cue) => [cue.toLowerCase(), cue]));
  return (text: string): CueMatch[] =>
    [...text.matchAll(pattern)].map((match) => ({
      cue: byFolded.get(match[0].toLowerCase().replace(/\s+/g, ' ')) ?? match[0].toLowerCase(),
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    }));
}

/** Hedge cues in a text, in order of appearance. */
export const findHedges = finder(HEDGE_CUES.map((entry) => entry.cue));

/** Attribution cues in a text, in order of appearance. */
export const findAttributionCues = finder(ATTRIBUTION_CUES.map((entry) => entry.cue));

const FORWARD = new Set(HEDGE_CUES.filter((entry) => entry.forward).map((entry) => entry.cue));

/** Whether a hedge cue points forward in time. */
export const isForwardHedge = (cue: string) => FORWARD.has(cue);

/** The distinct hedge cues of a text, in order of first appearance: the `hedges` of the export. */
export function hedgeList(text: string): string[] {
  return [...new Set(findHedges(text).map((match) => match.cue))];
}
