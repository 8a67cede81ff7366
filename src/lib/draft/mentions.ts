import { ATTRIBUTION_CUES } from '../language/lexicon/attribution-cues.ts';
import {
  INSTITUTION_NOUNS,
  OFFICE_NOUNS,
  OUTLET_NAME_WORDS,
  PLACE_WORDS,
  TITLE_NOUNS,
  TITLE_WORDS,
  UNNAMED_GROUP_NOUNS,
  UNNAMED_SOURCE_PHRASES,
} from './lexicon.ts';

/**
 * Who a phrase names as a source: the words in front of "said", after "according to", after "reports". The
 * phrase is read, not parsed: capitalised runs are names, a few word lists tell offices, institutions and outlets.
 */

export type MentionKind = 'person' | 'institution' | 'outlet' | 'official' | 'unnamed';

export interface Mention {
  /** person and institution are `named`; outlet is `outlet`; official and unnamed are the two anonymous kinds. */
  kind: MentionKind;
  /** The words as the text gives them. */
  text: string;
  /** The source's name as a source file would hold it ("Yuri Ushakov", "a senior US official", "WSJ"). */
  name: string;
  /** For a person: the title or role the text gives ("Putin's aide", "union leader"). */
  role?: string | undefined;
  /** An outlet the phrase names as the go-between ("WSJ sources" → "WSJ"). */
  via?: string | undefined;
  /** The phrase points back to a source named earlier: "he", "she", "the official", "the sources", "the company". */
  refersBack?: boolean | undefined;
}

/** What the reader already knows while reading the article: outlets and people named so far. */
export interface MentionContext {
  /** Whether a name is a known outlet (a source file's name or short name, or the publisher). */
  isOutlet(name: string): boolean;
  /** Whether a single word is the surname of a person named before (in content/sources or earlier in the text). */
  isKnownSurname(word: string): boolean;
}

const lower = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
const OFFICE = lower([
  ...ATTRIBUTION_CUES.filter((cue) => cue.role === 'anonymous-official').map((cue) => cue.cue),
  ...OFFICE_NOUNS,
]);
const UNNAMED = lower(UNNAMED_GROUP_NOUNS);
const INSTITUTION = lower(INSTITUTION_NOUNS);
const TITLES = lower(TITLE_WORDS);
const TITLE_NOUN = lower(TITLE_NOUNS);
/** Courtesy titles: a surname follows, and they are no role. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'mx']);
const PLACES = lower(PLACE_WORDS);
const OUTLET_WORDS = lower(OUTLET_NAME_WORDS);
/** Words never part of a person's name even when capitalised (sentence openers, determiners). */
const NOT_NAME = new Set(['the', 'a', 'an', 'one', 'two', 'some', 'several', 'many', 'other', 'of', 'and', 'but']);

const SOURCE_PHRASES = [
  ...ATTRIBUTION_CUES.filter((cue) => cue.role === 'anonymous-source').map((cue) => cue.cue),
  ...UNNAMED_SOURCE_PHRASES,
];
const SOURCE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${SOURCE_PHRASES.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);

/** Documents that carry someone else's word: "data compiled by X", "a statement from X". */
const DOCUMENT =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:data|figures|statistics|statement|report|survey|poll|documents?|estimates?|records?|filing|letter|memo)\s+(?:compiled\s+|released\s+|published\s+|issued\s+|seen\s+)?(?:by|from|of)\s+(.+)$/iu;

/** A document named after the body that issued it: "a council survey", "the latest ministry figures". */
const ISSUED =
  /^(?:(?:a|an|the)\s+)?(?:new\s+|latest\s+|official\s+)?((?:[\p{L}-]+\s+){1,3}?)(?:data|figures|statistics|survey|report|poll|documents?|estimates?|records?|filing)\b/iu;

/** Leading quantifiers and determiners: "one of the sources", "two people", "a senior official". */
const DETERMINERS =
  /^(?:(?:one|two|three|four|five|several|some|many|most|all|both|each)\s+of\s+)?(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|\d+)\s+/iu;

