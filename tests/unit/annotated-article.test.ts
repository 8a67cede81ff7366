import { describe, expect, it } from 'vitest';
import { annotateArticle, claimAnchor, sentenceAnchor } from '../../src/lib/site/annotated-article.ts';
import { readArticle } from '../../src/lib/language/article-text.ts';

const body =
  'The port reopened. Officials said repairs\ncould take weeks.\n\n## Outlook\n\nThe mayor spoke. She asked for aid.';
const claims = [
  { id: 'a/03-aid', order: 3, excerpt: 'She asked for aid.' },
  { id: 'a/01-port', order: 1, excerpt: 'The port reopened. Officials said repairs could take weeks.' },
  { id: 'a/02-mayor', order: 2, excerpt: 'The mayor spoke.' },
];

describe('annotateArticle', () => {
  it('pairs each paragraph’s sentences with the claims that hold them, headings kept', () => {
    const blocks = annotateArticle(readArticle(body), claims);
    expect(
      blocks.map((block) =>
        block.type === 'paragraph'
          ? block.runs.map((run) => `${run.claim.id}: ${run.sentences.map((sentence) => sentence.index).join(',')}`)
          : `# ${block.text}`,
      ),
    ).toEqual([['a/01-port: 0,1'], '# Outlook', ['a/02-mayor: 2', 'a/03-aid: 3']]);
  });

  it('keeps a wire dateline apart, before the first claim, in no claim', () => {
    const blocks = annotateArticle(readArticle(`VARNHOLT, Aug. 8 (Reuters) - ${body}`), claims);
    expect(blocks[0]).toEqual({ type: 'dateline', text: 'VARNHOLT, Aug. 8 (Reuters)' });
    expect(blocks[1]).toMatchObject({ type: 'paragraph', runs: [{ claim: { id: 'a/01-port' } }] });
    expect(blocks.flatMap((block) => (block.type === 'paragraph' ? block.runs : []))).toHaveLength(3);
  });

  it('refuses excerpts that do not cover the text in order', () => {
    const [aid, port, mayor] = claims;
    if (!aid || !port || !mayor) throw new Error('fixture');
    expect(() => annotateArticle(readArticle(body), [port, mayor])).toThrow(/sentence 4 is in no claim/);
    expect(() => annotateArticle(readArticle(body), [port, { ...aid, order: 2 }, { ...mayor, order: 3 }])).toThrow(
      /not the next sentence/,
    );
    expect(() => annotateArticle(readArticle(body), [...claims, { id: 'a/04-x', order: 4, excerpt: 'More.' }])).toThrow(
      /not found in the article: a\/04-x/,
    );
    expect(() =>
      annotateArticle(readArticle(body), [
        {
          id: 'a/01',
          order: 1,
          excerpt: 'The port reopened. Officials said repairs could take weeks. The mayor spoke.',
        },
        { ...aid, order: 2 },
      ]),
    ).toThrow(/runs (past|across)/);
  });

  it('names anchors after the sentence number and the claim file', () => {
    expect(sentenceAnchor({ index: 0 })).toBe('s-1');
    expect(claimAnchor('territory-for-peace/01-ultimatum-lede')).toBe('claim-01-ultimatum-lede');
  });
});
