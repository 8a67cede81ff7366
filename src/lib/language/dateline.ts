import { ATTRIBUTION_CUES } from './lexicon/attribution-cues.ts';
import { MONTH_NAMES } from './lexicon/calendar-words.ts';
import { splitSentences } from './sentences.ts';

/**
 * Wire datelines: the words a wire story opens with to say where it was filed, often when and through which
 * agency ("KYIV, Ukraine, Aug. 8 (Reuters) - …", "WASHINGTON (AP) — …", "NEW DELHI: …"). A dateline is not a
 * sentence of the story, so the article reader (article-text.ts) sets it apart and no claim holds it.
 *
 * Its parts, in the order the AP Stylebook ("datelines") and the wires write them:
 * - the place in capitals, one or more words ("NEW YORK", "ST. LOUIS", "WINSTON-SALEM"), optionally followed by a
 *   region or country in any case (", N.Y.", ", Ukraine", ", UKRAINE", ", Northern Ireland");
 * - optionally the filing date (", Oct 15", ", Aug. 8", ", October 15", ", 15 Oct", with or without a year);
 * - optionally the agency or outlet in parentheses ("(Reuters)", "(AP)", "(dpa)");
 * - a dash with a space either side (hyphen, "--", en dash, em dash, horizontal bar) or a colon, then the story,
 *   which starts with a capital, a digit or a quotation mark.
 */

export interface Dateline {
  /** The dateline as written, white space folded, without the dash or colon that joins it to the story. */
  text: string;
  /** Where the story starts in the paragraph: the dateline's length with its dash or colon and the spaces after. */
  length: number;
}

const SPACE = '[ \\u00A0]';
/** A word of the place: capitals only, with the marks place names carry ("ST.", "XI'AN", "PORT-AU-PRINCE"). */
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
/** A word of a region or country, in any case but capitalised ("N.Y.", "Ukraine", "UKRAINE"). */
const REGION_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
/** The small words inside a region's name ("Democratic Republic of the Congo", "Newcastle upon Tyne"). */
const REGION_JOINER = '(?:of|the|and|upon|de|del|da|do|la|le)';

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** Month names and the abbreviations the wires use ("Aug", "Sept"), as written in a dateline and in capitals. */
const MONTH_FORMS = [
  ...new Set(
    MONTH_NAMES.flatMap((name) => [
      capitalised(name),
      capitalised(name.slice(0, 3)),
      ...(name === 'september' ? ['Sept'] : []),
    ]),
  ),
].flatMap((form) => [form, form.toUpperCase()]);
const MONTH = `(?:${MONTH_FORMS.join('|')})\\.?`;
const DATE = `(?:${MONTH}${SPACE}\\d{1,2}|\\d{1,2}${SPACE}${MONTH})(?:,?${SPACE}\\d{4})?`;

/** The dash with a space either side (hyphen, "--", en dash, em dash, horizontal bar), or the colon. */
const SEPARATOR = String.raw`\s+(?:--|[-–—―])|:`;

/** What may open the story after the dash: a capital, a digit or a quotation mark ("''" in some wire copy). */
const STORY_START = String.raw`[\p{Lu}\p{N}"“‘'«]`;

const DATELINE = new RegExp(
  `^(?<head>(?<place>${PLACE_WORD}(?:${SPACE}${PLACE_WORD}){0,4})` +
    `(?:,${SPACE}(?<region>${REGION_WORD}(?:${SPACE}(?:${REGION_WORD}|${REGION_JOINER})){0,3}))?` +
    `(?:,${SPACE}(?<date>${DATE}))?` +
    `(?:${SPACE}(?<outlet>\\(\\p{L}[^()\\n]{0,40}\\)))?)` +
    `(?<separator>${SEPARATOR})(?:\\s+(?=${STORY_START})|\\s*$)`,
  'u',
);

/** A paragraph that opens with a name in capitals and a colon: a transcript's speaker ("HOLT: Good evening."). */
const LABEL_OPENING = new RegExp(`^${PLACE_WORD}(?:${SPACE}${PLACE_WORD}){0,4}:\\s`, 'u');

