import type { Problem } from './problems.ts';
import type { SourceData } from '../schema/source.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../language/lexicon/calendar-words.ts';

/**
 * The review state of content (issue 14): what `npm run claims:draft` wrote and no editor has reviewed yet, and
 * drafted sources whose words look like a misreading rather than a name, a role or an affiliation. Pure: the
 * caller says whether the run publishes (the build) and whether drafts are wanted in it (a preview).
 */

export interface ReviewOptions {
  /** The run publishes the site (`astro build`): an unreviewed draft is an error unless `previewDrafts`. */
  publish?: boolean | undefined;
  /** A preview build that includes drafts and marks them on the pages (`npm run build:preview`). */
  previewDrafts?: boolean | undefined;
}

/** One entry that may be a draft: a claim file or a source file, with where its `draft:` line stands. */
export interface ReviewEntry {
  file: string;
  data: { draft?: boolean | undefined };
}

export type LineOf = (file: string, path: readonly PropertyKey[]) => number | undefined;

const REVIEW_ADVICE = 'review it and remove `draft: true`';

/**
 * One line per unreviewed draft. A warning while checking or previewing; an error when the run publishes, since
 * publishing would put machine text before readers as if an editor had checked it.
 */
export function draftProblems(entries: Iterable<ReviewEntry>, lineOf: LineOf, options: ReviewOptions = {}): Problem[] {
  const refuse = options.publish === true && options.previewDrafts !== true;
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.data.draft !== true) continue;
    problems.push({
      file: entry.file,
      line: lineOf(entry.file, ['draft']),
      field: 'draft',
      message: refuse
        ? `is a draft: ${REVIEW_ADVICE}, or build a preview with \`npm run build:preview\``
        : `is a draft no editor has reviewed yet: ${REVIEW_ADVICE}`,
      severity: refuse ? 'error' : 'warning',
    });
  }
  return problems;
}

/** How many of `entries` are unreviewed drafts, for the check's summary line. */
export const countDrafts = (entries: Iterable<ReviewEntry>): number =>
  [...entries].filter((entry) => entry.data.draft === true).length;

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
const MONTHS: readonly string[] = MONTH_NAMES;

/**
 * Places a news story names in a dateline or a "in Moscow, officials said" clause, where a drafter may take the
 * place for the speaker. A short list on purpose: a warning on a rarer place costs the editor less than a missed one.
 */
const PLACES = [
  'washington',
  'moscow',
  'kyiv',
  'kiev',
  'london',
  'paris',
  'berlin',
  'brussels',
  'beijing',
  'tokyo',
  'geneva',
  'vienna',
  'rome',
  'madrid',
  'warsaw',
  'ankara',
  'istanbul',
  'tehran',
  'jerusalem',
  'gaza',
  'cairo',
  'riyadh',
  'doha',
  'dubai',
  'delhi',
  'new delhi',
  'new york',
  'alaska',
  'europe',
  'africa',
  'asia',
  'america',
  'united states',
  'russia',
  'ukraine',
  'china',
  'britain',
  'france',
  'germany',
  'the kremlin',
  'the white house',
];

/**
 * Common words that open or carry an attribution ("Officials said", "Police say", "However, …"): a person or an
 * institution named by one of these alone is a word of the sentence, not its speaker.
 */
const COMMON_WORDS = new Set([
  'officials',
  'official',
  'sources',
  'source',
  'police',
  'government',
  'authorities',
  'ministry',
  'minister',
  'president',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'analysts',
  'experts',
  'residents',
  'witnesses',
  'lawyers',
  'diplomats',
  'company',
  'union',
  'he',
  'she',
  'they',
  'it',
  'we',
  'the',
  'this',
  'that',
  'there',
  'however',
  'meanwhile',
  'but',
  'and',
  'also',
  'earlier',
  'later',
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'last',
  'next',
  'according',
]);

const fold = (value: string) =>
  value
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[.,;:!?"“”]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** Why `name` reads as something other than a person's or organisation's name, if it does. */
export function nameLooksWrong(name: string): string | undefined {
  const folded = fold(name).replace(/^(?:on|in|at|last|next|this|early|late) /u, '');
  if (WEEKDAYS.includes(folded))
    return 'is a day of the week, not a name: the drafter may have taken a date phrase for the speaker';
  if (MONTHS.includes(folded))
    return 'is a month, not a name: the drafter may have taken a date phrase for the speaker';
  if (PLACES.includes(folded))
    return 'is a place, not a speaker: the drafter may have taken a dateline or a place for the speaker';
  const words = name.trim().split(/\s+/u);
  if (words.length === 1 && /^\p{Lu}/u.test(name.trim()) && COMMON_WORDS.has(folded)) {
    return 'is a single common word, not a name: the drafter may have taken a word of the sentence for the speaker';
  }
  return undefined;
}

/** Words that stand in for a value the text did not give: a page must not show them as if they were one. */
const PLACEHOLDER =
  /^(?:unknown|n\/?a|none|nil|tbd|tbc|unspecified|unclear|[-–—?…]+|not (?:given|stated|known|specified|named|mentioned|clear|available|reported)\b.*)$/u;

/**
 * A finite or auxiliary verb: a role is a noun phrase ("senior transport official"), so one of these means a piece
 * of the sentence was taken for it ("government was preparing to appoint").
 */
const VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|did|does|do|said|says|told|tells)\b/u;

