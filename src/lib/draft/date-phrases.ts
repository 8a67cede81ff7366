import { findDateline } from '../language/dateline.ts';
import {
  addDays,
  isoWeekday,
  lastDayOfMonth,
  parseIsoDay,
  rangeFor,
  weekSoFar,
  type Precision,
} from '../language/dates.ts';

/**
 * Date phrases in a sentence and what they mean against the publication day: "on Wednesday", "this week", "next
 * week", "last month", "yesterday", "in the coming days", "July 3", "Aug. 6", "in August", "in 2025", "this year".
 * Weeks run Monday to Sunday (ISO 8601) and months are calendar months, as the content check requires; what has
 * happened "this week" runs only to the publication day (the week so far), since the rest of the week was yet to come.
 */

/** How a phrase leans in time when the words alone do not say: the sentence's tense decides. */
export type Lean = 'past' | 'future';

export type PhraseMeaning =
  | { type: 'weekday'; weekday: number; modifier: string }
  | { type: 'day'; offset: number }
  /** `lean`: the side of the publication day the words themselves give ("earlier this week", "later this week"). */
  | { type: 'week' | 'month' | 'year'; offset: number; lean?: Lean | undefined }
  | { type: 'coming-days' }
  | { type: 'month-day'; month: number; day: number; year?: number | undefined }
  | { type: 'named-month'; month: number; year?: number | undefined; modifier: string }
  | { type: 'calendar-year'; year: number };

export interface DatePhrase {
  /** The words as written ("in the coming days", "Aug. 6"). */
  text: string;
  start: number;
  end: number;
  meaning: PhraseMeaning;
}

