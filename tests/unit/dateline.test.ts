import { describe, expect, it } from 'vitest';
import { findDateline, withoutDateline } from '../../src/lib/language/dateline.ts';

/** The dateline findDateline reads at the start of a first paragraph, or undefined. */
const datelineOf = (paragraph: string, later: string[] = []) => findDateline(paragraph, later)?.text;
/** What is left of the paragraph for the story once the dateline is taken off. */
const storyOf = (paragraph: string) => paragraph.slice(findDateline(paragraph)?.length ?? 0);

describe('findDateline: the forms of an English wire dateline', () => {
  it.each([
    ['VARNHOLT (AP) — Crews stayed ashore.', 'VARNHOLT (AP)'],
    ['VARNHOLT, Aug. 8 (Reuters) - Crews stayed ashore.', 'VARNHOLT, Aug. 8 (Reuters)'],
    ['VARNHOLT, Aug 8 (Reuters) - Crews stayed ashore.', 'VARNHOLT, Aug 8 (Reuters)'],
    ['VARNHOLT, October 15 (Northline Wire) – Crews stayed ashore.', 'VARNHOLT, October 15 (Northline Wire)'],
    ['VARNHOLT, 15 Oct (dpa) - Crews stayed ashore.', 'VARNHOLT, 15 Oct (dpa)'],
    ['VARNHOLT, 15 October 2025 (AFP) — Crews stayed ashore.', 'VARNHOLT, 15 October 2025 (AFP)'],
    ['VARNHOLT, Sept. 26, 2025 - Crews stayed ashore.', 'VARNHOLT, Sept. 26, 2025'],
    ['VARNHOLT, OCT 3 (Reuters) - Crews stayed ashore.', 'VARNHOLT, OCT 3 (Reuters)'],
    ['PORT ELSMERE, Ruritania (Reuters) - Crews stayed ashore.', 'PORT ELSMERE, Ruritania (Reuters)'],
    ['PORT ELSMERE, RURITANIA — Crews stayed ashore.', 'PORT ELSMERE, RURITANIA'],
    ['NEW TARRANT, Mich., Oct. 4 (UPI) — Crews stayed ashore.', 'NEW TARRANT, Mich., Oct. 4 (UPI)'],
    ['ST. ORRIN, N.Y. - Crews stayed ashore.', 'ST. ORRIN, N.Y.'],
    ['LAKE ORRIN, Northern Upland — Crews stayed ashore.', 'LAKE ORRIN, Northern Upland'],
    ['SAINT-AUBIN-DU-LAC — Crews stayed ashore.', 'SAINT-AUBIN-DU-LAC'],
    ['XI’ANDU — Crews stayed ashore.', 'XI’ANDU'],
    ['SÃO MIRANTE — Crews stayed ashore.', 'SÃO MIRANTE'],
    ['VARNHOLT -- Crews stayed ashore.', 'VARNHOLT'],
    ['VARNHOLT ― Crews stayed ashore.', 'VARNHOLT'],
    ['NEW VARNHOLT: Crews stayed ashore.', 'NEW VARNHOLT'],
    ['VARNHOLT — "We stay ashore," the crews said.', 'VARNHOLT'],
    ["VARNHOLT -- ''We stay ashore,'' the crews said.", 'VARNHOLT'],
    ['VARNHOLT — 300 crew members stayed ashore.', 'VARNHOLT'],
    // A second dash in the story's first sentence, closing no aside of the place.
    ['VARNHOLT — Crews stayed ashore — a strike in all but name.', 'VARNHOLT'],
    ['VARNHOLT - Talks broke up - and the crews went home.', 'VARNHOLT'],
  ])('reads %j', (paragraph, dateline) => {
    expect(datelineOf(paragraph)).toBe(dateline);
    expect(storyOf(paragraph)).toMatch(/^[A-Z0-9"']/u);
  });

  it('takes the dash or colon and the spaces after it, not the story', () => {
    expect(storyOf('VARNHOLT, Aug. 8 (Reuters) - Crews stayed ashore.')).toBe('Crews stayed ashore.');
    expect(storyOf('VARNHOLT:  Crews stayed ashore.')).toBe('Crews stayed ashore.');
    // A soft line break after the dash, as markdown keeps it.
    expect(storyOf('VARNHOLT (AP) —\nCrews stayed ashore.')).toBe('Crews stayed ashore.');
  });

  it('reads a paragraph that is a dateline and nothing else', () => {
    expect(findDateline('VARNHOLT (AP) —')).toEqual({ text: 'VARNHOLT (AP)', length: 15 });
  });

  it('folds the white space inside the dateline', () => {
    expect(datelineOf('NEW\u00A0TARRANT, Oct. 4 (UPI) — Crews stayed ashore.')).toBe('NEW TARRANT, Oct. 4 (UPI)');
  });
});

describe('findDateline: sentences that only look like one', () => {
  it.each([
    // A name in capitals that is the sentence's subject.
    'NATO, the alliance, said on Monday that it would meet again.',
    'U.S. officials said on Monday that talks would resume.',
    'WASHINGTON said it would not send a delegation.',
    'WASHINGTON, it said, would not send a delegation.',
    'NATO said: "We will meet again."',
    // Capitals inside a sentence, not at its start.
    'The NATO summit — held in Varnholt — ended early.',
    'Officials met in VARNHOLT - the port city - on Monday.',
    // An aside between two dashes, or a lower-case word after the dash.
    'NASA — Ruritania’s partner on the module — said it would wait.',
    'OPEC -- Ruritania’s main supplier -- has cut its output.',
    'VARNHOLT — the port city — was quiet on Monday.',
    // A dash with no space around it.
    'VARNHOLT-based crews stayed ashore.',
    'VARNHOLT—Crews stayed ashore.',
    'ORRIN--Jerome Arthur, 98, of Varnholt, died on Friday.',
    // The labels newsrooms set before an item are not places.
    'BREAKING: The port of Varnholt closed.',
    'UPDATE — The ministry corrected the figure.',
    "EDITOR'S NOTE: This story was first published on Monday.",
    // One capital letter: an interview's question and answer, a speaker's hesitation.
    'Q: Why did the crews stay ashore?',
    'I — I cannot say that.',
    // A heading-like line that ends with a full stop.
    'ABSTRACT.',
    'CREWS STAY ASHORE.',
  ])('leaves %j whole', (paragraph) => {
    expect(findDateline(paragraph)).toBeUndefined();
  });

  it('reads a name and a colon as a transcript’s speaker when other paragraphs open the same way', () => {
    const opening = 'MODERATOR: Good evening, and welcome.';
    expect(datelineOf(opening, ['ORRIN: Thank you.', 'The audience laughed.'])).toBeUndefined();
    expect(datelineOf('VARNHOLT: Crews stayed ashore.', ['Talks stalled.', 'The ministry said so.'])).toBe('VARNHOLT');
    // A dash dateline is a dateline whatever the paragraphs after it hold.
    expect(datelineOf('VARNHOLT (AP) — Crews stayed ashore.', ['ORRIN: Thank you.'])).toBe('VARNHOLT (AP)');
  });
});

describe('withoutDateline', () => {
  const dateline = { text: 'VARNHOLT, Aug. 8 (Reuters)' };

  it('takes the dateline and its dash off an excerpt that opens with it', () => {
    expect(withoutDateline('VARNHOLT, Aug. 8 (Reuters) - Crews stayed ashore.', dateline)).toBe('Crews stayed ashore.');
    expect(withoutDateline('VARNHOLT, Aug. 8 (Reuters) —\n Crews stayed ashore.', dateline)).toBe(
      'Crews stayed ashore.',
    );
    expect(withoutDateline('VARNHOLT, Aug. 8 (Reuters) Crews stayed ashore.', dateline)).toBe('Crews stayed ashore.');
    expect(withoutDateline('VARNHOLT, Aug. 8 (Reuters) -', dateline)).toBe('');
  });

  it('leaves out an excerpt that does not open with the dateline', () => {
    expect(withoutDateline('Crews stayed ashore.', dateline)).toBeUndefined();
    expect(withoutDateline('Crews in VARNHOLT, Aug. 8 (Reuters) - stayed.', dateline)).toBeUndefined();
    expect(withoutDateline('VARNHOLTER crews stayed ashore.', { text: 'VARNHOLT' })).toBeUndefined();
  });
});
