import { describe, expect, it } from 'vitest';
import { fitLine, wrapText } from '../../src/lib/publish/wrap-text.ts';

const chars = (text: string) => text.length;

describe('wrapText', () => {
  it('puts as many words on a line as fit', () => {
    expect(wrapText('the quick brown fox', 10, chars)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('the quick brown fox', 100, chars)).toEqual(['the quick brown fox']);
  });

  it('folds runs of white space, and gives no lines for no words', () => {
    expect(wrapText('  a \n b\tc  ', 3, chars)).toEqual(['a b', 'c']);
    expect(wrapText('   ', 3, chars)).toEqual([]);
  });

  it('breaks a word longer than a line between characters, carrying the rest on', () => {
    expect(wrapText('see https://example.com/long ok', 8, chars)).toEqual([
      'see',
      'https://',
      'example.',
      'com/long',
      'ok',
    ]);
  });

  it('measures with the function it is given', () => {
    const wide = (text: string) => text.length + 2 * (text.match(/W/gu)?.length ?? 0);
    expect(wrapText('WW a', 6, wide)).toEqual(['WW', 'a']);
  });
});

describe('fitLine', () => {
  it('keeps a line that fits whole', () => {
    expect(fitLine('the quick brown fox', 19, chars)).toBe('the quick brown fox');
  });

  it('shortens one that does not at a word, with an ellipsis inside the width', () => {
    expect(fitLine('the quick brown fox', 12, chars)).toBe('the quick…');
    expect(fitLine('the quick brown fox', 10, chars)).toBe('the quick…');
    expect(fitLine('the quick brown fox', 9, chars)).toBe('the…');
  });

  it('leaves no punctuation dangling before the ellipsis', () => {
    expect(fitLine('Claimline · The Northern Ledger, 8 Aug 2025', 30, chars)).toBe('Claimline · The Northern…');
    expect(fitLine('Claimline · The Northern Ledger, 8 Aug 2025', 33, chars)).toBe('Claimline · The Northern Ledger…');
    expect(fitLine('Claimline · Ledger', 15, chars)).toBe('Claimline…');
  });

  it('cuts between characters when even the first word is too wide', () => {
    expect(fitLine('Supercalifragilistic word', 6, chars)).toBe('Super…');
    for (const width of [1, 4, 8, 12, 20]) {
      expect(chars(fitLine('Supercalifragilistic expialidocious', width, chars))).toBeLessThanOrEqual(width);
    }
  });
});