const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);
const bare = (word: string) => word.replace(/^[("'“‘]+|[)"'”’,.;:]+$/gu, '');
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
const lastWord = (text: string) => (words(text).at(-1) ?? '').toLowerCase().replace(/['’]s$/u, '');

/** Trim quotes, brackets and punctuation around a phrase, and fold its white space. */
export function tidyPhrase(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'“‘”’(,;:—–-]+|[\s"'”’),;:.!?—–-]+$/gu, '');
}

/** A phrase without its leading determiner ("the sources" → "sources"); "The" that starts a name is kept. */
function withoutDeterminer(text: string): string {
  return text.replace(DETERMINERS, '');
}

interface NameRun {
  name: string;
  title: string;
}

/** A title word as the lists hold it: lower case, an abbreviation's full stop dropped ("Sen." → "sen"). */
const titleKey = (word: string) => word.toLowerCase().replace(/\.$/u, '');

/**
 * How many words of a capitalised run are a title before a name. A run of title words ends at its last title noun
 * (AP, "titles"): "Deputy Fisheries Commissioner Ines Kallas" is "Deputy Fisheries Commissioner", whatever the
 * modifiers; an office with "of" keeps its complement, leaving a full name's two words ("Secretary of State Ana
 * Ruiz"). Without a title noun only modifiers are split off ("Deputy Ruiz"). A run whose remainder names an
 * organisation ("Finance Ministry", "Justice Department") has no title: the whole run is the name.
 */
function titleLength(run: readonly string[]): number {
  const keys = run.map(titleKey);
  const names = (first: number) =>
    first > 0 && first < run.length && keys[first] !== 'of' && !isOrganisationName(run.slice(first).join(' '));
  const head = keys.slice(0, -1).findLastIndex((key) => TITLE_NOUN.has(key));
  if (head >= 0) {
    const complement = keys[head + 1] === 'of';
    const first = complement ? Math.max(head + 3, run.length - 2) : head + 1;
    if (names(first)) return first;
  }
  let first = 0;
  while (first < run.length - 1 && (TITLES.has(keys[first] ?? '') || TITLES.has(`${keys[first] ?? ''}.`))) first++;
  return names(first) ? first : 0;
}

/**
 * The personal or organisational name a phrase ends with: the last run of capitalised words, with title words
 * ("Transport Minister") split off. Undefined when the phrase does not end with a capitalised word.
 */
function trailingName(segment: string): NameRun | undefined {
  const tokens = words(segment);
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1] ?? '';
    const word = bare(token);
    // "of" joins two capitalised words inside one name: "Ministry of Defence", "Bank of England".
    const joins = word === 'of' && start < tokens.length && isCapitalised(bare(tokens[start - 2] ?? ''));
    if (!joins && (word === '' || !isCapitalised(word) || NOT_NAME.has(word.toLowerCase()))) break;
    if (/['’]s$/u.test(token) && start < tokens.length) break; // "Putin's aide": the possessive is not the name.
    start--;
  }
  // A plural possessive inside a name keeps its apostrophe ("Terminal Operators’ Association").
  const run = tokens
    .slice(start)
    .map((token, index, all) => (index < all.length - 1 && /s['’]$/u.test(token) ? token : bare(token)));
  if (run.length === 0) return undefined;
  const first = titleLength(run);
  const name = run.slice(first);
  // After "Mr." or "Dr." comes a surname, even one that is a title word elsewhere ("Mr. King").
  const surnameNext =
    first > 0 &&
    (COURTESY.has(titleKey(run[first - 1] ?? '')) || /^(?:dr|prof)$/u.test(titleKey(run[first - 1] ?? '')));
  if (
    !surnameNext &&
    name.every((word) => PLACES.has(titleKey(word)) || TITLES.has(titleKey(word)) || TITLE_NOUN.has(titleKey(word)))
  )
    return undefined;
  const title = [...tokens.slice(0, start), ...run.slice(0, first)].filter((word) => !/^(?:the|a|an)$/iu.test(word));
  return { name: name.join(' '), title: tidyPhrase(title.join(' ')) };
}

/** Whether a capitalised run names an organisation rather than a person ("Halden Bank", "Northern Farmers' Union"). */
const isOrganisationName = (name: string) =>
  words(name).some((word) => INSTITUTION.has(word.toLowerCase().replace(/['’]s?$/u, '')));

function outletWordIn(text: string): boolean {
  const folded = text.toLowerCase();
  return [...OUTLET_WORDS].some((word) =>
    word.includes(' ') ? folded.includes(word) : words(folded).some((token) => bare(token) === word),
  );
}

/**
 * Read a phrase as a source, or undefined when it names none ("the US president", "nine").
 * `atSentenceStart` matters for single words: at the start of a sentence every word is capitalised, so a lone word
 * there is a name only if it is the surname of someone already named ("Putin himself noted").
 */
export function classifyMention(phrase: string, context: MentionContext, atSentenceStart = false): Mention | undefined {
  const text = tidyPhrase(phrase);
  if (text === '') return undefined;
  const folded = text.toLowerCase();

  if (/^(?:he|she|him|her)$/u.test(folded)) return { kind: 'person', text, name: text, refersBack: true };
  if (/^(?:(?:one|two|three|some|several|both|all|most|many|none)\s+of\s+)?(?:they|them)$/u.test(folded))
    return { kind: 'unnamed', text, name: text, refersBack: true };
  if (folded === 'it') return { kind: 'institution', text, name: text, refersBack: true };

  const document = DOCUMENT.exec(text);
  if (document?.[1]) return classifyMention(document[1], context);
  // "a council survey", "ministry figures": the institution that issued the document is the source.
  const issued = ISSUED.exec(text);
  const issuer = issued?.[1] ? words(issued[1]).find((word) => INSTITUTION.has(word.toLowerCase())) : undefined;
  if (issuer) return { kind: 'institution', text, name: issuer.toLowerCase() };

  const source = SOURCE_PATTERN.exec(text);
  if (source) {
    const before = tidyPhrase(withoutDeterminer(text.slice(0, source.index)));
    const via = before !== '' && context.isOutlet(before) ? before : undefined;
    const core = withoutDeterminer(text);
    // "the sources", "one of the sources", "a source": no description of their own, so the sources named before.
    const refersBack = /^(?:(?:one|two|some)\s+of\s+)?the\s+sources?$/iu.test(text) || /^sources?$/iu.test(core);
    return { kind: 'unnamed', text, name: refersBack ? 'sources' : lowerFirst(text), via, refersBack };
  }

  const unprefixed = text.replace(/^the\s+/u, '');
  if (context.isOutlet(text) || context.isOutlet(unprefixed)) {
    return { kind: 'outlet', text, name: context.isOutlet(text) ? text : unprefixed };
  }

  // A name: the last comma segment that ends with a capitalised run ("Putin's aide, Yuri Ushakov"; "Petra Lind,
  // chief economist at Halden Bank"). The other segments are its role.
  const segments = text.split(/\s*,\s*/u);
  for (const [index, segment] of segments.entries()) {
    const run = trailingName(segment);
    if (!run) continue;
    const single = !run.name.includes(' ');
    if (single && atSentenceStart && index === 0 && run.title === '' && !context.isKnownSurname(run.name)) continue;
    if (single && (OFFICE.has(run.name.toLowerCase()) || UNNAMED.has(run.name.toLowerCase()))) continue;
    if (outletWordIn(run.name)) return { kind: 'outlet', text, name: run.name };
    if (isOrganisationName(run.name)) return { kind: 'institution', text, name: run.name };
    // A courtesy title ("Mr.", "Ms.") tells a name, not a role.
    const title = words(run.title)
      .filter((word) => !COURTESY.has(titleKey(word)))
      .join(' ');
    const role = [title, ...segments.filter((_, other) => other !== index)].filter((part) => part !== '');
    return { kind: 'person', text, name: run.name, role: role.length > 0 ? role.join(', ') : undefined };
  }

  if (outletWordIn(text) && /^(?:the\s+)?\p{Lu}/u.test(text)) return { kind: 'outlet', text, name: unprefixed };

  // The head is read before the first preposition: "a senior official at the transport ministry" is an official.
  const headPart = folded.split(/\s(?:at|of|in|for|from|with|on|to|by|under)\s/u)[0] ?? folded;
  const tokens = words(headPart).map((word) => word.replace(/['’]s$/u, ''));
  if (tokens.some((word) => OFFICE.has(word))) {
    const refersBack = /^the\s+\S+$/u.test(folded);
    return { kind: 'official', text, name: lowerFirst(text), refersBack };
  }
  if (tokens.some((word) => UNNAMED.has(word))) return { kind: 'unnamed', text, name: lowerFirst(text) };
  const head = lastWord(headPart);
  if (INSTITUTION.has(head) || INSTITUTION.has(headPart.replace(/^the\s+/u, ''))) {
    const refersBack = /^the\s+(?:company|firm|group|bank|agency|ministry|union)$/u.test(folded);
    return { kind: 'institution', text, name: lowerFirst(withoutDeterminer(text)), refersBack };
  }
  return undefined;
}

/** Institution words that are proper names in their own right, and keep their capital. */
const PROPER_INSTITUTIONS = new Set(['kremlin', 'white house', 'pentagon']);

/**
 * "A senior US official" → "a senior US official", "Police" → "police": a determiner or common noun opening the
 * phrase loses the capital the start of the sentence gave it.
 */
function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? '';
  const folded = first.toLowerCase();
  const common =
    NOT_NAME.has(folded) ||
    OFFICE.has(folded) ||
    UNNAMED.has(folded) ||
    (INSTITUTION.has(folded) && !PROPER_INSTITUTIONS.has(folded));
  return common && /^\p{Lu}\p{Ll}*$/u.test(first) ? `${folded}${text.slice(first.length)}` : text;
}
