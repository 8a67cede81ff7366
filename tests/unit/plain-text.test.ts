import { describe, expect, it } from 'vitest';
import { plainText, truncateAtWord } from '../../src/lib/plain-text.ts';

describe('plainText', () => {
  it('leaves no markdown syntax and drops raw HTML tags', () => {
    expect(plainText('Some **bold** and [a link](https://x.example).\n\n<b>raw</b>\n\n- item')).toBe(
      'Some bold and a link. raw item',
    );
    expect(plainText('Before.\n\n<script>alert(1)</script>\n\nAfter.')).toBe('Before. After.');
  });
});

describe('truncateAtWord', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateAtWord('The harbour reopened on Monday', 20)).toBe('The harbour…');
    expect(truncateAtWord('Short', 20)).toBe('Short');
    expect(truncateAtWord('The harbour reopened on Monday', 20).length).toBeLessThanOrEqual(20);
  });
});
