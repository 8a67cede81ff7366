/**
 * Sentence splitting for news text: `Intl.Segmenter` (Unicode UAX #29 sentence boundaries) plus the repairs it
 * needs for newsroom English, where a full stop often ends an abbreviation rather than a sentence.
 * This is the one splitter the content check, the pages and the editor tools share.
 */

export interface Sentence {
  /** The sentence with its trailing white space removed. */
  text: string;
  /** Offset of its first character in the input. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/**
 * Abbreviations that take a full stop and are usually followed by a name or number, never by a new sentence:
 * titles (AP Stylebook, "Titles"), month abbreviations (AP Stylebook, "Months") and a few common short forms.
 */
const ABBREVIATIONS_BEFORE_NAME = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'approx',
  'est',
  'dept',
  'inc',
  'corp',
  'co',
  'ltd',
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
  'e.g',
  'i.e',
  'cf',
  'fig',
]);

/**
 * Words that begin a new sentence after a dotted acronym ("… in the U.S. The talks …"). After "U.S." any other
 * capitalised word is taken as part of a name ("the U.S. Army"), a heuristic a reader applies too.
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
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'according',
  'earlier',
  'later',
  'then',
  'still',
  'also',
]);

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
  const token = lastToken(before);
  if (token === '') return false;
  if (ABBREVIATIONS_BEFORE_NAME.has(token.toLowerCase())) return true;
  // An initial: "J. R. R. Tolkien".
  if (/^\p{Lu}$/u.test(token)) return true;
  // A dotted acronym ("U.S.", "U.N."): a new sentence only when a usual sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return !SENTENCE_STARTERS.has(next.toLowerCase());
  return false;
}

/** Split plain text into sentences. White space between sentences belongs to none of them. */
export function splitSentences(text: string): Sentence[] {
  const merged: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = merged.at(-1);
    if (previous && isFalseBoundary(text.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      merged.push({ start: index, end: index + segment.length });
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