export interface ResolvedDate {
  start: string;
  end: string;
  precision: Precision;
  /** `stated` when the phrase names the day, month or year itself; `inferred` when it is relative. */
  basis: 'stated' | 'inferred';
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Month names and the abbreviations of the AP Stylebook ("Aug.", "Sept.") and of Reuters ("Aug 8"). */
const MONTH_FORMS: readonly (readonly [string, number])[] = [
  ['January', 1],
  ['Jan', 1],
  ['February', 2],
  ['Feb', 2],
  ['March', 3],
  ['Mar', 3],
  ['April', 4],
  ['Apr', 4],
  ['May', 5],
  ['June', 6],
  ['Jun', 6],
  ['July', 7],
  ['Jul', 7],
  ['August', 8],
  ['Aug', 8],
  ['September', 9],
  ['Sept', 9],
  ['Sep', 9],
  ['October', 10],
  ['Oct', 10],
  ['November', 11],
  ['Nov', 11],
  ['December', 12],
  ['Dec', 12],
];
const MONTH_NUMBER = new Map(MONTH_FORMS.map(([name, number]) => [name.toLowerCase(), number]));
const MONTH = `(${MONTH_FORMS.map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** Full month names only: an abbreviation or "May" on its own is too ambiguous without a day or a year. */
const FULL_MONTH = `(${MONTH_FORMS.filter(([name]) => name.length > 3 || name === 'May')
  .map(([name]) => name)
  .join('|')})`;

const offsetOf = (word: string) => (/^last$/iu.test(word) ? -1 : /^next$/iu.test(word) ? 1 : 0);
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

interface Rule {
  pattern: RegExp;
  read(match: RegExpExecArray): PhraseMeaning | undefined;
}

const RULES: Rule[] = [
  {
    pattern: new RegExp(
      `\\b(?:(on|by|until|before|for|from)\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
      'giu',
    ),
    read: (match) => {
      const month = MONTH_NUMBER.get((match[2] ?? '').toLowerCase());
      const day = Number(match[3]);
      if (!month || !capitalised(match[2] ?? '') || day < 1 || day > 31) return undefined;
      return { type: 'month-day', month, day, year: match[4] ? Number(match[4]) : undefined };
    },
  },
  {
    pattern: new RegExp(`\\b(?:on\\s+)?(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'giu'),
    read: (match) => {
      const month = MONTH_NUMBER.get((match[2] ?? '').toLowerCase());
      const day = Number(match[1]);
      if (!month || !capitalised(match[2] ?? '') || day < 1 || day > 31) return undefined;
      return { type: 'month-day', month, day, year: match[3] ? Number(match[3]) : undefined };
    },
  },
  {
    pattern: new RegExp(
      `\\b(in|by|until|till|before|during|from|early|late|mid-|last|next|this|as early as)\\s+(?:at\\s+least\\s+|as\\s+early\\s+as\\s+|early\\s+|late\\s+|mid-)?${FULL_MONTH}(?:\\s+(\\d{4}))?\\b`,
      'giu',
    ),
    read: (match) => {
      const month = MONTH_NUMBER.get((match[2] ?? '').toLowerCase());
      if (!month || !capitalised(match[2] ?? '')) return undefined;
      return {
        type: 'named-month',
        month,
        year: match[3] ? Number(match[3]) : undefined,
        modifier: (match[1] ?? '').toLowerCase(),
      };
    },
  },
  {
    pattern: new RegExp(`\\b${FULL_MONTH}\\s+(\\d{4})\\b`, 'gu'),
    read: (match) => {
      const month = MONTH_NUMBER.get((match[1] ?? '').toLowerCase());
      return month ? { type: 'named-month', month, year: Number(match[2]), modifier: '' } : undefined;
    },
  },
  {
    pattern: /\b(?:in|during|by|until|throughout|for|early|late|mid-|since)\s*((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/giu,
    read: (match) => (/^since/iu.test(match[0]) ? undefined : { type: 'calendar-year', year: Number(match[1]) }),
  },
  {
    pattern: /\b(?:(earlier|later)\s+)?(this|last|next)\s+(week|month|year)\b/giu,
    read: (match) => {
      const unit = (match[3] ?? '').toLowerCase() as 'week' | 'month' | 'year';
      // "earlier this week" has happened and "later this week" has not, whatever the tense around them.
      const side = (match[1] ?? '').toLowerCase();
      const lean = side === 'earlier' ? 'past' : side === 'later' ? 'future' : undefined;
      return { type: unit, offset: offsetOf(match[2] ?? ''), lean };
    },
  },
  {
    pattern: /\b(yesterday|today|tomorrow|tonight|last night)\b/giu,
    read: (match) => {
      const word = (match[1] ?? '').toLowerCase();
      return { type: 'day', offset: word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    pattern: /\b(?:in|over|within)\s+(?:the\s+)?(?:coming|next(?:\s+few)?)\s+days\b/giu,
    read: () => ({ type: 'coming-days' }),
  },
  {
    pattern: new RegExp(
      `\\b(?:(late on|early on|as early as|as soon as|on|this|last|next|for|by|until|from|since)\\s+)?(${WEEKDAYS.join('|')})\\b`,
      'giu',
    ),
    read: (match) => {
      const name = match[2] ?? '';
      const modifier = (match[1] ?? '').toLowerCase();
      if (!capitalised(name) || modifier === 'since') return undefined;
      return { type: 'weekday', weekday: WEEKDAYS.indexOf(name.replace(/^\w/u, (c) => c.toUpperCase())) + 1, modifier };
    },
  },
];

/**
 * The length of a wire dateline at the start of a sentence, or 0: its date is when the story was filed, not when
 * anything in it happened (AP Stylebook, "datelines"). The article reader's own rule (language/dateline.ts) decides.
 */
export const datelineLength = (sentence: string) => findDateline(sentence)?.length ?? 0;

/** Date phrases in a sentence, in reading order; phrases inside a dateline are left out. */
export function findDatePhrases(sentence: string): DatePhrase[] {
  const skip = datelineLength(sentence);
  const found: DatePhrase[] = [];
  for (const rule of RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      if (match.index < skip) continue;
      const meaning = rule.read(match);
      if (!meaning) continue;
      found.push({ text: match[0], start: match.index, end: match.index + match[0].length, meaning });
    }
  }
  // Earlier rules are the more specific ("Aug. 6" before "Aug."); a later phrase inside an earlier one is dropped.
  const kept: DatePhrase[] = [];
  for (const phrase of found) {
    if (!kept.some((other) => phrase.start < other.end && other.start < phrase.end)) kept.push(phrase);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const monthRange = (year: number, month: number) => ({
  start: dayOf(year, month, 1),
  end: lastDayOfMonth(year, month),
});

/** The candidate nearest the publication day, or the first on its side when the sentence leans one way. */
function pick(candidates: string[], published: string, lean: Lean | 'either'): string | undefined {
  const valid = candidates.filter((day) => parseIsoDay(day) !== undefined);
  const distance = (day: string) =>
    Math.abs((parseIsoDay(day)?.getTime() ?? 0) - (parseIsoDay(published)?.getTime() ?? 0));
  const sided = lean === 'future' ? valid.filter((day) => day >= published) : valid;
  // Ties go to the past: news reports more often look back than ahead.
  return [...(sided.length > 0 ? sided : valid)].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))[0];
}

/**
 * What a phrase means against the publication day. `lean` breaks the ties the words leave open: a bare weekday is
 * the last one before publication unless the sentence looks forward; a month or day without a year is the nearest,
 * or the nearest ahead when the sentence looks forward; "this week" looking back is the week so far (Monday to the
 * publication day), looking forward the whole week.
 */
export function resolveDatePhrase(meaning: PhraseMeaning, published: string, lean: Lean): ResolvedDate | undefined {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  switch (meaning.type) {
    case 'day': {
      const day = addDays(published, meaning.offset);
      return { start: day, end: day, precision: 'day', basis: 'inferred' };
    }
    case 'week': {
      // What has happened "this week" happened by the publication day: the week so far, not days still to come.
      const soFar = meaning.offset === 0 && (meaning.lean ?? lean) === 'past';
      const range = soFar ? weekSoFar(published) : rangeFor('week', addDays(published, 7 * meaning.offset));
      return { ...range, precision: 'week', basis: 'inferred' };
    }
    case 'month': {
      const index = year * 12 + (month - 1) + meaning.offset;
      return { ...monthRange(Math.floor(index / 12), (index % 12) + 1), precision: 'month', basis: 'inferred' };
    }
    case 'year':
      return { ...rangeFor('year', `${year + meaning.offset}-01-01`), precision: 'year', basis: 'inferred' };
    case 'coming-days':
      // "In the coming days" is a few days ahead: the week holding the third day after publication, so that a
      // Friday's "coming days" is the next week and a Monday's the same week.
      return { ...rangeFor('week', addDays(published, 3)), precision: 'week', basis: 'inferred' };
    case 'calendar-year':
      return { ...rangeFor('year', `${meaning.year}-01-01`), precision: 'year', basis: 'stated' };
    case 'month-day': {
      const years = meaning.year ? [meaning.year] : [year - 1, year, year + 1];
      const day = pick(
        years.map((candidate) => dayOf(candidate, meaning.month, meaning.day)),
        published,
        meaning.year ? 'either' : lean,
      );
      return day ? { start: day, end: day, precision: 'day', basis: 'stated' } : undefined;
    }
    case 'named-month': {
      if (meaning.year) return { ...monthRange(meaning.year, meaning.month), precision: 'month', basis: 'stated' };
      const thisMonth = dayOf(year, month, 1);
      const candidates = [year - 1, year, year + 1].map((candidate) => dayOf(candidate, meaning.month, 1));
      let first: string | undefined;
      if (meaning.modifier === 'last') first = candidates.filter((day) => day < thisMonth).at(-1);
      else if (meaning.modifier === 'next') first = candidates.find((day) => day > thisMonth);
      else if (meaning.modifier === 'this') first = dayOf(year, meaning.month, 1);
      else {
        const forward = /^(?:by|until|till|before|as early as)$/u.test(meaning.modifier) ? 'future' : lean;
        // A month is "ahead" while it has not ended: compare with the first of the publication month.
        first = pick(candidates, forward === 'future' ? thisMonth : published, forward);
      }
      if (!first) return undefined;
      return {
        ...monthRange(Number(first.slice(0, 4)), Number(first.slice(5, 7))),
        precision: 'month',
        basis: 'stated',
      };
    }
    case 'weekday': {
      const today = isoWeekday(published);
      const ahead = (meaning.weekday - today + 7) % 7;
      const behind = (today - meaning.weekday + 7) % 7;
      let offset: number;
      if (meaning.modifier === 'last') offset = -(behind === 0 ? 7 : behind);
      else if (meaning.modifier === 'next') offset = ahead === 0 ? 7 : ahead;
      else if (meaning.modifier === 'this') offset = meaning.weekday - today;
      // "as early as Friday", "by Friday": a limit ahead of the writing, whatever the tense around it.
      else if (/^(?:for|by|until|from|as early as|as soon as)$/u.test(meaning.modifier) || lean === 'future')
        offset = ahead;
      else offset = -behind;
      const day = addDays(published, offset);
      return { start: day, end: day, precision: 'day', basis: 'inferred' };
    }
  }
}
