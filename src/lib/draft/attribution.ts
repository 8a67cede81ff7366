import { cuePattern } from '../language/cues.ts';
import { ATTRIBUTION_CUES } from '../language/lexicon/attribution-cues.ts';
import { EXTRA_REPORTING_VERBS, FORECAST_VERBS, GROUP_BELIEF_VERBS } from './lexicon.ts';
import { classifyMention, tidyPhrase, type Mention, type MentionContext } from './mentions.ts';

/**
 * Attribution cues in one sentence: "according to X", "X said", "…, reports X", "citing X". Each cue's speaker is
 * read with `classifyMention`; a speech verb whose subject is no source ("the US president often said") is not an
 * attribution but speech inside the claim, which makes the claim a statement.
 */

/** Where the attribution stands: opening the sentence, closing it (", X said."), or inside it. */
export type AttributionPosition = 'leading' | 'trailing' | 'inline';

export interface SentenceAttribution {
  mention: Mention;
  /** The cue as written ("According to", "said", "reports"). */
  cue: string;
  position: AttributionPosition;
  /** Offsets of the attribution clause in the sentence: from its speaker or cue to the end of the verb's phrase. */
  start: number;
  end: number;
  /** Whether the cue is a speech verb (said, told…) rather than "according to". */
  verb: boolean;
}

export interface AttributionReading {
  /** The sentence's own attribution, if it has one. */
  attribution?: SentenceAttribution | undefined;
  /** A speech verb whose subject is not a source: the claim reports speech ("he often said that…"). */
  speechInClaim: boolean;
  /**
   * The first such subject that is a noun phrase ("Social conservatives say", "the retired surgeon said"): the
   * sentence's speaker when it continues no attribution before it, as an unnamed source described by the phrase.
   */
  subjectOnly?: SentenceAttribution | undefined;
}

/** Words that open no speaker's noun phrase: "what it says", "there", a first- or second-person pronoun. */
const NOT_A_SPEAKER = /^(?:what|it|this|that|these|those|there|here|i|we|you|which|who|whoever|nobody|no one|such)\b/iu;

/**
 * Words no speaker's noun phrase holds: verbs and auxiliaries ("declined to", "is"), prepositions that open a
 * setting ("In", "After"), days and months (a date, not a speaker).
 */
const NOT_IN_SPEAKER = new Set(
  (
    'is are was were be been being has have had do does did will would can could should may might must not to ' +
    'declined refused in on at by for with from after before during since until into about than as if when ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday ever never also still just only even'
  ).split(' '),
);

/** Whether a subject reads as a noun phrase of a few words that could name a speaker. */
function isNounPhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const last = words.at(-1) ?? '';
  return (
    words.length <= 6 &&
    !NOT_A_SPEAKER.test(phrase) &&
    /^[\p{L}\d]/u.test(phrase) &&
    !/[.;:!?"“”()]/u.test(phrase) &&
    /\p{L}{2}/u.test(last) &&
    !last.endsWith('ly') &&
    words.every((word) => !NOT_IN_SPEAKER.has(word.toLowerCase()))
  );
}

/** "Social conservatives" → "social conservatives": a common noun loses the capital the sentence start gave it. */
const lowerFirstWord = (phrase: string) =>
  /^\p{Lu}\p{Ll}+\s/u.test(phrase) ? `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}` : phrase;

const VERBS = [
  ...ATTRIBUTION_CUES.filter((cue) => cue.role === 'verb').map((cue) => cue.cue),
  ...EXTRA_REPORTING_VERBS,
];
const VERB_PATTERN = cuePattern(VERBS);
const INTRODUCER_PATTERN = cuePattern(
  ATTRIBUTION_CUES.filter((cue) => cue.role === 'introducer').map((cue) => cue.cue),
);

const GROUP_VERB_PATTERN = cuePattern(GROUP_BELIEF_VERBS);
const FORECASTS = new Set(FORECAST_VERBS);

