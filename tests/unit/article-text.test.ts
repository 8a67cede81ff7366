import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { articleSentences, parseMarkdown, readArticle } from '../../src/lib/language/article-text.ts';
import { corpusFiles, generateCorpus } from '../../tools/bench/corpus.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const withGfm = remark().use(remarkGfm);
const commonMark = remark();

/** Text where GFM gives a different tree than CommonMark: one case per construct and trigger. */
const GFM_CASES = [
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a\n:-:',
  'a\n-:',
  'head\n:---\nrow',
  'x ~~y~~ z',
  'x ~y~ z',
  'a www.example.com b',
  'a WWW.EXAMPLE.COM b',
  'see https://example.com/*a* now',
  'see HTTP://example.com/*a* now',
  'mail a@b.co',
  'write to mailto:a@b.co',
  'Note[^1]\n\n[^1]: the note',
  '- [ ] a task\n- [x] done',
];

/** Text that looks close to GFM but is CommonMark all the same. */
const PLAIN_CASES = [
  'He said: the talks went on.',
  'a\n---',
  'a :- b',
  'A list:\n\n- one\n- two',
  '## Heading\n\nA paragraph with *emphasis*, `code` and <b>html</b>.',
  'Ratio 3:1 and 10:30 a.m. on 1-2 March.',
];

describe('parseMarkdown', () => {
  it('gives the GFM tree for every text, taking the CommonMark parser only where GFM changes nothing', () => {
    const articles = corpusFiles(generateCorpus({ claims: 150, seed: 3 }))
      .filter((file) => file.path.startsWith('content/articles/'))
      .map((file) => file.text);
    const seed = readFileSync(join(projectRoot, 'content', 'articles', 'territory-for-peace.md'), 'utf8');
    for (const text of [...GFM_CASES, ...PLAIN_CASES, seed, ...articles]) {
      expect(parseMarkdown(text), text.slice(0, 60)).toEqual(withGfm.parse(text));
    }
  });

  it('is tested on cases where the two parsers really differ', () => {
    for (const text of GFM_CASES) expect(commonMark.parse(text), text).not.toEqual(withGfm.parse(text));
  });
});

describe('readArticle and a wire dateline', () => {
  /** Each block as `type: text`, and each sentence with its line and paragraph. */
  const shape = (markdown: string) => {
    const blocks = readArticle(markdown);
    return {
      blocks: blocks.map((block) => `${block.type}: ${block.text}`),
      sentences: articleSentences(blocks).map((sentence) => [sentence.text, sentence.line, sentence.paragraph]),
    };
  };

  it('reads the dateline opening the first paragraph as a block of its own, holding no sentence', () => {
    const blocks = readArticle('VARNHOLT, Aug. 8 (Reuters) - Crews stayed ashore. Talks stalled.\n\nThe port shut.\n');
    expect(blocks[0]).toEqual({ type: 'dateline', text: 'VARNHOLT, Aug. 8 (Reuters)', line: 1, sentences: [] });
    expect(shape('VARNHOLT, Aug. 8 (Reuters) - Crews stayed ashore. Talks stalled.\n\nThe port shut.\n')).toEqual({
      blocks: [
        'dateline: VARNHOLT, Aug. 8 (Reuters)',
        'paragraph: Crews stayed ashore. Talks stalled.',
        'paragraph: The port shut.',
      ],
      sentences: [
        ['Crews stayed ashore.', 1, 0],
        ['Talks stalled.', 1, 0],
        ['The port shut.', 3, 1],
      ],
    });
  });

  it('counts the lines of the story from where it starts after the dateline', () => {
    expect(shape('VARNHOLT (AP) —\nCrews stayed ashore.\nTalks stalled.\n')).toEqual({
      blocks: ['dateline: VARNHOLT (AP)', 'paragraph: Crews stayed ashore. Talks stalled.'],
      sentences: [
        ['Crews stayed ashore.', 2, 0],
        ['Talks stalled.', 3, 0],
      ],
    });
  });

  it('reads the dateline of the first paragraph after a heading, through emphasis', () => {
    expect(shape('## Ferry talks\n\n**VARNHOLT** (AP) — Crews stayed ashore.\n').blocks).toEqual([
      'heading: Ferry talks',
      'dateline: VARNHOLT (AP)',
      'paragraph: Crews stayed ashore.',
    ]);
  });

  it('reads a first paragraph that is only a dateline as the dateline, and the next as paragraph 0', () => {
    expect(shape('VARNHOLT (AP) —\n\nCrews stayed ashore.\n')).toEqual({
      blocks: ['dateline: VARNHOLT (AP)', 'paragraph: Crews stayed ashore.'],
      sentences: [['Crews stayed ashore.', 3, 0]],
    });
  });

  it('cuts nothing from a paragraph other than the first, nor from a first paragraph that does not open with one', () => {
    const later = shape('Crews stayed ashore.\n\nVARNHOLT (AP) — Talks stalled.\n');
    expect(later.blocks).toEqual(['paragraph: Crews stayed ashore.', 'paragraph: VARNHOLT (AP) — Talks stalled.']);
    const inside = shape('On Monday, VARNHOLT (AP) — Talks stalled.\n');
    expect(inside.blocks).toEqual(['paragraph: On Monday, VARNHOLT (AP) — Talks stalled.']);
  });

  it('reads a transcript’s first speaker as part of the text', () => {
    expect(shape('MODERATOR: Good evening.\n\nORRIN: Thank you.\n').blocks).toEqual([
      'paragraph: MODERATOR: Good evening.',
      'paragraph: ORRIN: Thank you.',
    ]);
  });
});
