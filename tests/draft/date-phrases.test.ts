import { describe, expect, it } from 'vitest';
import { addDays, precisionMismatch } from '../../src/lib/language/dates.ts';
import { datelineLength, findDatePhrases, resolveDatePhrase, type Lean } from '../../src/lib/draft/date-phrases.ts';

/** The first date phrase of a sentence, resolved against a publication day. */
function read(sentence: string, published: string, lean: Lean = 'past') {
  const [phrase] = findDatePhrases(sentence);
  if (!phrase) return undefined;
  const date = resolveDatePhrase(phrase.meaning, published, lean);
  return date && { ...date, asWritten: phrase.text };
}

// Friday 8 August 2025: the seed article's publication day.
const FRIDAY = '2025-08-08';

describe('relative dates against the publication day', () => {
  it('reads next and last week as Monday to Sunday', () => {
    expect(read('He intends to meet Putin next week.', FRIDAY, 'future')).toMatchObject({
      start: '2025-08-11',
      end: '2025-08-17',
      precision: 'week',
      basis: 'inferred',
    });
    expect(read('They met last week.', FRIDAY)).toMatchObject({ start: '2025-07-28', end: '2025-08-03' });
  });

  it('reads "this week" looking back as the week so far, Monday to the publication day', () => {
    expect(read('This week, the envoy visited Moscow.', FRIDAY)).toMatchObject({
      start: '2025-08-04',
      end: FRIDAY,
      precision: 'week',
      basis: 'inferred',
      asWritten: 'This week',
    });
    // Published on a Monday, the week so far is that day; on a Sunday, it is the whole week.
    expect(read('Talks were held this week.', '2025-08-04')).toMatchObject({ start: '2025-08-04', end: '2025-08-04' });
    expect(read('Talks were held this week.', '2025-08-10')).toMatchObject({ start: '2025-08-04', end: '2025-08-10' });
  });

  it('reads "this week" looking ahead as the whole week, and lets "earlier" and "later" outweigh the tense', () => {
    expect(read('The envoy will visit Moscow this week.', FRIDAY, 'future')).toMatchObject({
      start: '2025-08-04',
      end: '2025-08-10',
    });
    expect(read('The council meets later this week.', FRIDAY)).toMatchObject({
      start: '2025-08-04',
      end: '2025-08-10',
    });
    expect(read('It may have been agreed earlier this week.', FRIDAY, 'future')).toMatchObject({
      start: '2025-08-04',
      end: FRIDAY,
    });
    // Only this week is cut short: last and next week lie wholly on one side of the publication day.
    expect(read('They met last week.', FRIDAY, 'future')).toMatchObject({ end: '2025-08-03' });
    expect(read('They meet next week.', FRIDAY, 'past')).toMatchObject({ start: '2025-08-11', end: '2025-08-17' });
  });

  it('reads months and years as calendar months and years', () => {
    expect(read('Prices rose last month.', FRIDAY)).toMatchObject({
      start: '2025-07-01',
      end: '2025-07-31',
      precision: 'month',
    });
    expect(read('Prices rose last month.', '2025-01-15')).toMatchObject({ start: '2024-12-01', end: '2024-12-31' });
    expect(read('Talks resume next month.', '2025-12-03')).toMatchObject({ start: '2026-01-01', end: '2026-01-31' });
    expect(read('No conflict this year.', FRIDAY)).toMatchObject({
      start: '2025-01-01',
      end: '2025-12-31',
      precision: 'year',
      basis: 'inferred',
    });
    expect(read('They spoke repeatedly in 2025.', FRIDAY)).toMatchObject({
      start: '2025-01-01',
      end: '2025-12-31',
      basis: 'stated',
      asWritten: 'in 2025',
    });
    expect(read('Growth slowed last year.', FRIDAY)).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('reads yesterday, today and tomorrow as days', () => {
    expect(read('Two people were injured yesterday.', FRIDAY)).toMatchObject({
      start: '2025-08-07',
      end: '2025-08-07',
    });
    expect(read('The talks end tomorrow.', FRIDAY)).toMatchObject({ start: '2025-08-09', precision: 'day' });
  });

  it('reads "in the coming days" as the week holding the third day after publication', () => {
    // A Friday's coming days fall in the next week; a Monday's in its own week.
    expect(read('A meeting is agreed in the coming days.', FRIDAY)).toMatchObject({
      start: '2025-08-11',
      end: '2025-08-17',
      precision: 'week',
    });
    expect(read('A meeting is agreed in the coming days.', '2025-08-04')).toMatchObject({
      start: '2025-08-04',
      end: '2025-08-10',
    });
  });

  it('reads a bare weekday as the last one before publication, or the next one when the sentence looks ahead', () => {
    expect(read('Witkoff visited Moscow on Wednesday.', FRIDAY)).toMatchObject({
      start: '2025-08-06',
      end: '2025-08-06',
    });
    expect(read('The board meets on Thursday.', '2025-09-22', 'future')).toMatchObject({ start: '2025-09-25' });
    expect(read('Stocks fell on Friday.', FRIDAY)).toMatchObject({ start: FRIDAY });
    expect(read('A vote is set for Monday.', FRIDAY)).toMatchObject({ start: '2025-08-11' });
    expect(read('They met last Friday.', FRIDAY)).toMatchObject({ start: '2025-08-01' });
    expect(read('They meet next Friday.', FRIDAY)).toMatchObject({ start: '2025-08-15' });
  });

  it('reads month-day dates in AP and Reuters styles, in the year nearest publication', () => {
    expect(read('However, the July 3 phone call lasted only an hour.', FRIDAY)).toMatchObject({
      start: '2025-07-03',
      end: '2025-07-03',
      precision: 'day',
      basis: 'stated',
      asWritten: 'July 3',
    });
    expect(read('Witkoff arrived on Aug. 6.', FRIDAY)).toMatchObject({ start: '2025-08-06' });
    expect(read('The summit opens Sept. 17.', FRIDAY)).toMatchObject({ start: '2025-09-17' });
    expect(read('The deal was signed on 5 March 2024.', FRIDAY)).toMatchObject({ start: '2024-03-05' });
    expect(read('It began Dec. 30.', '2026-01-04')).toMatchObject({ start: '2025-12-30' });
    expect(read('Talks resume Jan. 4.', '2025-12-28', 'future')).toMatchObject({ start: '2026-01-04' });
  });

  it('reads named months, looking ahead after "by" and "until"', () => {
    expect(read('Prices rose 3.8% in August.', '2025-09-22')).toMatchObject({
      start: '2025-08-01',
      end: '2025-08-31',
      precision: 'month',
    });
    expect(read('Rates stay on hold until at least March.', '2025-09-22')).toMatchObject({ start: '2026-03-01' });
    expect(read('A cut is expected by December.', '2025-09-22')).toMatchObject({ start: '2025-12-01' });
    expect(read('Elections are due in May 2026.', FRIDAY)).toMatchObject({ start: '2026-05-01', basis: 'stated' });
  });

  it('finds no date where the text gives none, and does not take "may" for May', () => {
    expect(findDatePhrases('Putin may issue an ultimatum at a meeting with Trump.')).toEqual([]);
    expect(findDatePhrases('The strike is the longest since 2019.')).toEqual([]);
    expect(findDatePhrases('He has been in office since Monday.')).toEqual([]);
    expect(findDatePhrases('The march on the capital was peaceful.')).toEqual([]);
  });

  it('lists several phrases in reading order, without overlaps', () => {
    expect(
      findDatePhrases('Talks broke up late on Wednesday, Reyes told reporters on Thursday.').map((p) => p.text),
    ).toEqual(['late on Wednesday', 'on Thursday']);
    expect(findDatePhrases('It was signed on Aug. 6, 2025.').map((p) => p.text)).toEqual(['on Aug. 6, 2025']);
  });

  it('skips the date of a wire dateline, which is when the story was filed', () => {
    const sentence = 'HALVIK, March 13 (Northline Wire) — Dockworkers stayed out.';
    expect(datelineLength(sentence)).toBeGreaterThan(0);
    expect(findDatePhrases(sentence)).toEqual([]);
    expect(findDatePhrases('NEW YORK (AP) — Stocks fell on Wednesday.').map((p) => p.text)).toEqual(['on Wednesday']);
  });

  it('gives ranges the content check accepts, whatever the publication day', () => {
    const phrases = [
      'this week',
      'next week',
      'last week',
      'last month',
      'next month',
      'this year',
      'in the coming days',
      'on Sunday',
      'in February',
      'Feb. 29',
    ];
    for (let offset = 0; offset < 400; offset += 3) {
      const published = addDays('2023-12-25', offset);
      for (const text of phrases) {
        for (const lean of ['past', 'future'] as const) {
          const date = read(`It happens ${text}.`, published, lean);
          if (!date) continue; // Feb. 29 exists only in leap years.
          expect(precisionMismatch(date, date.precision, published), `${text} on ${published}`).toBeUndefined();
          expect(date.start <= date.end).toBe(true);
        }
      }
    }
  });
});