/** Whether an attribution's verb forecasts ("analysts expect", "economists predicted"): what it carries looks ahead. */
export const attributesForecast = (attribution: SentenceAttribution | undefined): boolean =>
  attribution?.verb === true && FORECASTS.has(attribution.cue.toLowerCase());

/**
 * A plural unnamed group as the subject of a verb of belief: "analysts", "some economists", "traders in London".
 * Its head is a plural noun ending the phrase or standing before a preposition; "as analysts expect" and "than
 * traders fear" compare, they attribute nothing. Officials and aides are left out: the rule is for unnamed sources
 * without an office, and with them it cost precision on PolNeAR's train split (docs/drafter.md).
 */
function pluralGroup(phrase: string, before: string, mention: Mention | undefined): boolean {
  if (mention?.kind !== 'unnamed' || mention.refersBack) return false;
  if (/(?:^|\s)(?:as|than|like)\s*$/iu.test(before) || !isNounPhrase(phrase)) return false;
  const head = phrase.split(/\s(?:at|of|in|for|from|with|on|to|by|under)\s/iu)[0] ?? phrase;
  return /\p{Ll}s$/u.test(head.split(/\s+/u).at(-1) ?? '');
}

/** Words between a speaker and its verb that belong to neither ("Putin himself noted", "a spokesman has said"). */
const BETWEEN =
  /\s+(?:also|often|later|earlier|previously|repeatedly|himself|herself|itself|themselves|has|have|had|separately|then|again|now|once|recently|publicly|privately|reportedly|allegedly|initially|first|only|last\s+week|on\s+\p{Lu}\p{Ll}+day)$/u;

/** Words that open a clause: the speaker of a verb stands after the last of them ("concerns that Putin said"). */
const CLAUSE_OPENER =
  /^(?:.*\s)?(?:that|which|because|while|although|whether|if|when|after|before|since|as|where|so|however|and|but)\s+/iu;

const RELATIVE = /^(?:who|which|whose|where|whom)\b/iu;

/** A clause that opens with a participle or a verbless setting: "speaking on condition of anonymity", "asked about". */
const PARTICIPLE_CLAUSE =
  /^(?:\p{Ll}+ing|\p{Ll}+ed\s+by|asked|pressed|reached|contacted|interviewed|briefed|in\s+an?\s+\p{Ll}+)\b/u;

/** Participles that report speech in a clause of their own: "…, saying the talks had failed". */
const PARTICIPLES = /^(?:saying|adding|noting|arguing|telling|insisting|explaining)$/iu;

/** The sentence's own subject: its opening run of capitalised words ("Senator Ada Park"), or a pronoun. */
function openingSubject(text: string): { phrase: string; start: number } | undefined {
  const opening =
    /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*|^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b/u.exec(
      text,
    );
  if (!opening) return undefined;
  // "A spokesman for the port declined…": a determiner opens a noun phrase that runs to its first verb or preposition.
  if (/^(?:the|a|an)$/iu.test(opening[0]) || /^(?:the|a|an)\s/iu.test(opening[0])) {
    const words: string[] = [];
    for (const word of text.split(/\s+/u)) {
      if (words.length > 0 && (NOT_IN_SPEAKER.has(word.toLowerCase()) || (words.at(-1) ?? '').endsWith(','))) break;
      words.push(word);
      if (words.length >= 6) break;
    }
    return { phrase: words.join(' '), start: 0 };
  }
  return { phrase: opening[0], start: 0 };
}

/**
 * "According to X" where X is none of the kinds the lists tell (a pool report, the results): still a source, an
 * unnamed one, named after the phrase.
 */
function unknownSource(phrase: string, cue: string): Mention | undefined {
  const text = tidyPhrase(phrase);
  if (!/^according to$/iu.test(cue) || text.split(/\s+/u).length > 12 || !/\p{L}/u.test(text)) return undefined;
  return { kind: 'unnamed', text, name: text };
}

