import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/publish/wrap-text.ts';

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