/** A phrase that ends on a word that needs another after it was cut from a longer sentence ("as early as"). */
const DANGLING_END = /\b(?:as|of|the|a|an|and|or|to|for|with|by|at|in|on|from|that|than|which|who)$/u;

/** Why a role or an affiliation reads as a placeholder or a piece of a sentence, if it does. */
export function describingLooksWrong(value: string): string | undefined {
  const folded = fold(value);
  if (folded === '' || PLACEHOLDER.test(folded)) {
    return `"${value}" is a placeholder: give what the text says, or use a group source if it gives no name and role`;
  }
  if (VERB.test(folded) || DANGLING_END.test(folded)) {
    return `"${value}" reads as a piece of a sentence, not a role: give the role the text gives`;
  }
  return undefined;
}

/**
 * Warnings on sources that look misread (a weekday, month or place as a person; a placeholder or a sentence
 * fragment as a role): one line per field, naming the file and the field's line.
 */
export function suspiciousSourceWarnings(
  sources: Iterable<{ file: string; data: SourceData }>,
  lineOf: LineOf,
): Problem[] {
  const warnings: Problem[] = [];
  const warn = (file: string, field: string, message: string) =>
    warnings.push({ file, line: lineOf(file, [field]), field, message, severity: 'warning' });
  for (const { file, data } of sources) {
    if (data.type !== 'person' && data.type !== 'institution') continue;
    const name = nameLooksWrong(data.name);
    if (name) warn(file, 'name', `"${data.name}" ${name}`);
    if (data.type !== 'person') continue;
    for (const field of ['role', 'affiliation'] as const) {
      const why = describingLooksWrong(data[field]);
      if (why) warn(file, field, why);
    }
  }
  return warnings;
}

/**
 * An event (something that happened) dated after the day the article was published: most often a weekday in
 * the past ("on Monday") counted forward instead of back.
 */
export function eventAfterPublication(
  claim: { file: string; data: { kind: string; date?: { start: string } | undefined } },
  published: string,
  lineOf: LineOf,
): Problem | undefined {
  const start = claim.data.date?.start;
  if (claim.data.kind !== 'event' || start === undefined || start <= published) return undefined;
  return {
    file: claim.file,
    line: lineOf(claim.file, ['date', 'start']),
    field: 'date.start',
    message:
      `${start} is after the article's publication day ${published}, but an event is something that has happened: ` +
      'a past weekday ("on Monday") is the one before publication; fix the date, or make the kind prediction',
    severity: 'warning',
  };
}

/**
 * The entry without its drafter's notes: they are for the editor, and never reach a page or the export. The type
 * stays the entry's own (the field is optional in it), which keeps a union of source shapes a union.
 */
export function withoutDrafterNotes<Data extends object>(data: Data): Data {
  if (!('drafterNotes' in data)) return data;
  const rest: Record<string, unknown> = { ...data };
  delete rest.drafterNotes;
  return rest as Data;
}

/** Every review-state problem of checked content: drafts, misread sources, events after publication. */
export function reviewProblems(
  content: {
    sources: ReadonlyMap<string, { file: string; data: SourceData }>;
    articles: ReadonlyMap<string, { data: { published: string } }>;
    claims: readonly {
      file: string;
      data: { article: string; kind: string; draft?: boolean | undefined; date?: { start: string } | undefined };
    }[];
  },
  lineOf: LineOf,
  options: ReviewOptions = {},
): Problem[] {
  const sources = [...content.sources.values()];
  const problems = [...draftProblems([...sources, ...content.claims], lineOf, options)];
  problems.push(...suspiciousSourceWarnings(sources, lineOf));
  for (const claim of content.claims) {
    const published = content.articles.get(claim.data.article)?.data.published;
    const late = published === undefined ? undefined : eventAfterPublication(claim, published, lineOf);
    if (late) problems.push(late);
  }
  return problems;
}

/** How many claims and sources are drafts: any at all makes a build a preview (drafts fail a publishing build). */
export function draftCounts(content: {
  claims: readonly { draft?: boolean | undefined }[];
  sources: readonly { draft?: boolean | undefined }[];
}): { claims: number; sources: number } {
  return {
    claims: content.claims.filter((claim) => claim.draft === true).length,
    sources: content.sources.filter((source) => source.draft === true).length,
  };
}
