import { describe, expect, it } from 'vitest';
import { didYouMean, fieldName, formatProblem } from '../../src/lib/content/problems.ts';
import { shownValue } from '../../src/lib/content/schema-problems.ts';

describe('problems', () => {
  it('formats path:line: field: message, as the contract says', () => {
    expect(
      formatProblem({ file: 'content/a.md', line: 4, field: 'date.end', message: 'is wrong', severity: 'error' }),
    ).toBe('content/a.md:4: date.end: is wrong');
    expect(formatProblem({ file: 'content/a.md', field: 'file', message: 'is empty', severity: 'error' })).toBe(
      'content/a.md: file: is empty',
    );
    expect(formatProblem({ file: 'content/a.md', line: 2, field: 'kind', message: 'hm', severity: 'warning' })).toBe(
      'content/a.md:2: kind: warning: hm',
    );
  });

  it('names nested fields with dots and list positions', () => {
    expect(fieldName(['attribution', 'chain', 1])).toBe('attribution.chain[1]');
  });

  it('suggests the closest known word only when it is close', () => {
    expect(didYouMean('excrept', ['excerpt', 'kind'])).toBe('excerpt');
    expect(didYouMean('Kind', ['excerpt', 'kind'])).toBe('kind');
    expect(didYouMean('zzzzzz', ['excerpt', 'kind'])).toBeUndefined();
  });
});

describe('shownValue', () => {
  it('shows a wrong value as JSON, a date as its day', () => {
    expect(shownValue('days')).toBe('"days"');
    expect(shownValue(7)).toBe('7');
    expect(shownValue(new Date('2025-08-07T00:00:00Z'))).toBe('"2025-08-07"');
  });

  it('cuts a long text short, with its length, so that the problem stays one line', () => {
    const headline = 'Putin pressed for recognition of control '.repeat(7).trim();
    const shown = shownValue(headline);
    expect(shown).toBe(`"${headline.slice(0, 60).trimEnd()}…" (${String(headline.length)} characters)`);
    expect(shown.length).toBeLessThan(90);
    // Counted in characters as a reader counts them: an emoji, even one of several code points, is not split.
    expect(shownValue('😀'.repeat(80))).toBe(`"${'😀'.repeat(60)}…" (80 characters)`);
    expect(shownValue('👩‍👩‍👧'.repeat(75))).toBe(`"${'👩‍👩‍👧'.repeat(60)}…" (75 characters)`);
    // A text a little over the cut is shown whole: cutting it would hide more than it saves.
    expect(shownValue('x'.repeat(70))).toBe(`"${'x'.repeat(70)}"`);
  });
});
