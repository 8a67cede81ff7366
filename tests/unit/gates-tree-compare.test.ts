import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, identical } from '../../tools/gates/tree-compare.ts';

describe('compareTrees', () => {
  it('finds two identical trees identical', () => {
    const tree = new Map([
      ['index.html', 'a1'],
      ['claims.json', 'b2'],
    ]);
    const difference = compareTrees(tree, new Map(tree));
    expect(difference).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
    expect(identical(difference)).toBe(true);
  });

  it('lists files only one build wrote and files whose bytes differ, sorted', () => {
    const first = new Map([
      ['index.html', 'a1'],
      ['z.html', 'z'],
      ['claims.json', 'b2'],
      ['_astro/x.css', 'c'],
    ]);
    const second = new Map([
      ['index.html', 'a1'],
      ['claims.json', 'b3'],
      ['_astro/y.css', 'c'],
      ['a.html', 'q'],
    ]);
    const difference = compareTrees(first, second);
    expect(difference).toEqual({
      onlyInFirst: ['_astro/x.css', 'z.html'],
      onlyInSecond: ['_astro/y.css', 'a.html'],
      differing: ['claims.json'],
    });
    expect(identical(difference)).toBe(false);
  });
});

describe('firstDifference', () => {
  it('shows where two texts part, with context', () => {
    const first = '<p>Built at 2025-08-08T10:00:00Z</p>';
    const second = '<p>Built at 2025-08-08T10:00:07Z</p>';
    const report = firstDifference(first, second, 5);
    expect(report).toContain(`at character ${first.indexOf('00Z') + 1}`);
    expect(report).toContain('first:  …:00:00Z</p…');
    expect(report).toContain('second: …:00:07Z</p…');
    expect(firstDifference(first, first)).toBeUndefined();
  });
});
