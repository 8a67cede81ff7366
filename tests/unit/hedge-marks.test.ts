import { describe, expect, it } from 'vitest';
import { findHedges } from '../../src/lib/language/cues.ts';
import { hedgeEffect, hedgeNotes, hedgeSegments } from '../../src/lib/language/hedge-marks.ts';

const marked = (text: string) =>
  hedgeSegments(text)
    .filter((segment) => segment.hedge)
    .map((segment) => segment.text);

describe('hedgeSegments', () => {
  it('cuts a text at its hedge cues and gives it back whole when joined', () => {
    const text = 'This would likely play into his hands, as Trump could accuse Ukraine.';
    const segments = hedgeSegments(text);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(marked(text)).toEqual(['would', 'likely', 'could']);
    expect(segments.map((segment) => segment.text)).toEqual([
      'This ',
      'would',
      ' ',
      'likely',
      ' play into his hands, as Trump ',
      'could',
      ' accuse Ukraine.',
    ]);
  });

  it('keeps what the lexicon says of each cue', () => {
    const [possible] = hedgeSegments('They spoke of a possible meeting.').flatMap((segment) =>
      segment.hedge ? [segment.hedge] : [],
    );
    expect(possible).toMatchObject({ cue: 'possible', scope: 'phrase', forward: true });
  });

  it('marks a cue at either end of the text, and multi-word cues whole, as written', () => {
    expect(hedgeSegments('Allegedly, he left.').map((segment) => segment.text)).toEqual(['Allegedly', ', he left.']);
    expect(marked('He is expected  to resign')).toEqual(['expected  to']);
    expect(hedgeSegments('He may').at(-1)).toMatchObject({ text: 'may' });
  });

  it('leaves a text without cues as one plain run, and an empty text as none', () => {
    expect(hedgeSegments('Witkoff visited Moscow.')).toEqual([{ text: 'Witkoff visited Moscow.' }]);
    expect(hedgeSegments('')).toEqual([]);
  });

  it('does not mark words the lexicon leaves alone: "May" the month, "Mayor"', () => {
    expect(marked('In May the Mayor may resign.')).toEqual(['may']);
  });

  it('skips a match that overlaps the one before or does not fit the text, rather than garbling it', () => {
    const text = 'It may well be.';
    const [may] = findHedges(text);
    if (!may) throw new Error('"may" is a hedge cue');
    const bogus = { ...may, start: may.start + 1, end: may.end + 1, text: 'ay ' };
    const segments = hedgeSegments(text, [may, bogus]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.hedge)).toHaveLength(1);
  });
});

describe('hedgeEffect and hedgeNotes', () => {
  it('says whether a cue looks ahead, only softens, or qualifies a phrase', () => {
    expect(hedgeEffect({ forward: true, scope: 'claim' })).toMatch(/^looks ahead/);
    expect(hedgeEffect({ forward: false, scope: 'claim' })).toMatch(/^weakens the claim/);
    expect(hedgeEffect({ forward: true, scope: 'phrase' })).toMatch(/^qualifies only the words/);
  });

  it('lists each cue once per effect, in order of first appearance', () => {
    expect(hedgeNotes('It may rain, it may snow, and it may have hailed; allegedly.')).toEqual([
      { cue: 'may', effect: hedgeEffect({ forward: true, scope: 'claim' }) },
      { cue: 'may', effect: hedgeEffect({ forward: false, scope: 'claim' }) },
      { cue: 'allegedly', effect: hedgeEffect({ forward: false, scope: 'claim' }) },
    ]);
    expect(hedgeNotes('Witkoff visited Moscow.')).toEqual([]);
  });
});
