import { describe, expect, it } from 'vitest';
import { plainText, truncateAtWord } from '../../src/lib/language/plain-text.ts';

describe('plainText', () => {
  it('leaves no markdown syntax and drops raw HTML tags', () => {
    expect(plainText('Some **bold** and [a link](https://x.example).\n\n<b>raw</b>\n\n- item')).toBe(
      'Some bold and a link. raw item',
    );
    expect(plainText('Before.\n\n<script>alert(1)</script>\n\nAfter.')).toBe('Before. After.');
    expect(plainText('# Title\n\n_Emphasis_, `code`, ~~struck~~ and a [ref][r].\n\n[r]: https://x.example')).toBe(
      'Title Emphasis, code, struck and a ref.',
    );
  });

  it('keeps the words of list items, quotations and table cells apart', () => {
    expect(plainText('- one\n- two\n\n> a\n>\n> b\n\n| a | b |\n|---|---|\n| c | d |')).toBe('one two a b a b c d');
  });

  it('gives images their alt text and drops code blocks and footnotes', () => {
    expect(plainText('See ![the chart](x.png)[^1] line\\\nbreak.\n\n```js\nlet x;\n```\n\n[^1]: A footnote.')).toBe(
      'See the chart line break.',
    );
  });
});

describe('truncateAtWord', () => {
  const text = 'The harbour reopened on Monday';

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    expect(truncateAtWord(text, 20)).toBe('The harbour…');
    expect(truncateAtWord(text, 21)).toBe('The harbour reopened…');
    expect(truncateAtWord('Short', 20)).toBe('Short');
    expect(truncateAtWord(text, text.length)).toBe(text);
    for (let max = 5; max < text.length; max++) {
      const cut = truncateAtWord(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      expect(cut.endsWith('…')).toBe(true);
    }
  });

  it('drops punctuation left dangling at the cut', () => {
    expect(truncateAtWord('Talks resumed, officials said on Monday', 16)).toBe('Talks resumed…');
  });

  it('cuts a long word between whole characters', () => {
    expect(truncateAtWord('Übermäßigkeitsbetrachtung', 10)).toBe('Übermäßig…');
    expect(truncateAtWord('😀😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });
});