/** The phrase in front of a speech verb that would be its subject, and where it starts. */
export function subjectBefore(left: string): { phrase: string; start: number } | undefined {
  let text = left.trimEnd();
  for (let guard = 0; guard < 4 && BETWEEN.test(text); guard++) text = text.replace(BETWEEN, '');
  if (/\s(?:and|but)$/u.test(text)) {
    // "X declined to comment but said": the subject is the sentence's own, its opening run of capitalised words.
    return openingSubject(text);
  }
  let segments = text.split(/,\s*/u);
  if (text.endsWith(',')) {
    segments = segments.slice(0, -1);
    // "A senior official, who asked not to be named, said": drop the relative clause. "An official, speaking on
    // condition of anonymity because the talks are confidential, said": drop the participle clause, which may run
    // on ("because…") and may hold capitalised words that are no speaker ("…, speaking on Friday, said").
    while (
      segments.length > 1 &&
      (RELATIVE.test(segments.at(-1) ?? '') || PARTICIPLE_CLAUSE.test(segments.at(-1) ?? ''))
    )
      segments = segments.slice(0, -1);
    // "Putin's aide, Yuri Ushakov, said": a name in apposition keeps the segment before it as its role.
    if (segments.length >= 2) {
      const pair = segments.slice(-2);
      const opened = CLAUSE_OPENER.exec(pair[0] ?? '');
      const first = opened ? (pair[0] ?? '').slice(opened[0].length) : (pair[0] ?? '');
      const phrase = `${first}, ${pair[1] ?? ''}`;
      return { phrase, start: text.lastIndexOf(phrase) };
    }
  }
  const last = segments.at(-1) ?? '';
  const opened = CLAUSE_OPENER.exec(last);
  const phrase = opened ? last.slice(opened[0].length) : last;
  const tail = phrase.split(/\s+/u).slice(-10).join(' ');
  return { phrase: tail, start: Math.max(0, text.lastIndexOf(tail)) };
}

/**
 * The words a speech verb may take that say to whom, where and when it was said ("told reporters on Thursday",
 * "said in a statement", "told CNN"), never a clause of its own ("say it could take until next year").
 */
export const SPEAKING_SETTING =
  /^(?:\s*(?:to|on|in|at|during|after|before|from|the|a|an|reporters|journalists|lawmakers|legislators|parliament|statement|interview|briefing|news|press|conference|television|radio|separately|also|late|early|last|this|next|week|month|year|yesterday|today|morning|afternoon|evening|night|\d{1,4}|\p{Lu}[\p{L}.]*)[,.]?)*\s*$/u;

/** Whether nothing but the verb's setting follows it: the attribution closes the sentence. */
function closesSentence(right: string): boolean {
  return SPEAKING_SETTING.test(tidyPhrase(right));
}

