import { describe, expect, it } from 'vitest';
import { readArticleInput } from '../../src/lib/draft/article-input.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readArticleInput', () => {
  it('takes the first line or # heading as the title and the rest as the body', () => {
    expect(readArticleInput(bytes('Headline here\n\nFirst sentence. Second.\n')).input).toEqual({
      title: 'Headline here',
      body: 'First sentence. Second.\n',
      url: undefined,
      language: undefined,
    });
    expect(readArticleInput(bytes('\uFEFF# Headline here\r\n\r\nBody text.\r\n')).input).toMatchObject({
      title: 'Headline here',
      body: 'Body text.\n',
    });
  });

  it('reads the title, address and language of markdown frontmatter', () => {
    expect(
      readArticleInput(bytes('---\ntitle: From frontmatter\nurl: https://example.com/a\n---\n\nBody text.\n')).input,
    ).toMatchObject({ title: 'From frontmatter', body: 'Body text.\n', url: 'https://example.com/a' });
  });

  it('refuses empty, binary and non-UTF-8 files, and a title with no body', () => {
    expect(readArticleInput(new Uint8Array()).error).toBe('is empty');
    expect(readArticleInput(bytes(' \n\n\t')).error).toMatch(/empty/);
    expect(readArticleInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])).error).toMatch(
      /not UTF-8|binary/,
    );
    expect(readArticleInput(bytes('Title\u0000\u0001 body')).error).toMatch(/binary/);
    expect(readArticleInput(new Uint8Array([0x54, 0xff, 0xfe, 0x0a])).error).toMatch(/not UTF-8/);
    expect(readArticleInput(bytes('Only a headline\n')).error).toMatch(/no body/);
  });
});
