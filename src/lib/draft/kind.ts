import { cuePattern, findHedges } from '../language/cues.ts';
import type { ClaimKind, SourcingCategory } from '../schema/claim.ts';
import { reportsForecast } from '../language/reported-speech.ts';
import { ASSESSMENT_CUES, FUTURE_MARKERS } from './lexicon.ts';

/**
 * The kind of a claim, from its words (docs/editing.md, "Terms"): a named speaker's words are a statement; forward-
 * pointing hedges or the future make a prediction; speech inside the claim is a statement; judgement words an
 * assessment; the publisher's own present-tense background is context; anything else an event.
 */

export interface KindSignals {
  sentence: string;
  /** The sentence's own attribution names a person or institution (a named speaker). */
  namedSpeaker: boolean;
  /** A speech verb whose subject is not a source ("the US president often said"). */
  speechInClaim: boolean;
  /** The claim's date starts after the publication day. */
  datedAhead: boolean;
  category: SourcingCategory;
  /** The sentence gives a date phrase. */
  dated: boolean;
  /** The verb of its own attribution when that verb forecasts ("analysts expect", "economists predicted"). */
  forecastVerb?: string | undefined;
}

export interface KindReading {
  kind: ClaimKind;
  /** Why, in a few words, for the claim's rationale. */
  why: string;
}

const FUTURE = cuePattern(FUTURE_MARKERS);
const ASSESSMENT = cuePattern(ASSESSMENT_CUES);
/** Hedges that only say who vouches ("reportedly") rather than weigh the claim (AP's attribution hedges). */
const SOURCING_HEDGES = new Set(['allegedly', 'alleged', 'reportedly', 'purportedly', 'supposedly', 'unconfirmed']);
/** "a possible meeting", "the likely winner": the hedge qualifies a noun, not the claim, so it predicts nothing. */
const ADJECTIVAL = /(?:^|\s)(?:a|an|the|any|its|their|his|her)\s+$/iu;

/** Forward-pointing cues that govern the claim, in order. */
export function forwardCues(sentence: string): string[] {
  const hedges = findHedges(sentence)
    .filter((match) => match.forward && !ADJECTIVAL.test(sentence.slice(0, match.start)))
    .map((match) => match.text);
  const future = [...sentence.matchAll(FUTURE)].map((match) => match[0]);
  // Reported speech's "would" is no hedge of the reporter's (src/lib/language/reported-speech.ts), but what was said still
  // looks ahead: "nine said rates would fall by March" reports a forecast. Inside a clause of its own within what
  // was said ("…had accepted the rota but not who would cover the night shifts") it is only tense.
  const reported = [...sentence.matchAll(/(?<![\p{L}])would(?![\p{L}])/giu)]
    .filter((match) => reportsForecast(sentence, match.index, match.index + match[0].length))
    .map((match) => match[0]);
  return [...hedges, ...future, ...reported];
}

export function draftKind(signals: KindSignals): KindReading {
  const { sentence } = signals;
  if (signals.namedSpeaker) return { kind: 'statement', why: 'a named speaker on the record' };
  if (signals.forecastVerb) return { kind: 'prediction', why: `"${signals.forecastVerb}" attributes a forecast` };
  const forward = forwardCues(sentence);
  if (forward.length > 0) return { kind: 'prediction', why: `"${forward[0] ?? ''}" points forward` };
  if (signals.speechInClaim) return { kind: 'statement', why: 'it reports what someone said' };
  if (signals.datedAhead) return { kind: 'prediction', why: 'its date is after publication' };
  const judgement =
    sentence.match(ASSESSMENT)?.[0] ??
    findHedges(sentence).find((match) => !match.forward && !SOURCING_HEDGES.has(match.cue))?.text;
  if (judgement) return { kind: 'assessment', why: `"${judgement}" marks a judgement` };
  if (signals.category === 'unattributed' && !signals.dated && /\b(?:is|are)\b/iu.test(sentence)) {
    return { kind: 'context', why: 'background in the present tense, in the publisher’s own voice' };
  }
  return { kind: 'event', why: 'something that happened' };
}