/** Read a sentence's attribution. `context` says which outlets and people are known so far. */
export function readAttribution(sentence: string, context: MentionContext): AttributionReading {
  const found: SentenceAttribution[] = [];
  let speechInClaim = false;
  let subjectOnly: SentenceAttribution | undefined;

  for (const match of sentence.matchAll(INTRODUCER_PATTERN)) {
    const cueEnd = match.index + match[0].length;
    const rest = sentence.slice(cueEnd);
    const phrase = (rest.split(/[,;:!?]|\s[—–]\s|\bthat\b/u)[0] ?? '').replace(/[.!?"”’']+\s*$/u, '');
    // "According to" always names a source, whatever the phrase: one the lists cannot tell is an unnamed one.
    const mention = classifyMention(phrase, context) ?? unknownSource(phrase, match[0]);
    if (!mention) continue;
    const leading = sentence.slice(0, match.index).replace(/["“‘'(\s]/gu, '') === '';
    const end = cueEnd + phrase.length;
    const trailing = tidyPhrase(sentence.slice(end)) === '';
    found.push({
      mention,
      cue: match[0],
      position: leading ? 'leading' : trailing ? 'trailing' : 'inline',
      start: match.index,
      end,
      verb: false,
    });
  }

  for (const match of sentence.matchAll(VERB_PATTERN)) {
    const left = sentence.slice(0, match.index);
    const right = sentence.slice(match.index + match[0].length);
    // "called a meeting", "called an election": convening, not speaking.
    if (/^called$/iu.test(match[0]) && /^\s+(?:a|an)\s/iu.test(right)) continue;
    // Inverted order after a quotation or a clause: `"…," said Petra Lind, …` / `…, reports The Wall Street Journal.`
    if (/[,"”’']\s*$/u.test(left)) {
      const phrase = right.replace(/[.!?"”’']+\s*$/u, '');
      const speaker = phrase.split(/,\s*/u)[0] ?? '';
      // Only a noun phrase can follow the verb as its speaker; "…, said the government was preparing…" is a clause.
      const mention =
        /\bthat\b/iu.test(phrase) || !isNounPhrase(tidyPhrase(speaker))
          ? undefined
          : (classifyMention(phrase, context) ??
            (isNounPhrase(tidyPhrase(speaker)) && /^(?:the|a|an|one|two|some|several)\s/iu.test(speaker)
              ? ({ kind: 'unnamed', text: tidyPhrase(speaker), name: tidyPhrase(speaker) } as const)
              : undefined));
      if (mention) {
        found.push({
          mention,
          cue: match[0],
          position: 'trailing',
          start: match.index,
          end: sentence.length,
          verb: true,
        });
        continue;
      }
    }
    // "…, saying that …": a participle after a comma has the sentence's own subject as its speaker.
    const participle = PARTICIPLES.test(match[0]) && /,\s*$/u.test(left);
    const subject = participle ? openingSubject(left) : subjectBefore(left);
    if (!subject) continue;
    const atStart = left.slice(0, subject.start).replace(/["“‘'(\s]/gu, '') === '';
    const mention = classifyMention(subject.phrase, context, atStart);
    if (!mention) {
      speechInClaim = true;
      const phrase = tidyPhrase(subject.phrase);
      if (!subjectOnly && isNounPhrase(phrase)) {
        subjectOnly = {
          mention: { kind: 'unnamed', text: phrase, name: lowerFirstWord(phrase) },
          cue: match[0],
          position: atStart ? 'leading' : 'inline',
          start: subject.start,
          end: match.index + match[0].length,
          verb: true,
        };
      }
      continue;
    }
    const trailing = !atStart && closesSentence(right);
    const objectEnd = trailing ? sentence.length : match.index + match[0].length;
    found.push({
      mention,
      cue: match[0],
      position: atStart ? 'leading' : trailing ? 'trailing' : 'inline',
      start: subject.start,
      end: objectEnd,
      verb: true,
    });
  }

  // "Analysts expect prices to ease", "traders believe…": a plural unnamed group's belief is attributed to it.
  for (const match of sentence.matchAll(GROUP_VERB_PATTERN)) {
    const left = sentence.slice(0, match.index);
    const subject = subjectBefore(left);
    if (!subject) continue;
    const phrase = tidyPhrase(subject.phrase);
    const atStart = left.slice(0, subject.start).replace(/["“‘'(\s]/gu, '') === '';
    const mention = classifyMention(subject.phrase, context, atStart);
    if (!mention || !pluralGroup(phrase, left.slice(0, subject.start), mention)) continue;
    found.push({
      mention,
      cue: match[0],
      position: atStart ? 'leading' : 'inline',
      start: subject.start,
      end: match.index + match[0].length,
      verb: true,
    });
  }

  // "X reported, citing Y": Y is the innermost source and X the outlet that passed it on.
  const citing = found.find((entry) => entry.cue.toLowerCase() === 'citing');
  const outlet = found.find((entry) => entry.mention.kind === 'outlet');
  if (citing && outlet && citing.mention.kind !== 'outlet') {
    citing.mention = { ...citing.mention, via: citing.mention.via ?? outlet.mention.name };
    citing.position = outlet.position;
    return { attribution: citing, speechInClaim, subjectOnly };
  }
  const chosen =
    found.filter((entry) => entry.position === 'trailing').at(-1) ??
    found.find((entry) => entry.position === 'leading') ??
    found.sort((a, b) => a.start - b.start)[0];
  return { attribution: chosen, speechInClaim, subjectOnly };
}
