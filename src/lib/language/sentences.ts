/**
 * Sentence splitting for news text: `Intl.Segmenter` (Unicode UAX #29 sentence boundaries) plus the repairs it
 * needs for newsroom English, where a full stop often ends an abbreviation rather than a sentence.
 * This is the one splitter the content check, the pages and the editor tools share.
 *
 * UAX #29 breaks after every full stop followed by a space and a capital ("Dr. Smith", "the U.S. Army") and after
 * every line break; it does not break after an ellipsis character ("…"). The repairs below join what a reader
 * reads as one sentence and split at "…" where a reader sees a new one. The word lists are the AP Stylebook's
 * abbreviations ("Abbreviations and acronyms", "Titles", "Months", "No.", "a.m., p.m.").
 */

export interface Sentence {
  /** The sentence with its trailing white space removed. */
  text: string;
  /** Offset of its first character in the input. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** Titles before a name (AP Stylebook, "Titles"): never the end of a sentence. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'lt',
  'gen',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'rev',
  'fr',
  'msgr',
  'atty',
  'supt',
  'pres',
  'hon',
]);

/**
 * Abbreviations that stand before a number (AP Stylebook, "Months" and "No."): "Aug. 6", "No. 10", "Fig. 3".
 * Before anything else the full stop ends the sentence ("He said no. The talks…").
 */
const BEFORE_NUMBER = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'fig',
  'figs',
  'vol',
  'p',
  'pp',
  'art',
]);

/**
 * Abbreviations that usually sit inside a sentence ("Apple Inc. said", "St. Petersburg", "Smith Jr. won") but can
 * end one ("…and so on, etc. The"). After these, as after dotted acronyms and initials, a new sentence starts
 * only when a usual sentence opener follows.
 */
const INSIDE_SENTENCE = new Set([
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'cos',
  'ltd',
  'bros',
  'st',
  'ste',
  'mt',
  'ft',
  'ave',
  'blvd',
  'rd',
  'dept',
  'univ',
  'assn',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'cf',
  'e.g',
  'i.e',
  'al',
]);

/**
 * Words that open a sentence: after an abbreviation, a dotted acronym or an initial, one of these means a new
 * sentence ("… in the U.S. The talks …"); any other capitalised word is taken as part of a name ("the U.S.
 * Army", "John F. Kennedy"), the reading a reader makes too. Pronouns, determiners, conjunctions and the adverbs
 * and prepositions that open news sentences.
 */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'some',
  'many',
  'most',
  'all',
  'no',
  'one',
  'both',
  'each',
  'every',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'nor',
  'however',
  'meanwhile',
  'moreover',
  'instead',
  'still',
  'also',
  'then',
  'thus',
  'now',
  'earlier',
  'later',
  'last',
  'next',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'without',
  'during',
  'after',
  'before',
  'since',
  'until',
  'when',
  'while',
  'where',
  'why',
  'what',
  'who',
  'how',
  'if',
  'as',
  'although',
  'though',
  'because',
  'according',
  'asked',
  'officials',
  'sources',
]);

/** Verbs of saying that close a quotation: `"Really?" Trump asked.` is one sentence, not two. */
const SPEECH_TAG =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|replied|replies|wrote|writes|shouted|told\s+[\p{L}]+)\b[^.!?]*[.!?]\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The last word of a segment with its final full stop removed ("Aug." → "Aug", "U.S." → "U.S"). */
function lastToken(segment: string): string {
  const match = /(\S+)\.\s*$/.exec(segment);
  return match ? (match[1] ?? '').replace(/^[("'“‘[]+/, '') : '';
}

function firstWord(segment: string): string {
  return /^[\s"'“‘(]*([\p{L}\p{N}]*)/u.exec(segment)?.[1] ?? '';
}

/** Whether the boundary between `before` and `after` is a false one that a reader would not see. */
function isFalseBoundary(before: string, after: string): boolean {
  const next = firstWord(after);
  if (next === '') return false;
  // A lower-case continuation: a quotation ending inside its quotes ("Really?" she asked) or an ellipsis.
  if (/^\p{Ll}/u.test(next)) return true;
  // A question or exclamation in quotes followed by its speech tag: "Really?" Trump asked.
  if (/[?!][”"’']\s*$/u.test(before) && SPEECH_TAG.test(after)) return true;
  const token = lastToken(before);
  if (token === '') return false;
  const folded = token.toLowerCase();
  if (TITLES.has(folded)) return true;
  if (BEFORE_NUMBER.has(folded)) return /^\p{N}/u.test(next);
  const opensSentence = SENTENCE_STARTERS.has(next.toLowerCase());
  if (INSIDE_SENTENCE.has(folded)) return !opensSentence;
  // An initial ("J. R. R. Tolkien", "John F. Kennedy") or a dotted acronym ("U.S.", "U.N.", "a.m.").
  if (/^\p{Lu}$/u.test(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token)) return !opensSentence;
  return false;
}

/**
 * A line break inside a paragraph is a soft break, read as a space (CommonMark, "Soft line breaks"); a blank line
 * ends a paragraph, and with it a sentence. Same length as the input, so offsets stay true.
 */
function foldSoftBreaks(text: string): string {
  return text.replace(/\r?\n(?:[ \t]*\r?\n)*/g, (run) =>
    run.split(/\r?\n/).length > 2 ? run : run.replace(/[\r\n]/g, ' '),
  );
}

/** Segments of `text`, also cut after an ellipsis character followed by a capital ("Wait… The talks resumed."). */
function* segments(text: string): Generator<{ start: number; end: number }> {
  for (const { segment, index } of segmenter.segment(foldSoftBreaks(text))) {
    let start = index;
    for (const match of segment.matchAll(/…[”"’')\]]*\s+(?=[“"‘']?\p{Lu})/gu)) {
      const end = index + match.index + match[0].length;
      yield { start, end };
      start = end;
    }
    yield { start, end: index + segment.length };
  }
}

/** Split plain text into sentences. White space between sentences belongs to none of them. */
export function splitSentences(text: string): Sentence[] {
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of segments(text)) {
    const previous = merged.at(-1);
    if (previous && isFalseBoundary(text.slice(previous.start, previous.end), text.slice(start, end))) {
      previous.end = end;
    } else {
      merged.push({ start, end });
    }
  }
  return merged
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { text: trimmed, start: start + leading, end: start + leading + trimmed.length };
    })
    .filter((sentence) => sentence.text !== '');
}
