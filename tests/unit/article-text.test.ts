import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/language/article-text.ts';
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