/**
 * An aside closed by a dash and followed by the predicate ("NASA — Ruritania's partner — said it would wait"): the
 * capitals before it are the sentence's subject. The predicate opens with a verb of saying or an auxiliary.
 */
const PREDICATE_OPENERS = [
  ...ATTRIBUTION_CUES.filter((entry) => entry.role === 'verb').map((entry) => entry.cue),
  ...'is was are were has have had will would can could may might must should shall do does did'.split(' '),
];
const ASIDE_THEN_PREDICATE = new RegExp(`\\s(?:--|[-–—―])\\s+(?:${PREDICATE_OPENERS.join('|')})\\b`, 'u');

/**
 * Labels newsrooms set before a story in the same capitals as a place, which say what kind of item it is, not where
 * it was filed ("BREAKING: …", "UPDATE — …").
 */
const NOT_PLACES = new Set([
  'ALERT',
  'ANALYSIS',
  'BREAKING',
  'BREAKING NEWS',
  'BULLETIN',
  'CLARIFICATION',
  'COMMENT',
  'COMMENTARY',
  'CORRECTION',
  'EDITORIAL',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'EXCLUSIVE',
  'FACT CHECK',
  'FLASH',
  'INTERVIEW',
  'LIVE',
  'NOTE',
  'OPINION',
  'PHOTOS',
  'REVIEW',
  'UPDATE',
  'UPDATED',
  'URGENT',
  'VIDEO',
  'WARNING',
  'WATCH',
]);

/**
 * The dateline at the very start of an article's first paragraph, or undefined.
 *
 * A dateline must not cut a real sentence, so the form is read strictly, and where a form could as well be prose it
 * is not taken:
 * - the place has two capital letters at least ("Q:" and "A:" are an interview's, "I —" a speaker's);
 * - a colon after a name in capitals is a transcript's speaker when another paragraph opens the same way;
 * - a place alone with a dash is a subject when a second dash in the sentence closes an aside and the predicate
 *   follows ("NASA — Ruritania's partner — said it would wait").
 *
 * @param paragraph the first paragraph's plain text
 * @param laterParagraphs the plain text of the paragraphs after it
 * @example findDateline('KYIV, Ukraine (Reuters) - Talks resumed.') // → { text: 'KYIV, Ukraine (Reuters)', length: 26 }
 */
export function findDateline(paragraph: string, laterParagraphs: readonly string[] = []): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const place = groups.place ?? '';
  if ((place.match(/\p{Lu}/gu)?.length ?? 0) < 2 || NOT_PLACES.has(place.replace(/\s+/gu, ' '))) return undefined;
  const separator = groups.separator ?? '';
  if (separator === ':' && laterParagraphs.some((text) => LABEL_OPENING.test(text))) return undefined;
  const bare = groups.region === undefined && groups.date === undefined && groups.outlet === undefined;
  if (bare && separator !== ':') {
    const firstSentence = splitSentences(paragraph.slice(match[0].length))[0]?.text ?? '';
    if (ASIDE_THEN_PREDICATE.test(firstSentence)) return undefined;
  }
  return { text: (groups.head ?? '').replace(/\s+/gu, ' '), length: match[0].length };
}

const JOINT = new RegExp(`^(?:${SEPARATOR})?(?:\\s+|$)`, 'u');

/**
 * The excerpt with the article's dateline taken off its front, or undefined when it does not open with it: an editor
 * who copied the dateline into the first claim is told to leave it out (src/lib/content/check.ts).
 *
 * @example withoutDateline('KYIV (Reuters) - Talks resumed.', { text: 'KYIV (Reuters)' }) // → 'Talks resumed.'
 */
export function withoutDateline(excerpt: string, dateline: Pick<Dateline, 'text'>): string | undefined {
  const folded = excerpt.replace(/\s+/gu, ' ').trim();
  if (!folded.startsWith(dateline.text)) return undefined;
  const rest = folded.slice(dateline.text.length);
  const joint = JOINT.exec(rest);
  return joint ? rest.slice(joint[0].length) : undefined;
}
